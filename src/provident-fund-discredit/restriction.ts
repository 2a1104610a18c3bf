/**
 * 第十一条, 第十二条（四）, 第十七条: the freeze of the personal account and the restriction on
 * withdrawals and loans — their periods (`computeRestrictionPeriod`) and where a case stands on
 * a given day (`restrictionStatus`, the call a loan system makes at every withdrawal or loan
 * application).
 *
 * Both rest on one computation ({@link planRestriction}) over the facts read once from the input
 * (`readRestrictionInput`: one pass over the caller's object, no copy; zod decides only what its
 * checks refuse) and compute the 第十七条 retirement date without the core's validating wrapper:
 * `restrictionStatus` costs about twice `gradeArrears` (docs/quality.md).
 */
import type { Citation } from '../core/citations.js';
import { isLeapYear, type IsoDate } from '../core/dates.js';
import { PolicyInputError } from '../core/errors.js';
import { assertInForce } from '../core/documents.js';
import { CITE_CIVIL_201, CITE_CIVIL_202, CITE_RETIREMENT_MEASURES, CORE_READINGS, citeReading, findReading } from '../core/sources.js';
import { addYearsToDate, dayBeforePacked, packDate, retirementPacked, unpackDate } from './day-arithmetic.js';
import { DOCUMENT, cite } from './document.js';
import { pfReading, pfReadingText } from './readings.js';
import {
  PF_FIELD_LABELS as labels,
  readRestrictionInput,
  type RestrictionFacts,
  type RestrictionPeriodInput,
  type RestrictionStatusInput,
} from './schemas.js';

// ── Enums and their Chinese names ───────────────────────────────────────────────────────

/** What the restriction of a case is (CONTRACT: 第十条; 第十二条 without litigation; funds not cleared; a running period; 第十七条 leaves nothing), plus `none` for a case that is not a 失信行为. */
export type RestrictionStatusCode = 'none' | 'reminder-only' | 'discretionary' | 'pending-clearance' | 'fixed' | 'void-after-retirement';


/** What the account freeze of a case is (R-PF-17). */
export type FreezeStatusCode = 'none' | 'fixed' | 'until-clearance' | 'void-after-retirement';


/** Whether 第十七条's cap at the statutory retirement age was checked (R-PF-19). */
export type RetirementCapCheck = 'applied' | 'not-checked' | 'not-applicable';


/** Where a case stands on the day asked about (`restrictionStatus`). */
export type RestrictionPhase =
  | 'not-yet-determined'
  | 'no-freeze-or-restriction'
  | 'frozen-pending-clearance'
  | 'frozen-and-restricted'
  | 'ended'
  | 'ended-at-retirement';


/** Until when withdrawals and loans stay blocked (`restrictionStatus`). */
export type BlockedUntil = 'not-blocked' | 'date' | 'clearance-then-period';


// ── Citations, built once ───────────────────────────────────────────────────────────────

const C5 = /* @__PURE__ */ cite('第五条');
const C10 = /* @__PURE__ */ cite('第十条');
const C11_PLAIN = /* @__PURE__ */ cite('第十一条', {
  excerpt: '对较重失信行为，在确定违规行为发生之日起冻结其个人账户，限制其五年不予办理公积金提取和贷款。',
  reading: pfReadingText('R-PF-3'),
});
const C11_FUNDS = /* @__PURE__ */ cite('第十一条', {
  excerpt: '如涉及违规资金的，在确定违规行为发生之日起冻结其个人账户，从所涉资金清缴之日起限制其五年不予办理公积金提取和贷款。',
  reading: pfReadingText('R-PF-3'),
});
const C11_FUNDS_LITIGATION = /* @__PURE__ */ cite('第十一条', {
  excerpt: '如涉及违规资金的，在确定违规行为发生之日起冻结其个人账户，从所涉资金清缴之日起限制其五年不予办理公积金提取和贷款。',
  reading: pfReadingText('R-PF-7'),
});
const C12_NO_PERIOD = /* @__PURE__ */ cite('第十二条', { excerpt: '对严重失信行为，可以采取以下方式惩戒：', reading: pfReadingText('R-PF-6') });
const C12_4 = /* @__PURE__ */ cite('第十二条', { item: 4, reading: pfReadingText('R-PF-7') });
const C12_5 = /* @__PURE__ */ cite('第十二条', { item: 5 });
const C17 = /* @__PURE__ */ cite('第十七条', { reading: pfReadingText('R-PF-8') });
const C17_NOT_CHECKED = /* @__PURE__ */ cite('第十七条', { reading: pfReadingText('R-PF-19') });
const R4 = /* @__PURE__ */ pfReading('R-PF-4');
const R5 = /* @__PURE__ */ pfReading('R-PF-5');
const R16 = /* @__PURE__ */ pfReading('R-PF-16');
const R17 = /* @__PURE__ */ pfReading('R-PF-17');
const R20 = /* @__PURE__ */ pfReading('R-PF-20');
const R_RET = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-RET-1'));

