/**
 * Compile-time checks that a named input interface (src/<module>/inputs.ts) is the very type its
 * zod schema accepts, so that the two cannot drift: a field added to, removed from, or made
 * optional in one and not the other fails `tsc`. Types only: nothing here exists at run time.
 */

/**
 * `true` when `A` and `B` are the same type — not merely assignable to each other: a missing
 * optional field, or a field that is optional in one and required in the other, makes it `false`.
 */
export type SameType<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Accepts only `true`: `type _ = [Expect<SameType<Interface, z.input<typeof schema>>>]` fails to compile when they differ. */
export type Expect<T extends true> = T;
