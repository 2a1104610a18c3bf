/**
 * Grading many records at once (第六条（一）, 第七条（一）, 第八条（三）), as a stream: an iterable in,
 * a generator out, so memory stays flat however many records a loan system sends.
 */
import * as z from 'zod/mini';
import { STREAM_FIELD_LABELS, decideEach, openRecords, streamErrorModeSchema, type StreamEntry, type StreamOptions } from '../core/stream.js';
import { parseInput } from '../core/validation.js';
import { gradeArrears, type ArrearsGrade } from './grading.js';
import type { GradeArrearsInput } from './schemas.js';

const optionsSchema = /* @__PURE__ */ z.optional(z.strictObject({ onError: streamErrorModeSchema }));

/**
 * Grades each record of `records` lazily, in order, each exactly as `gradeArrears` grades it.
 *
 * - `records` must be an iterable object (an array, a Set, a generator…; a string is refused):
 *   otherwise `PolicyInputError` (`invalid_type`, path `['records']`) is thrown **at the call**,
 *   as is a bad `options` (path `['options', …]`).
 * - A malformed record throws `PolicyInputError` when it is reached, with the record's index
 *   (0-based) first in every issue path, after the grades before it have been yielded. With
 *   `{ onError: 'yield' }` every record gives an entry instead, `{ index, ok: true, value }` or
 *   `{ index, ok: false, error }`, and the stream goes on.
 * - Each record is read once, when its grade is asked for. There is no maximum length: the stream
 *   is lazy and holds one record at a time. An error the source throws propagates as is.
 *
 * @example
 * for (const g of gradeArrearsStream(loanRecords())) if (g.level !== 'none') flag(g)
 * for (const e of gradeArrearsStream(rows, { onError: 'yield' })) if (!e.ok) reject(e.index, e.error)
 * @throws PolicyInputError at the call for a source that is not iterable or bad options; when
 *   reached, for a malformed record (unless `onError: 'yield'`)
 */
export function gradeArrearsStream(
  records: Iterable<GradeArrearsInput>,
  options: { onError: 'yield' },
): Generator<StreamEntry<ArrearsGrade>, void, undefined>;
export function gradeArrearsStream(records: Iterable<GradeArrearsInput>, options?: { onError?: 'throw' }): Generator<ArrearsGrade, void, undefined>;
export function gradeArrearsStream(
  records: Iterable<GradeArrearsInput>,
  options?: StreamOptions,
): Generator<ArrearsGrade | StreamEntry<ArrearsGrade>, void, undefined> {
  const parsed = parseInput(optionsSchema, options, { name: 'options', labels: STREAM_FIELD_LABELS });
  const source = openRecords(records, 'records');
  return decideEach(source, (r) => gradeArrears(r as GradeArrearsInput), parsed?.onError ?? 'throw');
}
