/**
 * 第十三条 and 第十四条: the objection (书面复议) and appeal (申诉) deadlines, what a written
 * objection must contain, and what happens to the measures while an objection is handled.
 */
import { computeDeadline, type Deadline } from '../core/calendar/deadline.js';
import { deadlineOrUnavailable, type DeadlineOrUnavailable } from '../core/calendar/partial.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import type { Citation } from '../core/citations.js';
import { addCalendarDays, type IsoDate } from '../core/dates.js';
import { assertInForce } from '../core/documents.js';
import { CIVIL_CODE_PERIOD_ARTICLES } from '../core/sources.js';
import { parseInput } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { pfReading, pfReadingText } from './readings.js';
import {
  PF_FIELD_LABELS as labels,
  objectionDeadlinesInputSchema,
  objectionStageInputSchema,
  writtenObjectionInputSchema,
  type ObjectionDeadlinesInput,
  type ObjectionStageInput,
  type WrittenObjectionInput,
} from './schemas.js';

const R9 = /* @__PURE__ */ pfReadingText('R-PF-9');
const C13_OBJECTION = /* @__PURE__ */ cite('第十三条', {
  paragraph: 1,
  excerpt: '缴存职工对失信行为认定结果有异议的，可在收到书面告知书之日起15日内，向奎屯分中心、各县（市）管理部提出书面复议，并提交相关证明材料。',
  reading: R9,
});
const C13_REVIEW = /* @__PURE__ */ cite('第十三条', {
  paragraph: 1,
  excerpt: '奎屯分中心、各县（市）管理部应当自收到申请之日起15日内完成复议审核工作，并书面告知复议人复议结果。',
  reading: R9,
});
const C14_ACCEPT = /* @__PURE__ */ cite('第十四条', {
  paragraph: 1,
  excerpt: '缴存职工可以向中心提出申诉申请，中心自收到申诉申请之日起5日内决定是否受理。',
  reading: R9,
});
const C14_REVIEW = /* @__PURE__ */ cite('第十四条', {
  paragraph: 1,
  excerpt: '予以受理的，应当在10日内完成申诉审核工作，并书面告知申诉人申诉结果。',
  reading: R9,
});
const C14_GROUNDS = /* @__PURE__ */ cite('第十四条', {
  paragraph: 1,
  excerpt: '缴存职工对奎屯分中心、各县（市）管理部处理的结果不服或在规定的时间未受理、未作出复议的，缴存职工可以向中心提出申诉申请',
  reading: pfReadingText('R-PF-18'),
});
const C14_GROUNDS_REFUSAL = /* @__PURE__ */ cite('第十四条', {
  paragraph: 1,
  excerpt: '缴存职工对奎屯分中心、各县（市）管理部处理的结果不服或在规定的时间未受理、未作出复议的，缴存职工可以向中心提出申诉申请，中心自收到申诉申请之日起5日内决定是否受理。不予受理的，应当书面告知申诉人理由；',
  reading: pfReadingText('R-PF-18'),
});
const C14_2 = /* @__PURE__ */ cite('第十四条', { paragraph: 2 });
const C14_3 = /* @__PURE__ */ cite('第十四条', { paragraph: 3 });
const C13_2 = /* @__PURE__ */ cite('第十三条', { paragraph: 2 });
const C13_ITEMS = /* @__PURE__ */ [1, 2, 3, 4, 5, 6].map((item) => cite('第十三条', { item }));
const C13_EVIDENCE = /* @__PURE__ */ cite('第十三条', { item: 4, reading: pfReadingText('R-PF-15') });
const C13_OTHER = /* @__PURE__ */ cite('第十三条', { item: 6, reading: pfReadingText('R-PF-11') });
const R9_CITE = /* @__PURE__ */ pfReading('R-PF-9');
const R18 = /* @__PURE__ */ pfReading('R-PF-18');
const R21 = /* @__PURE__ */ pfReading('R-PF-21');
/** 民法典 第二百零三条第二款: the last day ends at midnight (so the review may still be given on its due day). */
const CIVIL_203_2: Citation = /* @__PURE__ */ Object.freeze({
  document: 'prc-civil-code',
  article: 203,
  paragraph: 2,
  label: '《中华人民共和国民法典》第二百零三条第二款',
  quote: CIVIL_CODE_PERIOD_ARTICLES[203].split('\n')[1]!,
});