// ── The computation ─────────────────────────────────────────────────────────────────────

/** @internal Everything both functions report about a case's freeze and restriction, with the dates also packed (`yyyymmdd`, 0 for none) for comparisons. */
interface Plan {
  status: RestrictionStatusCode;
  freezeStatus: FreezeStatusCode;
  accountFrozenFrom: IsoDate | null;
  accountFrozenThrough: IsoDate | null;
  restrictedFrom: IsoDate | null;
  restrictedThrough: IsoDate | null;
  cappedByRetirement: boolean;
  restrictionYears: 5 | 8 | null;
  retirementCapDate: IsoDate | null;
  retirementCapCheck: RetirementCapCheck;
  basis: Citation[];
  fromP: number;
  throughP: number;
  frozenThroughP: number;
  capP: number;
}

/**
 * @internal The day before the statutory retirement date (第十七条, R-PF-8), the same as
 * `statutoryRetirementDate(person).date − 1 day` (tests compare them), without re-validating.
 */
export function retirementCapDateOf(person: NonNullable<RestrictionFacts['person']>): IsoDate {
  return unpackDate(dayBeforePacked(retirementPacked(packDate(person.birthDate), person.originalRetirementAge)));
}

/** One shape for every plan (the hot path builds no object by spreading). */
function plan(
  status: RestrictionStatusCode,
  freezeStatus: FreezeStatusCode,
  accountFrozenFrom: IsoDate | null,
  accountFrozenThrough: IsoDate | null,
  restrictedFrom: IsoDate | null,
  restrictedThrough: IsoDate | null,
  cappedByRetirement: boolean,
  restrictionYears: 5 | 8 | null,
  retirementCapDate: IsoDate | null,
  retirementCapCheck: RetirementCapCheck,
  basis: Citation[],
  fromP: number,
  throughP: number,
  frozenThroughP: number,
  capP: number,
): Plan {
  return {
    status, freezeStatus, accountFrozenFrom, accountFrozenThrough, restrictedFrom, restrictedThrough, cappedByRetirement,
    restrictionYears, retirementCapDate, retirementCapCheck, basis, fromP, throughP, frozenThroughP, capP,
  };
}

/** A period whose last day would lie past 9999-12-31 cannot be written as an IsoDate. */
function tooLate(field: 'determinedOn' | 'fundsClearedOn'): PolicyInputError {
  return new PolicyInputError([{ path: [field], code: 'too_big', message: `字段「${field}」（${labels[field]}）：限制期的最后一日超出9999年，无法表示` }]);
}

