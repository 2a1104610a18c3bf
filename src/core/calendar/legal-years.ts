import { addMonthsClamped, isIsoDate, parseIsoDate, type IsoDate } from '../dates.js';
import { PolicyInputError } from '../errors.js';
import { calendarIssue } from './calendar-data.js';
import { createParser, isoDateSchema, parseInput } from '../validation.js';
import { CALENDAR_FIELD_LABELS as labels, legalYearsSchema } from './schemas.js';

const parseStart = /* @__PURE__ */ createParser(isoDateSchema, { name: 'start', labels, fast: isIsoDate });

/**
 * The last day of a period of `years` years from `start`, under 民法典 第二百零一条 and
 * 第二百零二条: the corresponding day of the final month, or that month's last day when it
 * has no such day. No rollover: the periods this serves (restrictions) are not deadlines.
 *
 * @example
 * addLegalYears('2024-04-01', 5) // '2029-04-01'
 * addLegalYears('2024-02-29', 5) // '2029-02-28'
 * @throws PolicyInputError for a malformed date or count, or a last day after 9999-12-31
 */
export function addLegalYears(start: IsoDate, years: number): IsoDate {
  const s = parseStart(start);
  const y = parseInput(legalYearsSchema, years, { name: 'years', labels });
  if (parseIsoDate(s)!.year + y > 9999) {
    throw new PolicyInputError([
      calendarIssue(['years'], `字段「years」（${labels.years}）：期间的最后一日晚于 9999-12-31，超出本库的日期范围（0001-01-01 至 9999-12-31）`, 'too_big'),
    ]);
  }
  return addMonthsClamped(s, y * 12);
}
