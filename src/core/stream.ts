/**
 * The machinery of the library's `*Stream` functions (`computeDeadlineStream`,
 * `gradeArrearsStream`): a record source in, the decisions out, lazily and in order.
 *
 * - The source is checked **at the call**, not at the first `next()`: it must be an iterable
 *   object (an array, a Set, a generator, any object with `[Symbol.iterator]`); a string, though
 *   iterable, is not a list of records and is refused. Anything else is `PolicyInputError`
 *   (`invalid_type`, path `[<argument name>]`). Its iterator is taken once, at the call.
 * - Each record is read once, when its decision is asked for, and goes through the normal
 *   parse of the one-record function (`computeDeadline`, `gradeArrears`).
 * - A bad record is `PolicyInputError` whose every issue path starts with the record's index
 *   (0-based); the records before it have been yielded. With `{ onError: 'yield' }` it is
 *   yielded instead, as `{ index, ok: false, error }`, and the batch goes on; the library's other
 *   errors about one record (`PolicyNotInForceError`, `CalendarRangeError`) are yielded the same
 *   way. In that mode every entry is `{ index, ok: true, value } | { index, ok: false, error }`,
 *   a union the caller's code must narrow on `ok`.
 * - An error the source itself throws (its `next()`, a getter of a record) propagates as it is,
 *   in both modes; so does any error that is not one of the library's three.
 * - No maximum length: the stream holds one record at a time, so a source may be endless.
 * - Stopping early (`break`, `return()`) closes the source (`return()`), as `for…of` does.
 *
 * Pure: nothing is kept between calls.
 */
import * as z from 'zod/mini';
import {
  PolicyInputError,
  isCalendarRangeError,
  isPolicyInputError,
  isPolicyNotInForceError,
  type CalendarRangeError,
  type PolicyInputIssue,
  type PolicyNotInForceError,
} from './errors.js';

/** What a stream does with a bad record: throw (the default) or yield an error entry and go on. */
export type StreamErrorMode = 'throw' | 'yield';

/** The stream option every `*Stream` function takes. */
export interface StreamOptions {
  /**
   * `'throw'` (default): a bad record throws `PolicyInputError` (its issue paths starting with the
   * record's index) and ends the stream. `'yield'`: every record gives an entry
   * {@link StreamEntry} `{ index, ok: true, value }` or `{ index, ok: false, error }`, and the
   * stream goes on.
   */
  onError?: StreamErrorMode;
}

/** An error about one record, as `{ onError: 'yield' }` yields it. */
export type StreamRecordError = PolicyInputError | PolicyNotInForceError | CalendarRangeError;

/**
 * One entry of a stream with `{ onError: 'yield' }`: the decision for the record at `index`
 * (0-based), or the error about it (a `PolicyInputError` has `index` first in every issue path).
 */
export type StreamEntry<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly error: StreamRecordError };

/** @internal The `onError` field's schema, for the stream functions' option schemas. */
export const streamErrorModeSchema = /* @__PURE__ */ z.optional(z.enum(['throw', 'yield']));

/** @internal Chinese name of the `onError` field. */
export const STREAM_FIELD_LABELS = { onError: '坏记录的处理方式' } as const;

function refusal(name: string, message: string): PolicyInputError {
  const issue = { path: [name], code: 'invalid_type' as const, message: `字段「${name}」${message}` };
  return new PolicyInputError([issue] as PolicyInputIssue[]);
}

/**
 * @internal Checks, at the call, that `records` (the argument called `name`) is an iterable
 * object and takes its iterator, reading `[Symbol.iterator]` and `next` once each (an array is
 * copied once and the copy iterated). A source whose own `[Symbol.iterator]` throws propagates its error.
 */
export function openRecords(records: unknown, name: string): { iterator: object; next: (this: object) => unknown } {
  const wanted = '应为记录的可迭代对象（数组、Set、生成器等）';
  if (typeof records === 'string') throw refusal(name, `${wanted}，不接受字符串`);
  if (records === null || (typeof records !== 'object' && typeof records !== 'function')) throw refusal(name, wanted);
  if (records instanceof String) throw refusal(name, `${wanted}，不接受字符串`);
  // An array (a Proxy of one included) is copied once, its length and each item read once, and
  // the copy iterated: iterating the caller's array would read its length again at every step.
  if (Array.isArray(records)) {
    const copy = Array.prototype.slice.call(records) as unknown[];
    const iterator = copy[Symbol.iterator]();
    return { iterator, next: iterator.next as (this: object) => unknown };
  }
  const open = (records as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  if (typeof open !== 'function') throw refusal(name, wanted);
  const iterator: unknown = (open as (this: unknown) => unknown).call(records);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) throw refusal(name, `${wanted}：其迭代器应为对象`);
  const next = (iterator as { next?: unknown }).next;
  if (typeof next !== 'function') throw refusal(name, `${wanted}：其迭代器应有 next 方法`);
  return { iterator: iterator as object, next: next as (this: object) => unknown };
}

/** @internal The same error with the record's index first in every issue path. */
export function atIndex(e: PolicyInputError, index: number): PolicyInputError {
  const issues = e.issues.map((issue) => ({ ...issue, path: [index, ...issue.path], message: `记录[${index}]：${issue.message}` }));
  return new PolicyInputError(issues);
}

function close(iterator: object): void {
  const ret = (iterator as { return?: unknown }).return;
  if (typeof ret === 'function') (ret as (this: object) => unknown).call(iterator);
}

/**
 * @internal Decides each record of an opened source lazily. In `'throw'` mode yields the
 * decisions; in `'yield'` mode the {@link StreamEntry} of every record.
 */
export function* decideEach<T>(
  source: { iterator: object; next: (this: object) => unknown },
  decide: (record: unknown) => T,
  mode: StreamErrorMode,
): Generator<T | StreamEntry<T>, void, undefined> {
  const { iterator, next } = source;
  let open = true;
  try {
    for (let index = 0; ; index++) {
      let step: unknown;
      try {
        step = next.call(iterator);
      } catch (e) {
        open = false; // the source failed: its own error, and no return() (as for…of)
        throw e;
      }
      if (step === null || typeof step !== 'object') {
        open = false;
        const issue = { path: [index], code: 'invalid_type' as const, message: `记录[${index}]：记录的迭代器的 next() 应返回 { value, done } 对象` };
        throw new PolicyInputError([issue] as PolicyInputIssue[]);
      }
      const { done, value } = step as { done?: unknown; value?: unknown };
      if (done) {
        open = false;
        return;
      }
      let entry: T | StreamEntry<T>;
      try {
        const decided = decide(value);
        entry = mode === 'yield' ? { index, ok: true, value: decided } : decided;
      } catch (e) {
        if (isPolicyInputError(e)) {
          const located = atIndex(e, index);
          if (mode === 'throw') throw located;
          entry = { index, ok: false, error: located };
        } else if (mode === 'yield' && (isPolicyNotInForceError(e) || isCalendarRangeError(e))) {
          entry = { index, ok: false, error: e };
        } else {
          throw e;
        }
      }
      yield entry;
    }
  } catch (e) {
    if (open) {
      open = false;
      try {
        close(iterator);
      } catch {
        // the first error wins, as in for…of
      }
    }
    throw e;
  } finally {
    if (open) close(iterator); // the caller stopped early (break, return())
  }
}
