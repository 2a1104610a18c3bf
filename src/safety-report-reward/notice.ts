/**
 * 第十一条: telling the reporter whether the reward conditions are met — within 15 days of the
 * decision or the closing of the accident investigation, in writing or by phone (or, when the
 * reporter cannot be reached, by announcement), with the records each format needs and the
 * date that counts as the notice date. As data ({@link SAFETY_REPORT_NOTICE_FORMATS}) and as a
 * check ({@link checkEligibilityNotice}).
 */
import type { Citation } from '../core/citations.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import type { IsoDate } from '../core/dates.js';
import { createParser } from '../core/validation.js';
import { assertReceivedInForce, parseCalendarOptions, period, timingOf, type RewardDeadline, type RewardTiming } from './deadlines.js';
import { cite } from './document.js';
import { noticeInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type EligibilityNoticeInput, type RewardNoticeMethod } from './schemas.js';
import { R } from './sources.js';
import { deepFreeze } from '../core/frozen.js';

/** One way of giving the notice of 第十一条, as a case system can check it. */
export interface RewardNoticeFormat {
  method: RewardNoticeMethod;
  /** 书面告知 / 电话告知 / 公告. */
  name: string;
  /** When this way may be used. */
  when: string;
  /** Records the authority must keep; `whenEligible` ones only when the reporter is told they qualify. */
  records: readonly { code: 'reward-eligibility-notice' | 'recording' | 'written-record'; name: string; whenEligible: boolean }[];
  /** Which date counts as the notice date, and the input field that carries it. */
  noticeDate: { rule: string; field: 'postmarkedOn' | 'calledOn' | 'announcedOn'; fromText: boolean };
  basis: readonly Citation[];
}

const C11_1 = /* @__PURE__ */ cite('第十一条', { paragraph: 1 });
const C11_DUE = /* @__PURE__ */ cite('第十一条', { paragraph: 1, excerpt: '伊犁州应急管理局应当在依法作出处理或事故调查结案之日起15日内书面或者电话告知举报人是否符合举报奖励条件。' });
const C11_ANNOUNCE = /* @__PURE__ */ cite('第十一条', { paragraph: 1, excerpt: '无法通知举报人的，可以在一定范围内进行公告。' });
const C11_WRITTEN = /* @__PURE__ */ cite('第十一条', { paragraph: 2, excerpt: '对符合举报奖励条件且书面告知的，应当制作《安全生产举报奖励告知书》。' });
const C11_PHONE = /* @__PURE__ */ cite('第十一条', { paragraph: 2, excerpt: '电话告知的，应当做好录音及书面记录。' });
const C11_DATE = /* @__PURE__ */ cite('第十一条', { paragraph: 2, excerpt: '告知日期分别以告知书发出的邮戳日期、电话通知当日的录音及书面记录为准。' });

/** 第十一条's three ways of telling the reporter, with their records and notice dates. */
export const SAFETY_REPORT_NOTICE_FORMATS: readonly RewardNoticeFormat[] = /* @__PURE__ */ deepFreeze(
  ([
    {
      method: 'written',
      name: '书面告知',
      when: '依法作出处理或事故调查结案之日起15日内',
      records: [{ code: 'reward-eligibility-notice', name: '《安全生产举报奖励告知书》', whenEligible: true }],
      noticeDate: { rule: '告知书发出的邮戳日期', field: 'postmarkedOn', fromText: true },
      basis: [C11_DUE, C11_WRITTEN, C11_DATE],
    },
    {
      method: 'phone',
      name: '电话告知',
      when: '依法作出处理或事故调查结案之日起15日内',
      records: [
        { code: 'recording', name: '录音', whenEligible: false },
        { code: 'written-record', name: '书面记录', whenEligible: false },
      ],
      noticeDate: { rule: '电话通知当日（以录音及书面记录为准）', field: 'calledOn', fromText: true },
      basis: [C11_DUE, C11_PHONE, C11_DATE],
    },
    {
      method: 'announcement',
      name: '公告',
      when: '无法通知举报人的，在一定范围内进行公告',
      records: [],
      noticeDate: { rule: '公告发布之日（原文未规定，本库解读 R-SRR-10）', field: 'announcedOn', fromText: false },
      basis: [C11_ANNOUNCE, R.announcementDate],
    },
  ] satisfies RewardNoticeFormat[]).map((f) => Object.freeze(f)),
);