/** @internal The freeze and restriction of a case, from a validated snapshot. */
export function planRestriction(f: RestrictionFacts): Plan {
  if (f.level === 'none') return plan('none', 'none', null, null, null, null, false, null, null, 'not-applicable', [C5], 0, 0, 0, 0);
  if (f.level === 'general') return plan('reminder-only', 'none', null, null, null, null, false, null, null, 'not-applicable', [C10], 0, 0, 0, 0);
  const litigation = f.litigation === true;
  const severe = f.level === 'severe';
  if (severe && !litigation) return plan('discretionary', 'none', null, null, null, null, false, null, null, 'not-applicable', [C12_NO_PERIOD], 0, 0, 0, 0);
  // 第十二条（四） and, for 较重, a lawsuit to recover funds both mean funds are involved (R-PF-7).
  const involvesFunds = f.involvesFunds ?? (f.fundsClearedOn !== undefined || litigation);
  const years: 5 | 8 = severe ? 8 : 5;
  const main = severe ? C12_4 : !involvesFunds ? C11_PLAIN : litigation ? C11_FUNDS_LITIGATION : C11_FUNDS;
  const from: IsoDate | null = involvesFunds ? (f.fundsClearedOn ?? null) : f.determinedOn;
  const d = f.determinedOn;
  const dP = f.determinedP;
  const fromP = from === null ? 0 : involvesFunds ? f.clearedP : dP;
  const basis: Citation[] = from === null ? [main, R5] : fromP < dP ? [main, CITE_CIVIL_201, CITE_CIVIL_202, R4, R16] : [main, CITE_CIVIL_201, CITE_CIVIL_202, R4];
  let capP = 0;
  let cap: IsoDate | null = null;
  if (f.person !== undefined) {
    capP = dayBeforePacked(retirementPacked(f.birthP, f.person.originalRetirementAge));
    cap = unpackDate(capP);
    basis.push(C17, CITE_RETIREMENT_MEASURES, R_RET, R17);
  } else basis.push(C17_NOT_CHECKED, R17);
  const check: RetirementCapCheck = cap === null ? 'not-checked' : 'applied';

  // 第十七条: determined on or after the statutory retirement date — nothing is left.
  if (cap !== null && dP > capP) return plan('void-after-retirement', 'void-after-retirement', null, null, null, null, true, years, cap, check, basis, 0, 0, 0, capP);
  if (from === null) return plan('pending-clearance', 'until-clearance', d, null, null, null, false, years, cap, check, basis, 0, 0, 0, capP);
  const fullP = fromP + years * 10000 - (fromP % 10000 === 229 && !isLeapYear(Math.floor(fromP / 10000) + years) ? 1 : 0);
  if (fullP > 99991231) throw tooLate(involvesFunds ? 'fundsClearedOn' : 'determinedOn');
  const capped = cap !== null && fullP > capP;
  const throughP = capped ? capP : fullP;
  const through = capped ? cap! : addYearsToDate(from, years);
  // Cleared after the retirement date (the cap bit): no restriction; the freeze ran to the cap.
  if (fromP > throughP) return plan('void-after-retirement', 'fixed', d, through, null, null, true, years, cap, check, basis, 0, 0, throughP, capP);
  // The freeze lasts through the restriction's last day (R-PF-17); a period that ended before the
  // determination (cleared more than five or eight years before it) leaves nothing to freeze (R-PF-16).
  if (throughP < dP) return plan('fixed', 'none', null, null, from, through, capped, years, cap, check, basis, fromP, throughP, 0, capP);
  return plan('fixed', 'fixed', d, through, from, through, capped, years, cap, check, basis, fromP, throughP, throughP, capP);
}

// ── computeRestrictionPeriod ────────────────────────────────────────────────────────────

/** The freeze and restriction periods of one case. */
export interface RestrictionPeriod {
  /** What the restriction is; `restrictedFrom` and `restrictedThrough` are both set exactly when it is `fixed`. */
  status: RestrictionStatusCode;
  /** The day the personal account is frozen from; `null` unless `freezeStatus` is `fixed` or `until-clearance`. */
  accountFrozenFrom: IsoDate | null;
  /** The freeze's last day (the restriction's last day, after the 第十七条 cap: R-PF-17); set only when `freezeStatus` is `fixed`. */
  accountFrozenThrough: IsoDate | null;
  /** What the freeze is. */
  freezeStatus: FreezeStatusCode;
  /** The day the five or eight years are counted from (`determinedOn`, or `fundsClearedOn` when funds are involved, even before the determination: R-PF-16); set only for `fixed`. */
  restrictedFrom: IsoDate | null;
  /** Last day of the restriction, after the 第十七条 cap; set only for `fixed`, never before `restrictedFrom`. */
  restrictedThrough: IsoDate | null;
  /** `true` when 第十七条 shortened the restriction or the freeze, or left nothing of them. */
  cappedByRetirement: boolean;
  /** 5 (第十一条), 8 (第十二条（四）) or `null` (no period: `none`, `reminder-only`, `discretionary`). */
  restrictionYears: 5 | 8 | null;
  /** With `person`: the last day any freeze or restriction may run to (the day before the statutory retirement date); `null` without `person`. */
  retirementCapDate: IsoDate | null;
  /** Whether 第十七条 was checked: `not-checked` when `person` was not given (the basis says so too: R-PF-19). */
  retirementCapCheck: RetirementCapCheck;
  basis: Citation[];
}