/**
 * A deadline of 第十三条 / 第十四条, with the article it comes from first in its basis: computed
 * (`unavailable: false`), or, when it needs a year without calendar data, the
 * `{ unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE', year, missingLayers, message, basis }`
 * entry in its place (R-CAL-7). Check `unavailable` before reading `due`.
 */
export type ObjectionDeadline = DeadlineOrUnavailable<Deadline>;

/** Whether an act came within its period: `undetermined` when the period's due day needs a year without calendar data and the act came after the nominal due day (R-PF-21). */
export type DeadlineTiming = 'in-time' | 'late' | 'undetermined';


/** Why an appeal may or may not be accepted, judged on the day it was filed (第十四条, R-PF-18). */
export type AppealAdmissibilityStatus =
  | 'after-review-result'
  | 'review-overdue'
  | 'premature'
  | 'no-objection-filed'
  | 'objection-late'
  | 'undetermined';


/** Whether an appeal could be filed on the day it was (第十四条). */
export interface AppealAdmissibility {
  status: AppealAdmissibilityStatus;
  /** `true`/`false` by `status`; `null` only when `status` is `undetermined`. */
  admissible: boolean | null;
  basis: Citation[];
}

/** The deadlines of one objection / appeal, each on its own (a deadline needing a year without calendar data is an `unavailable` entry). */
export interface ObjectionDeadlines {
  /** Last day to file the written objection: `noticeReceivedOn` + 15 (第十三条第一款). */
  objectionDue: ObjectionDeadline;
  /** Last day for the branch to finish the review: `objectionFiledOn` + 15 (第十三条第一款). */
  reviewDue?: ObjectionDeadline;
  /** Last day for the centre to decide whether to accept the appeal: `appealFiledOn` + 5 (第十四条). */
  appealAcceptanceDue?: ObjectionDeadline;
  /** Last day for the centre to finish the appeal review: `appealAcceptedOn` + 10 (第十四条). */
  appealReviewDue?: ObjectionDeadline;
  /** With `objectionFiledOn`: whether it is on or before `objectionDue`; `null` only when `objectionTiming` is `undetermined`. */
  objectionFiledInTime?: boolean | null;
  /** With `objectionFiledOn`. */
  objectionTiming?: DeadlineTiming;
  /** With `reviewResultOn`: whether the review result came on or before `reviewDue`; `null` only when `reviewTiming` is `undetermined`. */
  reviewResultInTime?: boolean | null;
  /** With `reviewResultOn`. */
  reviewTiming?: DeadlineTiming;
  /** With `appealFiledOn` and `appealAcceptedOn`: whether acceptance was on or before `appealAcceptanceDue`; `null` only when `appealAcceptanceTiming` is `undetermined`. */
  appealAcceptedInTime?: boolean | null;
  /** With `appealFiledOn` and `appealAcceptedOn`. */
  appealAcceptanceTiming?: DeadlineTiming;
  /** With `appealFiledOn`: whether the appeal could be filed on that day (第十四条, R-PF-18). */
  appealAdmissibility?: AppealAdmissibility;
  basis: Citation[];
}

function deadline(article: Citation, start: IsoDate, days: number, options: CalendarOptions | undefined): ObjectionDeadline {
  return deadlineOrUnavailable(() => {
    const d = computeDeadline({ start, days, unit: 'calendar-days' }, options);
    return { ...d, basis: [article, ...d.basis] };
  }, [article]);
}

