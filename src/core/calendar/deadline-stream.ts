import { isPolicyInputError } from '../errors.js';
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
      if (isPolicyInputError(e)) for (const issue of e.issues) issue.path.unshift(i);
      throw e;
    }
    i++;
  }
}