/** What is wrong with a notice. */
export type RewardNoticeViolationCode =
  | 'NOTICE_LATE'
  | 'NOTICE_DOCUMENT_MISSING'
  | 'RECORDING_MISSING'
  | 'WRITTEN_RECORD_MISSING'
  | 'ANNOUNCEMENT_WITHOUT_CAUSE';

/** The result of {@link checkEligibilityNotice}. */
export interface EligibilityNoticeCheck {
  /** No violation; `null` only when nothing else is wrong and `timing` is `undetermined`. */
  valid: boolean | null;
  /** The date that counts as the notice date (第十一条第二款; for announcements, reading R-SRR-10). */
  noticeDate: IsoDate;
  /** `handledOn` + 15 days; an `unavailable` entry when its due day needs a year without calendar data. */
  due: RewardDeadline;
  /** Whether the notice date is on or before `due`; `null` only when `timing` is `undetermined`. */
  onTime: boolean | null;
  /** `in-time`, `late`, or `undetermined` (the due day is unavailable and the notice came after the nominal 15th day: R-SRR-17). */
  timing: RewardTiming;
  violations: { code: RewardNoticeViolationCode; message: string; basis: Citation[] }[];
  basis: Citation[];
}

const parse = /* @__PURE__ */ createParser(noticeInputSchema, { labels });

/**
 * Checks a notice of 第十一条 against the text: given on time (15 days from `handledOn`, calendar
 * days with rollover), in an allowed way, with the records that way needs. When the due day needs a
 * year without calendar data, `due` is an `unavailable` entry and the timing is still answered if
 * the notice came on or before the nominal 15th day, `undetermined` otherwise (R-SRR-17).
 *
 * @example
 * checkEligibilityNotice({ reportReceivedOn: '2024-03-01', handledOn: '2024-06-03', method: 'phone', eligible: true,
 *   calledOn: '2024-06-20', recordingKept: true, writtenRecordKept: true })
 * // { valid: true, noticeDate: '2024-06-20', due: { unavailable: false, due: '2024-06-20', nominalDue: '2024-06-18', rolledOver: true, ... } } (古尔邦节)
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function checkEligibilityNotice(input: EligibilityNoticeInput, options?: CalendarOptions): EligibilityNoticeCheck {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  const due = period(v.handledOn, 15, [C11_DUE], opts);
  const noticeDate = (v.method === 'written' ? v.postmarkedOn : v.method === 'phone' ? v.calledOn : v.announcedOn)!;
  const violations: EligibilityNoticeCheck['violations'] = [];
  const timing = timingOf(noticeDate, due, v.handledOn, 15);
  const onTime = timing === 'undetermined' ? null : timing === 'in-time';
  if (onTime === false) violations.push({ code: 'NOTICE_LATE', message: '告知日期晚于依法作出处理或事故调查结案之日起15日的期限', basis: [C11_DUE, C11_DATE] });
  const basis: Citation[] = [C11_1, C11_DATE];
  if (timing === 'undetermined') basis.push(R.inTimeWithoutCalendar);
  if (v.method === 'written') {
    if (v.eligible && v.noticeDocumentMade !== true) {
      violations.push({ code: 'NOTICE_DOCUMENT_MISSING', message: '符合举报奖励条件且书面告知的，应当制作《安全生产举报奖励告知书》', basis: [C11_WRITTEN] });
    }
  } else if (v.method === 'phone') {
    if (v.recordingKept !== true) violations.push({ code: 'RECORDING_MISSING', message: '电话告知的，应当做好录音', basis: [C11_PHONE] });
    if (v.writtenRecordKept !== true) violations.push({ code: 'WRITTEN_RECORD_MISSING', message: '电话告知的，应当做好书面记录', basis: [C11_PHONE] });
  } else {
    basis.push(R.announcementDate); // 第十一条第一款 (C11_1) already quotes the announcement sentence

    if (v.reporterUnreachable !== true) {
      violations.push({ code: 'ANNOUNCEMENT_WITHOUT_CAUSE', message: '只有无法通知举报人的，才可以公告', basis: [C11_ANNOUNCE] });
    }
  }
  return { valid: violations.length > 0 ? false : onTime === null ? null : true, noticeDate, due, onTime, timing, violations, basis };
}
