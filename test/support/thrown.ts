/**
 * What a call threw, for tests that look at an error's fields and message.
 */
import { isPolicyInputError, type PolicyInputError } from '../../src/core/errors.js';

/** An error as the library throws them: the fields of its three classes, all optional here. */
export type ThrownError = Error & {
  code?: string;
  year?: number;
  missingLayers?: string[];
  calendar?: string;
  issues: { path: (string | number)[]; code?: string; message: string }[];
};

/** The error `fn` throws; fails the test when it returns instead. */
export function thrown(fn: () => unknown): ThrownError {
  try {
    fn();
  } catch (e) {
    return e as ThrownError;
  }
  throw new Error('expected a throw');
}

/** The PolicyInputError `fn` throws; any other error is rethrown, a return fails the test. */
export function policyInputErrorOf(fn: () => unknown): PolicyInputError {
  const e = thrown(fn);
  if (isPolicyInputError(e)) return e;
  throw e;
}