/**
 * The freeze and restriction periods (第十一条, 第十二条（四）, 第十七条), with a `status` that says
 * what a `null` means:
 * - `serious` (第十一条): frozen from `determinedOn`; restricted 5 years from `determinedOn`, or
 *   from `fundsClearedOn` when funds are involved — also when they were cleared before the
 *   determination (R-PF-16); a lawsuit to recover funds (`litigation: true`) means funds are involved (R-PF-7);
 * - `severe` with `litigation: true` (第十二条（四）): frozen from `determinedOn`; 8 years from `fundsClearedOn`;
 * - funds involved but not yet cleared: `pending-clearance`, the account frozen until the clearing
 *   and then through the restriction (R-PF-5, R-PF-17);
 * - `restrictedThrough = addLegalYears(restrictedFrom, years)` (R-PF-4), and the freeze ends with it (R-PF-17);
 * - with `person`, both capped at the day before the statutory retirement date (第十七条, R-PF-8);
 *   a period that would start after it is `void-after-retirement`, never an inverted interval;
 *   without `person`, `retirementCapCheck: 'not-checked'` and a basis line say the cap was not checked (R-PF-19);
 * - `general` → `reminder-only` (第十条); `severe` without litigation → `discretionary` (第十二条); `none` → `none`.
 *
 * `involvesFunds` defaults to `true` when `fundsClearedOn` is given or `litigation` is true, otherwise `false`.
 *
 * @example
 * computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-05-20' })
 * // { status: 'fixed', accountFrozenFrom: '2024-05-20', accountFrozenThrough: '2029-05-20', restrictedFrom: '2024-05-20', restrictedThrough: '2029-05-20', ... }
 * computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-08-01', involvesFunds: true, fundsClearedOn: '2024-07-15' }).restrictedThrough
 * // '2029-07-15' (five years from the clearing, R-PF-16)
 * @throws PolicyInputError for malformed input or contradictory facts (funds declared not involved
 *   with a clearing date or a lawsuit); PolicyNotInForceError for a `determinedOn` before 2024-04-01
 */
export function computeRestrictionPeriod(input: RestrictionPeriodInput): RestrictionPeriod {
  const f = readRestrictionInput(input, false);
  assertInForce(DOCUMENT, f.determinedOn, '确定违规行为发生之日');
  const p = planRestriction(f);
  return {
    status: p.status,
    accountFrozenFrom: p.accountFrozenFrom,
    accountFrozenThrough: p.accountFrozenThrough,
    freezeStatus: p.freezeStatus,
    restrictedFrom: p.restrictedFrom,
    restrictedThrough: p.restrictedThrough,
    cappedByRetirement: p.cappedByRetirement,
    restrictionYears: p.restrictionYears,
    retirementCapDate: p.retirementCapDate,
    retirementCapCheck: p.retirementCapCheck,
    basis: p.basis,
  };
}

// ── restrictionStatus ───────────────────────────────────────────────────────────────────

/** Where a case stands on `asOf`: what the depositor may do, and until when. */
export interface RestrictionStatus {
  asOf: IsoDate;
  /** `false` when `asOf` is before `determinedOn` (nothing applies yet). */
  determined: boolean;
  /** Whether the personal account is frozen on `asOf` (第十一条, 第十二条（四）, R-PF-17). */
  accountFrozen: boolean;
  /** Whether `asOf` lies in the restriction period (on or after the determination). */
  restricted: boolean;
  /** Whether a withdrawal (公积金提取) may be handled on `asOf`: not while frozen or restricted. */
  withdrawalAllowed: boolean;
  /** Whether a loan (公积金贷款) may be granted on `asOf`: not while frozen or restricted; see `loanCeilingMayBeReduced`. */
  loanAllowed: boolean;
  /** 第十二条（五）: a 严重失信 depositor's loan ceiling may be lowered on a new application (within 第十七条's limit). */
  loanCeilingMayBeReduced: boolean;
  /** The restriction as known on `asOf` (a clearing after `asOf` has not happened yet: `pending-clearance`). */
  status: RestrictionStatusCode;
  /** Where the case stands on `asOf`. */
  phase: RestrictionPhase;
  /** Until when withdrawals and loans stay blocked: `date` (through `blockedThrough`), `clearance-then-period`, or `not-blocked`. */
  blockedUntil: BlockedUntil;
  /** The last blocked day; set only when `blockedUntil` is `date`. */
  blockedThrough: IsoDate | null;
  /** As in {@link RestrictionPeriod}, as known on `asOf`. */
  restrictedFrom: IsoDate | null;
  restrictedThrough: IsoDate | null;
  freezeStatus: FreezeStatusCode;
  accountFrozenFrom: IsoDate | null;
  accountFrozenThrough: IsoDate | null;
  cappedByRetirement: boolean;
  retirementCapDate: IsoDate | null;
  retirementCapCheck: RetirementCapCheck;
  basis: Citation[];
}