/** @internal Whether `date` is within a period (R-PF-21: on or before the nominal due day is in time whatever the calendar). */
export function timingOf(date: IsoDate, d: DeadlineOrUnavailable, start: IsoDate, days: number): DeadlineTiming {
  if (!d.unavailable) return date <= d.due ? 'in-time' : 'late';
  return date <= addCalendarDays(start, days) ? 'in-time' : 'undetermined';
}

const inTime = (t: DeadlineTiming): boolean | null => (t === 'undetermined' ? null : t === 'in-time');

/**
 * The deadlines of 第十三条 and 第十四条, in calendar days with rollover (民法典 第二百零一条,
 * 第二百零三条) on the Xinjiang calendar unless `options.calendar` says otherwise (R-PF-9):
 * `objectionDue` = `noticeReceivedOn` + 15; `reviewDue` = `objectionFiledOn` + 15;
 * `appealAcceptanceDue` = `appealFiledOn` + 5; `appealReviewDue` = `appealAcceptedOn` + 10.
 * Each deadline stands on its own: one whose due day needs a year without calendar data is an
 * `unavailable` entry and the others are still given (R-CAL-7); whether an act came in time is
 * still answered when it came on or before the nominal due day (R-PF-21).
 * With `appealFiledOn`, `appealAdmissibility` says whether the appeal could be filed that day
 * (第十四条: after the review result, or once the review is overdue — R-PF-18).
 *
 * @example
 * computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16' }).objectionDue
 * // { unavailable: false, due: '2024-10-08', nominalDue: '2024-10-01', rolledOver: true, ... } (国庆节)
 * computeObjectionDeadlines({ noticeReceivedOn: '2026-12-20' }).objectionDue
 * // { unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027, missingLayers: ['national', 'xinjiang'], ... }
 * @throws PolicyInputError for malformed dates or dates out of order; PolicyNotInForceError for a
 *   `noticeReceivedOn` before 2024-04-01
 */
export function computeObjectionDeadlines(input: ObjectionDeadlinesInput, options?: CalendarOptions): ObjectionDeadlines {
  const p = parseInput(objectionDeadlinesInputSchema, input, { labels });
  assertInForce(DOCUMENT, p.noticeReceivedOn, '收到书面告知书之日');
  const out: ObjectionDeadlines = {
    objectionDue: deadline(C13_OBJECTION, p.noticeReceivedOn, 15, options),
    basis: [C13_OBJECTION, R9_CITE],
  };
  const timings: DeadlineTiming[] = [];
  let objectionTiming: DeadlineTiming | undefined;
  if (p.objectionFiledOn !== undefined) {
    const review = deadline(C13_REVIEW, p.objectionFiledOn, 15, options);
    out.reviewDue = review;
    objectionTiming = timingOf(p.objectionFiledOn, out.objectionDue, p.noticeReceivedOn, 15);
    out.objectionFiledInTime = inTime(objectionTiming);
    out.objectionTiming = objectionTiming;
    timings.push(objectionTiming);
    if (p.reviewResultOn !== undefined) {
      out.reviewTiming = timingOf(p.reviewResultOn, review, p.objectionFiledOn, 15);
      out.reviewResultInTime = inTime(out.reviewTiming);
      timings.push(out.reviewTiming);
    }
  }
  if (p.appealFiledOn !== undefined) {
    out.appealAcceptanceDue = deadline(C14_ACCEPT, p.appealFiledOn, 5, options);
    out.appealAdmissibility = admissibility(p.appealFiledOn, p.objectionFiledOn, p.reviewResultOn, objectionTiming, out.reviewDue);
    if (p.appealAcceptedOn !== undefined) {
      out.appealAcceptanceTiming = timingOf(p.appealAcceptedOn, out.appealAcceptanceDue, p.appealFiledOn, 5);
      out.appealAcceptedInTime = inTime(out.appealAcceptanceTiming);
      timings.push(out.appealAcceptanceTiming);
    }
  }
  if (p.appealAcceptedOn !== undefined) out.appealReviewDue = deadline(C14_REVIEW, p.appealAcceptedOn, 10, options);
  const unavailable = [out.objectionDue, out.reviewDue, out.appealAcceptanceDue, out.appealReviewDue].some((d) => d?.unavailable === true);
  if (unavailable && timings.length > 0) out.basis.push(R21);
  return out;
}

