import type { CalendarOptions } from './types.js';
import { computeDeadline, type Deadline } from './deadline.js';
import type { DeadlineInput } from './schemas.js';

/**
 * Computes the deadline of each input lazily, in order (a generator in, a generator out), on one
 * calendar. A malformed input throws `PolicyInputError` when it is reached, with its index first
 * in every issue path.
 *
 * @example
 * for (const d of computeDeadlineStream(cases(), { calendar: 'xinjiang' })) store(d.due)
 */
export function* computeDeadlineStream(
  inputs: Iterable<DeadlineInput>,
  options?: CalendarOptions,
): Generator<Deadline, void, undefined> {
  let i = 0;
  for (const input of inputs) {
    try {
      yield computeDeadline(input, options);
    } catch (e) {
      const err = e as { code?: string; issues?: { path: (string | number)[] }[] };
      if (err.code === 'POLICY_INPUT_INVALID' && err.issues) for (const issue of err.issues) issue.path.unshift(i);
      throw e;
    }
    i++;
  }
}
