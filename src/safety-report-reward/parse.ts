/**
 * The module's parser: the core's `createParser`, plus one safeguard. The core names unknown
 * fields by their key (`含有未知字段「…」`); a key can itself be personal data (a case system
 * that keys records by ID number), so any unknown key that is not a plain identifier is masked
 * in the message and the issue path. 第十八条 asks that reporters' identities be kept secret.
 */
import type * as z from 'zod/mini';
import { PolicyInputError } from '../core/errors.js';
import { createParser, type FieldLabels } from '../core/validation.js';

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const DIGIT_RUN = /\d{5,}/;
/** What a masked key reads as. */
export const MASKED_KEY = '（字段名不予显示）';

function isSafeKey(key: string | number): boolean {
  return typeof key === 'number' || (PLAIN_KEY.test(key) && !DIGIT_RUN.test(key));
}

/** @internal Masks unsafe keys in an error's issues; returns the error unchanged when none. */
export function maskUnsafeKeys(e: PolicyInputError): PolicyInputError {
  if (e.issues.every((i) => i.path.every(isSafeKey))) return e;
  return new PolicyInputError(
    e.issues.map((i) => {
      let message = i.message;
      const path = i.path.map((p) => {
        if (isSafeKey(p)) return p;
        message = message.split(String(p)).join(MASKED_KEY);
        return MASKED_KEY;
      });
      return { path, message };
    }),
  );
}

/** `createParser` of the core, with unsafe unknown keys masked (see the module comment). */
export function createSafeParser<S extends z.core.$ZodType>(
  schema: S,
  options: { name?: string; labels?: FieldLabels; fast?: (input: unknown) => boolean } = {},
): (input: unknown) => z.core.output<S> {
  const inner = createParser(schema, options);
  return (input) => {
    try {
      return inner(input);
    } catch (e) {
      throw e instanceof PolicyInputError ? maskUnsafeKeys(e) : e;
    }
  };
}
