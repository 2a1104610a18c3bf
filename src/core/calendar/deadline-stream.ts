import * as z from 'zod/mini';
import { STREAM_FIELD_LABELS, decideEach, openRecords, streamErrorModeSchema, type StreamEntry, type StreamOptions } from '../stream.js';
import { parseInput } from '../validation.js';
import type { CalendarOptions } from './types.js';
import { computeDeadline, type Deadline } from './deadline.js';
import { CALENDAR_FIELD_LABELS, calendarOptionSchema, type DeadlineInput } from './schemas.js';

/** `computeDeadlineStream`'s options: the calendar options of `computeDeadline`, and `onError`. */
export type DeadlineStreamOptions = CalendarOptions & StreamOptions;

const optionsSchema = /* @__PURE__ */ z.optional(
  z.strictObject({ calendar: z.optional(calendarOptionSchema), provisional: z.optional(z.boolean()), onError: streamErrorModeSchema }),
);
const labels = { ...CALENDAR_FIELD_LABELS, ...STREAM_FIELD_LABELS };

/**
 * Computes the deadline of each input lazily, in order (an iterable in, a generator out), on one
 * calendar, each exactly as `computeDeadline` computes it (民法典 第二百零一条、第二百零三条).
 *
 * - `inputs` must be an iterable object (an array, a Set, a generator…; a string is refused):
 *   otherwise `PolicyInputError` (`invalid_type`, path `['inputs']`) is thrown **at the call**,
 *   as is a bad `options` (path `['options', …]`).
 * - A malformed input throws `PolicyInputError` when it is reached, with its index (0-based)
 *   first in every issue path, after the deadlines before it have been yielded. With
 *   `{ onError: 'yield' }` every input gives an entry instead, `{ index, ok: true, value }` or
 *   `{ index, ok: false, error }` (a `PolicyInputError`, or the `CalendarRangeError` of a year
 *   without data), and the stream goes on.
 * - Each input is read once, when its deadline is asked for. There is no maximum length: the
 *   stream is lazy and holds one input at a time. An error the source throws propagates as is.
 *
 * @example
 * for (const d of computeDeadlineStream(cases(), { calendar: 'xinjiang' })) store(d.due)
 * for (const e of computeDeadlineStream(rows, { onError: 'yield' })) e.ok ? store(e.value.due) : reject(e.index, e.error)
 * @throws PolicyInputError at the call for a source that is not iterable or bad options; when
 *   reached, for a malformed input (unless `onError: 'yield'`); CalendarRangeError when reached,
 *   for a year without data (unless `onError: 'yield'`)
 */
export function computeDeadlineStream(
  inputs: Iterable<DeadlineInput>,
  options: CalendarOptions & { onError: 'yield' },
): Generator<StreamEntry<Deadline>, void, undefined>;
export function computeDeadlineStream(
  inputs: Iterable<DeadlineInput>,
  options?: CalendarOptions & { onError?: 'throw' },
): Generator<Deadline, void, undefined>;
export function computeDeadlineStream(
  inputs: Iterable<DeadlineInput>,
  options?: DeadlineStreamOptions,
): Generator<Deadline | StreamEntry<Deadline>, void, undefined> {
  const parsed = parseInput(optionsSchema, options, { name: 'options', labels });
  const source = openRecords(inputs, 'inputs');
  const calendarOptions: CalendarOptions = {};
  if (parsed?.calendar !== undefined) calendarOptions.calendar = parsed.calendar;
  if (parsed?.provisional !== undefined) calendarOptions.provisional = parsed.provisional;
  return decideEach(source, (input) => computeDeadline(input as DeadlineInput, calendarOptions), parsed?.onError ?? 'throw');
}