/**
 * Where a case stands on `asOf` — frozen? restricted? may the depositor withdraw? borrow? until
 * when? — with the articles (第十一条, 第十二条（四）（五）, 第十七条; R-PF-16, R-PF-17, R-PF-20). It is
 * {@link computeRestrictionPeriod} read on one day: `restricted` is true exactly on the days of a
 * `fixed` period from the determination on; the account is frozen from the determination through
 * the restriction's last day, or, funds not yet cleared, until the clearing (and no later than
 * the day before the statutory retirement date when `person` is given). A `fundsClearedOn` after
 * `asOf` has not happened on `asOf`. An objection or appeal does not suspend the measures
 * (第十四条第三款); 第九条（一）'s 暂缓办理 before a determination is the branch's own decision and not
 * covered here.
 *
 * Pure and cheap: call it at every withdrawal or loan application.
 *
 * @example
 * restrictionStatus({ level: 'serious', determinedOn: '2024-05-20', asOf: '2026-12-01' })
 * // { accountFrozen: true, restricted: true, withdrawalAllowed: false, loanAllowed: false, status: 'fixed', blockedThrough: '2029-05-20', ... }
 * restrictionStatus({ level: 'serious', determinedOn: '2024-05-20', asOf: '2029-05-21' }).loanAllowed // true
 * @throws PolicyInputError for malformed input or contradictory facts; PolicyNotInForceError for a
 *   `determinedOn` before 2024-04-01
 */
export function restrictionStatus(input: RestrictionStatusInput): RestrictionStatus {
  const f = readRestrictionInput(input, true);
  assertInForce(DOCUMENT, f.determinedOn, '确定违规行为发生之日');
  const asOf = f.asOf!;
  const asOfP = f.asOfP;
  // A clearing after asOf has not happened on asOf; funds stay involved.
  const p =
    f.clearedP <= asOfP
      ? planRestriction(f)
      : planRestriction({
          level: f.level, determinedOn: f.determinedOn, involvesFunds: true, fundsClearedOn: undefined, litigation: f.litigation,
          person: f.person, asOf, determinedP: f.determinedP, clearedP: 0, birthP: f.birthP, asOfP,
        });
  const determined = asOfP >= f.determinedP;
  const cap = p.retirementCapDate;
  const beforeCap = cap === null || asOfP <= p.capP;
  const frozen = determined && (p.freezeStatus === 'fixed' ? asOfP <= p.frozenThroughP : p.freezeStatus === 'until-clearance' && beforeCap);
  const restricted = determined && p.status === 'fixed' && asOfP >= p.fromP && asOfP <= p.throughP;
  const blocked = frozen || restricted;
  let phase: RestrictionPhase;
  if (!determined) phase = 'not-yet-determined';
  else if (p.status === 'none' || p.status === 'reminder-only' || p.status === 'discretionary') phase = 'no-freeze-or-restriction';
  else if (restricted) phase = 'frozen-and-restricted';
  else if (frozen) phase = 'frozen-pending-clearance';
  else phase = !beforeCap && (p.cappedByRetirement || p.status !== 'fixed') ? 'ended-at-retirement' : 'ended';
  const blockedUntil: BlockedUntil = !blocked ? 'not-blocked' : restricted ? 'date' : 'clearance-then-period';
  const ceiling = determined && f.level === 'severe' && beforeCap;
  const basis = p.basis; // a fresh array of the plan's
  basis.push(R20);
  if (ceiling) basis.push(C12_5);
  return {
    asOf,
    determined,
    accountFrozen: frozen,
    restricted,
    withdrawalAllowed: !blocked,
    loanAllowed: !blocked,
    loanCeilingMayBeReduced: ceiling,
    status: p.status,
    phase,
    blockedUntil,
    blockedThrough: restricted ? p.restrictedThrough : null,
    restrictedFrom: p.restrictedFrom,
    restrictedThrough: p.restrictedThrough,
    freezeStatus: p.freezeStatus,
    accountFrozenFrom: p.accountFrozenFrom,
    accountFrozenThrough: p.accountFrozenThrough,
    cappedByRetirement: p.cappedByRetirement,
    retirementCapDate: cap,
    retirementCapCheck: p.retirementCapCheck,
    basis,
  };
}
