/**
 * The page script of the policy reader (bundled to site/assets/reader.js). It reads each
 * `<form data-function>`'s fields into the function's argument list (scripts/site/model.ts),
 * calls the library (site/assets/ili-policy.js, the browser build of src/index.ts, global
 * `IliPolicy`), and writes into the form's `[data-output]` what `explain()` makes of the
 * result, or the library's Chinese error message. No network, no storage.
 */
import type { MiniDocument, MiniElement } from './mini-dom.js';
import { FormReadError, fieldActive, readArgs, type Field, type FormModel, type RawValue } from './model.js';

interface Library {
  explain(result: unknown, options?: { title?: string }): string;
  [name: string]: unknown;
}

/** A form element; `iliLast` keeps its last result (or error), for the browser test. */
interface HTMLFormElement extends MiniElement {
  iliLast?: { ok: true; result: unknown } | { ok: false; name: string; message: string; code?: string; issues?: unknown };
}
type HTMLElement = MiniElement;
type HTMLInputElement = MiniElement;
type HTMLSelectElement = MiniElement;
type HTMLTextAreaElement = MiniElement;
type HTMLFieldSetElement = MiniElement;
type HTMLButtonElement = MiniElement;

// Browser globals, declared for this module only (the project's tsconfig has no dom lib).
declare const document: MiniDocument;
declare const window: { IliPolicy?: Library };
declare const console: { error(...args: unknown[]): void };
declare function setTimeout(fn: () => void, ms: number): unknown;

function modelOf(form: HTMLFormElement): FormModel {
  const block = form.querySelector('script.form-model');
  return JSON.parse(block?.textContent ?? '{"fields":[],"args":[]}') as FormModel;
}

function elementsOf(form: HTMLFormElement, index: number): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
  return [...form.querySelectorAll(`[data-field="${index}"]`)];
}

function rawValue(form: HTMLFormElement, model: FormModel, f: Field): RawValue | undefined {
  const els = elementsOf(form, model.fields.indexOf(f));
  if (els.length === 0) return undefined;
  if (f.kind === 'enum-multi') return els.filter((e) => (e as HTMLInputElement).checked).map((e) => e.value);
  if (f.kind === 'checkbox') return (els[0] as HTMLInputElement).checked;
  return els[0]!.value;
}

function discriminator(form: HTMLFormElement, model: FormModel, name: string): string | undefined {
  const i = model.fields.findIndex((f) => f.discriminator && f.name === name);
  const el = i >= 0 ? elementsOf(form, i)[0] : undefined;
  return el ? el.value : undefined;
}

/** Shows the fieldset of the chosen variant of each union; the others are disabled (not read, not submitted). */
function syncVariants(form: HTMLFormElement, model: FormModel): void {
  for (const fs of form.querySelectorAll('fieldset[data-variant-of]')) {
    const chosen = discriminator(form, model, fs.dataset.variantOf ?? '') === fs.dataset.variant;
    fs.disabled = !chosen;
    fs.hidden = !chosen;
  }
}

function setRaw(form: HTMLFormElement, model: FormModel, index: number, raw: RawValue | undefined): void {
  const f = model.fields[index]!;
  for (const el of elementsOf(form, index)) {
    if (f.kind === 'enum-multi') (el as HTMLInputElement).checked = Array.isArray(raw) && raw.includes(el.value);
    else if (f.kind === 'checkbox') (el as HTMLInputElement).checked = raw === true;
    else el.value = typeof raw === 'string' ? raw : '';
  }
}

function render(form: HTMLFormElement, fn: string, lib: Library): void {
  const model = modelOf(form);
  const out = form.querySelector('[data-output]');
  if (!out) return;
  out.textContent = '';
  const head = document.createElement('p');
  head.className = 'status';
  const pre = document.createElement('pre');
  pre.className = 'explain';
  try {
    const args = readArgs(
      model,
      (f) => rawValue(form, model, f),
      (f) => fieldActive(model, f, (name) => discriminator(form, model, name)),
    );
    const call = lib[fn];
    if (typeof call !== 'function') throw new Error(`库中没有函数 ${fn}`);
    let result = (call as (...a: unknown[]) => unknown)(...args);
    if (result !== null && typeof result === 'object' && !Array.isArray(result) && typeof (result as Iterable<unknown>)[Symbol.iterator] === 'function') {
      result = Array.from(result as Iterable<unknown>);
    }
    form.iliLast = { ok: true, result };
    out.dataset.status = 'ok';
    head.textContent = '计算结果';
    pre.textContent = lib.explain(result, { title: fn });
    out.append(head, pre);
    const details = document.createElement('details');
    details.className = 'dev';
    const summary = document.createElement('summary');
    summary.textContent = '调用与结果（JSON，供开发者）';
    const code = document.createElement('pre');
    code.textContent = `${fn}(${args.map((a) => JSON.stringify(a)).join(', ')})\n\n${JSON.stringify(result, null, 2)}`;
    details.append(summary, code);
    out.append(details);
  } catch (e) {
    const err = e as Error & { code?: string; issues?: unknown };
    const known = e instanceof FormReadError || ['PolicyInputError', 'PolicyNotInForceError', 'CalendarRangeError'].includes(err.name);
    form.iliLast = { ok: false, name: err.name, message: err.message, ...(err.code ? { code: err.code } : {}), ...(err.issues ? { issues: err.issues } : {}) };
    out.dataset.status = 'error';
    out.dataset.error = err.name;
    head.textContent =
      err.name === 'PolicyInputError' || e instanceof FormReadError
        ? '输入有误'
        : err.name === 'PolicyNotInForceError'
          ? '事件发生时文件不在有效期内'
          : err.name === 'CalendarRangeError'
            ? '缺少该年份的节假日数据'
            : '程序错误（请报告）';
    pre.textContent = err.message;
    out.append(head, pre);
    if (!known) console.error(e);
  }
}

function init(): void {
  const lib = window.IliPolicy;
  for (const form of document.querySelectorAll('form[data-function]')) {
    const fn = form.dataset.function!;
    const model = modelOf(form);
    syncVariants(form, model);
    form.addEventListener('change', (ev) => {
      if ((ev.target as HTMLElement).matches?.('select')) syncVariants(form, model);
    });
    form.addEventListener('reset', () => {
      setTimeout(() => {
        syncVariants(form, model);
        const out = form.querySelector('[data-output]');
        if (out) {
          out.textContent = '';
          delete out.dataset.status;
        }
      }, 0);
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (!lib) {
        const out = form.querySelector('[data-output]');
        if (out) out.textContent = '未能载入 ili-policy 库（assets/ili-policy.js）。';
        return;
      }
      render(form, fn, lib);
    });
  }
  for (const button of document.querySelectorAll('button.try[data-form]')) {
    button.addEventListener('click', () => {
      const form = document.getElementById(button.dataset.form ?? '') as HTMLFormElement | null;
      if (!form) return;
      const model = modelOf(form);
      const values = JSON.parse(button.dataset.values ?? '{}') as Record<string, RawValue>;
      // discriminators first, so that the chosen variant's fields are enabled before they are filled
      const order = model.fields.map((f, i) => i).sort((a, b) => Number(!!model.fields[b]!.discriminator) - Number(!!model.fields[a]!.discriminator));
      for (const i of order) {
        setRaw(form, model, i, values[String(i)]);
        if (model.fields[i]!.discriminator) syncVariants(form, model);
      }
      form.requestSubmit();
      form.scrollIntoView({ block: 'start' });
    });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