/** 第十四条: whether an appeal filed on `filedOn` meets one of its two grounds (R-PF-18). */
function admissibility(
  filedOn: IsoDate,
  objectionFiledOn: IsoDate | undefined,
  reviewResultOn: IsoDate | undefined,
  objectionTiming: DeadlineTiming | undefined,
  reviewDue: ObjectionDeadline | undefined,
): AppealAdmissibility {
  const r = (status: AppealAdmissibilityStatus, admissible: boolean | null, ...more: Citation[]): AppealAdmissibility => ({
    status,
    admissible,
    basis: [admissible === false ? C14_GROUNDS_REFUSAL : C14_GROUNDS, ...more, R18],
  });
  if (objectionFiledOn === undefined || reviewDue === undefined) return r('no-objection-filed', false, C13_OBJECTION);
  if (reviewResultOn !== undefined && reviewResultOn <= filedOn) return r('after-review-result', true, C13_REVIEW);
  if (objectionTiming === 'late') return r('objection-late', false, C13_OBJECTION);
  const overdue = timingOf(filedOn, reviewDue, objectionFiledOn, 15);
  if (overdue === 'in-time') return r('premature', false, C13_REVIEW, CIVIL_203_2);
  if (overdue === 'undetermined' || objectionTiming === 'undetermined') return r('undetermined', null, C13_REVIEW, R21);
  return r('review-overdue', true, C13_REVIEW, CIVIL_203_2);
}

/** Codes of the items a written objection lacks (第十三条第二款). */
export type ObjectionDefectCode =
  | 'APPLICANT_NAME_MISSING'
  | 'ADDRESS_MISSING'
  | 'CONTACT_MISSING'
  | 'DETERMINING_OFFICE_MISSING'
  | 'REQUEST_MISSING'
  | 'FACTS_AND_REASONS_MISSING'
  | 'EVIDENCE_MISSING'
  | 'FILING_TIME_MISSING'
  | 'OTHER_MATERIAL_MISSING';

/** One missing item of a written objection. */
export interface ObjectionDefect {
  /** The item of 第十三条第二款: 1 for （一）. */
  item: 1 | 2 | 3 | 4 | 5 | 6;
  code: ObjectionDefectCode;
  /** The input field concerned (`otherRequiredMaterials[2]` for a listed material). */
  field: string;
  message: string;
  basis: Citation[];
}

