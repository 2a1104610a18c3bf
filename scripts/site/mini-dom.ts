/**
 * The few DOM types the policy reader's page script (scripts/site/reader.ts) and the browser
 * test's in-page callbacks (test/site/browser.ts) use. The project's tsconfig has no `dom` lib,
 * on purpose (src/ must not reach for browser globals), so these files declare what they use
 * locally (`declare const document: MiniDocument` in each module) instead of adding `dom`
 * to the whole program.
 */

/** An element, as loosely as the reader uses it. */
export interface MiniElement {
  readonly tagName: string;
  id: string;
  className: string;
  textContent: string | null;
  readonly innerText: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  hidden: boolean;
  readonly type: string;
  readonly dataset: Record<string, string | undefined>;
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): Iterable<MiniElement> & ArrayLike<MiniElement>;
  getAttribute(name: string): string | null;
  addEventListener(type: string, listener: (event: MiniEvent) => void): void;
  append(...nodes: MiniElement[]): void;
  click(): void;
  requestSubmit(): void;
  scrollIntoView(options?: { block?: string }): void;
  matches(selector: string): boolean;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
}

/** An event, as the reader's listeners use it. */
export interface MiniEvent {
  readonly target: unknown;
  preventDefault(): void;
}

/** The document. */
export interface MiniDocument extends MiniElement {
  readonly readyState: string;
  readonly documentElement: MiniElement & { readonly scrollWidth: number };
  createElement(tag: string): MiniElement;
  getElementById(id: string): MiniElement | null;
}
