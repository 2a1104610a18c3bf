/**
 * Grading many records at once (第六条（一）, 第七条（一）, 第八条（三）), as a stream: a generator in,
 * a generator out, so memory stays flat however many records a loan system sends.
 */
import { gradeArrears, type ArrearsGrade } from './grading.js';
import type { GradeArrearsInput } from './schemas.js';

/**
 * Grades each record of `records` lazily, in order. A malformed record throws
 * `PolicyInputError` when it is reached, with the record's index first in every issue path.
 *
 * @example
 * for (const g of gradeArrearsStream(loanRecords())) if (g.level !== 'none') flag(g)
 */
export function* gradeArrearsStream(records: Iterable<GradeArrearsInput>): Generator<ArrearsGrade, void, undefined> {
  let i = 0;
  for (const r of records) {
    try {
      yield gradeArrears(r);
    } catch (e) {
      const err = e as { code?: string; issues?: { path: (string | number)[] }[] };
      if (err.code === 'POLICY_INPUT_INVALID' && err.issues) for (const issue of err.issues) issue.path.unshift(i);
      throw e;
    }
    i++;
  }
}