/** The check of a written objection. */
export interface WrittenObjectionCheck {
  /** `true` when nothing of 第十三条第二款 is missing. */
  complete: boolean;
  missing: ObjectionDefect[];
  basis: Citation[];
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim().length === 0;

/**
 * Checks that a written objection contains what 第十三条第二款 lists: （一）name, address and
 * contact of the applicant; （二）the determining office; （三）the request; （四）the main facts
 * and reasons, with supporting material (R-PF-15); （五）the filing time; （六）other material
 * required by law (those the caller lists, R-PF-11). A missing item is a result, never an error;
 * blank strings count as missing. Messages never repeat what the objection says.
 *
 * @example
 * validateWrittenObjection({ applicantName: '张某', address: '伊宁市', contact: '138…', request: '撤销认定' })
 * // { complete: false, missing: [DETERMINING_OFFICE_MISSING, FACTS_AND_REASONS_MISSING, EVIDENCE_MISSING, FILING_TIME_MISSING], ... }
 * @throws PolicyInputError only for malformed input (a number as a name, a malformed date, unknown fields)
 */
export function validateWrittenObjection(input: WrittenObjectionInput): WrittenObjectionCheck {
  const p = parseInput(writtenObjectionInputSchema, input, { labels });
  const missing: ObjectionDefect[] = [];
  const add = (item: ObjectionDefect['item'], code: ObjectionDefectCode, field: string, message: string, c = C13_ITEMS[item - 1]!) =>
    missing.push({ item, code, field, message, basis: [c] });
  if (blank(p.applicantName)) add(1, 'APPLICANT_NAME_MISSING', 'applicantName', '书面复议缺少复议人姓名（名称）');
  if (blank(p.address)) add(1, 'ADDRESS_MISSING', 'address', '书面复议缺少复议人地址');
  if (blank(p.contact)) add(1, 'CONTACT_MISSING', 'contact', '书面复议缺少复议人联系方式');
  if (blank(p.determiningOffice)) add(2, 'DETERMINING_OFFICE_MISSING', 'determiningOffice', '书面复议缺少认定部门（分支机构）名称');
  if (blank(p.request)) add(3, 'REQUEST_MISSING', 'request', '书面复议缺少复议请求');
  if (blank(p.factsAndReasons)) add(4, 'FACTS_AND_REASONS_MISSING', 'factsAndReasons', '书面复议缺少主要事实和理由');
  if (p.evidenceAttached !== true) add(4, 'EVIDENCE_MISSING', 'evidenceAttached', '书面复议未提供相关证明材料', C13_EVIDENCE);
  if (p.filedOn === undefined) add(5, 'FILING_TIME_MISSING', 'filedOn', '书面复议缺少提出复议时间');
  (p.otherRequiredMaterials ?? []).forEach((m, i) => {
    if (!m.provided) add(6, 'OTHER_MATERIAL_MISSING', `otherRequiredMaterials[${i}]`, `书面复议缺少依法应提交的其他材料（第${i + 1}项）`, C13_OTHER);
  });
  return { complete: missing.length === 0, missing, basis: [C13_2] };
}

/** What happens to the measures at a stage of the objection / appeal. */
export interface MeasuresDuringObjection {
  /** `continue` (objection pending), `maintain` (upheld) or `correct` (found wrong). */
  action: 'continue' | 'maintain' | 'correct';
  /** Whether the measures taken on the original determination stand. */
  originalMeasuresStand: boolean;
  /** Whether the branch may take necessary temporary measures (异议处理期间). */
  temporaryMeasuresAllowed: boolean;
  basis: Citation[];
}

/**
 * 第十四条: an objection or appeal does not stop the branch from taking the necessary temporary
 * measures (第三款); once decided, a correct determination is maintained and a wrong one is
 * corrected (第二款).
 *
 * @example
 * measuresDuringObjection({ stage: 'objection-pending' })
 * // { action: 'continue', originalMeasuresStand: true, temporaryMeasuresAllowed: true, basis: [第十四条第三款] }
 * @throws PolicyInputError for an unknown stage
 */
export function measuresDuringObjection(input: ObjectionStageInput): MeasuresDuringObjection {
  const { stage } = parseInput(objectionStageInputSchema, input, { labels });
  if (stage === 'objection-pending') return { action: 'continue', originalMeasuresStand: true, temporaryMeasuresAllowed: true, basis: [C14_3, C13_OBJECTION] };
  if (stage === 'appeal-pending') return { action: 'continue', originalMeasuresStand: true, temporaryMeasuresAllowed: true, basis: [C14_3, C14_ACCEPT] };
  if (stage === 'upheld') return { action: 'maintain', originalMeasuresStand: true, temporaryMeasuresAllowed: false, basis: [C14_2] };
  return { action: 'correct', originalMeasuresStand: false, temporaryMeasuresAllowed: false, basis: [C14_2] };
}
