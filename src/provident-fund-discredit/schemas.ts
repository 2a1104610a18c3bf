/**
 * Input schemas of 伊州公积金管办〔2024〕2号's decisions, with the Chinese names of their fields.
 * Types are inferred from the schemas.
 */
import * as z from 'zod/mini';
import { retirementInputSchema } from '../core/retirement.js';
import { crossFieldCheck, isoDateSchema, nonNegativeIntSchema, parseInput } from '../core/validation.js';
import { SNAPSHOT_LIMITS, snapshot, snapshotListed } from '../core/snapshot.js';
import { datePacked, packDate } from './day-arithmetic.js';

/** Chinese names of every field, for error messages (never the values). */
export const PF_FIELD_LABELS = /* @__PURE__ */ deepFreeze({
  consecutiveOverduePeriods: '连续拖欠期数',
  withoutCause: '是否无故拖欠',
  conduct: '失信情形',
  business: '业务类型',
  discoveredAt: '发现时点',
  severity: '情节',
  level: '失信等级',
  determinedOn: '确定违规行为发生之日',
  involvesFunds: '是否涉及违规资金',
  fundsClearedOn: '所涉资金清缴之日',
  litigation: '是否经法律诉讼追回资金',
  person: '失信人员',
  'person.birthDate': '出生日期',
  'person.sex': '性别',
  'person.originalRetirementAge': '原法定退休年龄',
  supervisionTarget: '是否属于纪委监察对象',
  noticeReceivedOn: '收到书面告知书之日',
  objectionFiledOn: '提出书面复议之日',
  appealFiledOn: '提出申诉申请之日',
  appealAcceptedOn: '申诉受理之日',
  reviewResultOn: '书面告知复议结果之日',
  asOf: '查询之日',
  applicantName: '复议人姓名（名称）',
  address: '地址',
  contact: '联系方式',
  determiningOffice: '认定部门（分支机构）名称',
  request: '复议请求',
  factsAndReasons: '主要事实和理由',
  evidenceAttached: '是否提交相关证明材料',
  filedOn: '提出复议时间',
  otherRequiredMaterials: '法律、法规、规章规定的其他材料',
  name: '材料名称',
  provided: '是否已提交',
  completed: '已完成的程序步骤',
  involvesBusiness: '是否涉及提取或贷款业务办理',
  verificationStartedOn: '核查开始之日',
  complex: '情况是否复杂',
  verificationFinding: '核查结论',
  defenceEstablished: '当事人陈述申辩是否成立',
  decisionReceivedOn: '当事人收到书面告知书之日',
  stage: '异议处理阶段',
} as const);

/** 失信等级: none (not a 失信行为), 一般, 较重, 严重. */
export const discreditLevelSchema = /* @__PURE__ */ z.enum(['none', 'general', 'serious', 'severe']);

/** `gradeArrears`' input (第六条（一）, 第七条（一）, 第八条（三）). */
export const gradeArrearsInputSchema = /* @__PURE__ */ z.strictObject({
  consecutiveOverduePeriods: nonNegativeIntSchema,
  withoutCause: z.optional(z.boolean()),
});

/** `gradeArrears`' input, as a type. */
export type { GradeArrearsInput } from './inputs.js';

const businessSchema = /* @__PURE__ */ z.enum(['withdrawal', 'loan']);

/** `classifyDiscredit`'s input: one circumstance of 第四条 to 第八条. */
export const classifyDiscreditInputSchema = /* @__PURE__ */ z.discriminatedUnion('conduct', [
  z.strictObject({
    conduct: z.literal('falsified-material'),
    business: businessSchema,
    discoveredAt: z.optional(z.enum(['application', 'after-completion'])),
  }),
  z.strictObject({ conduct: z.literal('non-housing-withdrawal-via-agent') }),
  z.strictObject({
    conduct: z.literal('loan-arrears'),
    consecutiveOverduePeriods: nonNegativeIntSchema,
    withoutCause: z.optional(z.boolean()),
  }),
  z.strictObject({
    conduct: z.literal('other'),
    business: businessSchema,
    severity: z.enum(['minor', 'serious', 'severe']),
  }),
]);

/** `classifyDiscredit`'s input, as a type. */
export type { ClassifyDiscreditInput } from './inputs.js';

/** `sanctionsFor`'s input (第十条 to 第十二条). */
export const sanctionsInputSchema = /* @__PURE__ */ z.strictObject({
  level: discreditLevelSchema,
  supervisionTarget: z.optional(z.boolean()),
  litigation: z.optional(z.boolean()),
});

/** `sanctionsFor`'s input, as a type. */
export type { SanctionsInput } from './inputs.js';

/** The fields of `computeRestrictionPeriod`'s input (第十一条, 第十二条（四）, 第十七条). */
const restrictionPeriodShape = {
  level: discreditLevelSchema,
  determinedOn: isoDateSchema,
  involvesFunds: z.optional(z.boolean()),
  fundsClearedOn: z.optional(isoDateSchema),
  litigation: z.optional(z.boolean()),
  person: z.optional(retirementInputSchema),
};

/**
 * The contradictions the restriction rules reject (R-PF-7): a clearing date with funds declared
 * not involved; a lawsuit to recover funds (第十二条（四）, and for 较重 the same facts, R-PF-7)
 * with funds declared not involved. A clearing date before the determination is not one of them
 * (第九条（三）督促整改 comes before the result is served: R-PF-16).
 */
function checkRestrictionFacts(
  v: { level: string; involvesFunds?: boolean | undefined; fundsClearedOn?: string | undefined; litigation?: boolean | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  if (v.involvesFunds === false && v.fundsClearedOn !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['involvesFunds'], message: '填写了所涉资金清缴之日，却声明不涉及违规资金，二者矛盾' });
  }
  if (v.involvesFunds === false && v.litigation === true && (v.level === 'severe' || v.level === 'serious')) {
    ctx.addIssue({ code: 'custom', path: ['involvesFunds'], message: '法律诉讼追回资金（第十二条（四））以涉及违规资金为前提，不能同时声明不涉及违规资金' });
  }
}

/** `computeRestrictionPeriod`'s input (第十一条, 第十二条（四）, 第十七条). */
export const restrictionPeriodInputSchema = /* @__PURE__ */ z.strictObject(restrictionPeriodShape).check(crossFieldCheck(checkRestrictionFacts));

/** `computeRestrictionPeriod`'s input, as a type. */
export type { RestrictionPeriodInput } from './inputs.js';
import type { RestrictionPeriodInput } from './inputs.js';
import { deepFreeze } from '../core/frozen.js';

/** `restrictionStatus`' input: the case (as for `computeRestrictionPeriod`) and the day asked about. */
export const restrictionStatusInputSchema = /* @__PURE__ */ z
  .strictObject({ ...restrictionPeriodShape, asOf: isoDateSchema })
  .check(crossFieldCheck(checkRestrictionFacts));

/** `restrictionStatus`' input, as a type. */
export type { RestrictionStatusInput } from './inputs.js';

/**
 * A snapshot of a restriction case, read once from the caller's object (R-PF-20: decided from the
 * snapshot), its dates also packed as `yyyymmdd` (0 when absent) for comparisons.
 */
export interface RestrictionFacts {
  level: 'none' | 'general' | 'serious' | 'severe';
  determinedOn: string;
  involvesFunds: boolean | undefined;
  fundsClearedOn: string | undefined;
  litigation: boolean | undefined;
  person: { birthDate: string; sex: 'male' | 'female'; originalRetirementAge: 60 | 55 | 50 } | undefined;
  asOf: string | undefined;
  determinedP: number;
  clearedP: number;
  birthP: number;
  asOfP: number;
}

/**
 * Reads a restriction case (`computeRestrictionPeriod`, or `restrictionStatus` with `withAsOf`)
 * from the caller's object in one pass — its own enumerable keys listed once (one `for…in`,
 * inherited keys skipped), each value read once, as {@link snapshot} would (R-PF-20: decided from
 * what was read) — and returns the facts when the fast checks accept them, without first copying
 * the object: `restrictionStatus` runs on every withdrawal and loan application. Anything the
 * checks do not accept is handed to zod as the snapshot made from the keys and values already
 * read (`snapshotListed`: nothing is listed or read twice, and no more than a snapshot reads), so
 * zod decides and writes the error. Tests check the two paths against each other and count the
 * reads (test/provident-fund-discredit/restriction-reader.test.ts).
 */
export function readRestrictionInput(input: unknown, withAsOf: boolean): RestrictionFacts {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return parseRestriction(snapshot(input), withAsOf);
  let level: unknown, determinedOn: unknown, involvesFunds: unknown, fundsClearedOn: unknown, litigation: unknown, person: unknown, asOf: unknown;
  // The fields read, in their order, three bits each (FIELD_ORDER); from the first key that is not
  // one of them on, every own key and its value is kept for the snapshot zod will see.
  let order = 0;
  let fields = 0;
  let restKeys: string[] | null = null;
  let restValues: unknown[] | null = null;
  // for-in lists the keys once; inherited ones are skipped, as by Object.keys.
  for (const k in input) {
    if (!hasOwn.call(input, k)) continue;
    if (restKeys !== null) {
      if (fields + restKeys.length > SNAPSHOT_LIMITS.keys) break;
      restKeys.push(k);
      restValues!.push((input as Record<string, unknown>)[k]);
      continue;
    }
    const v = (input as Record<string, unknown>)[k];
    let code: number;
    if (k === 'level') { level = v; code = 1; }
    else if (k === 'determinedOn') { determinedOn = v; code = 2; }
    else if (k === 'asOf' && withAsOf) { asOf = v; code = 7; }
    else if (k === 'fundsClearedOn') { fundsClearedOn = v; code = 4; }
    else if (k === 'involvesFunds') { involvesFunds = v; code = 3; }
    else if (k === 'litigation') { litigation = v; code = 5; }
    else if (k === 'person') { person = v; code = 6; }
    else {
      restKeys = [k];
      restValues = [v];
      continue;
    }
    order = order * 8 + code;
    fields++;
  }
  const determinedP = datePacked(determinedOn);
  const clearedP = fundsClearedOn === undefined ? 0 : datePacked(fundsClearedOn);
  const asOfP = withAsOf ? datePacked(asOf) : 0;
  let fast =
    restKeys === null &&
    (level === 'serious' || level === 'severe' || level === 'general' || level === 'none') &&
    determinedP >= 0 && clearedP >= 0 && asOfP >= 0 &&
    (involvesFunds === undefined || involvesFunds === true || involvesFunds === false) &&
    (litigation === undefined || litigation === true || litigation === false) &&
    !(involvesFunds === false && (fundsClearedOn !== undefined || (litigation === true && (level === 'severe' || level === 'serious'))));
  let p: RestrictionFacts['person'];
  let birthP = 0;
  // 第十七条's person, read last: once its contents are read, a refusal hands zod their snapshot.
  if (fast && person !== undefined) {
    if (typeof person !== 'object' || person === null || Array.isArray(person)) fast = false;
    else {
      const po: object = person;
      let birthDate: unknown, sex: unknown, age: unknown;
      let pOrder = 0;
      let pRestKeys: string[] | null = null;
      let pRestValues: unknown[] | null = null;
      let pFields = 0;
      for (const k in po) {
        if (!hasOwn.call(po, k)) continue;
        if (pRestKeys !== null) {
          if (pFields + pRestKeys.length > SNAPSHOT_LIMITS.keys) break;
          pRestKeys.push(k);
          pRestValues!.push((po as Record<string, unknown>)[k]);
          continue;
        }
        const v = (po as Record<string, unknown>)[k];
        if (k === 'birthDate') { birthDate = v; pOrder = pOrder * 4 + 1; }
        else if (k === 'sex') { sex = v; pOrder = pOrder * 4 + 2; }
        else if (k === 'originalRetirementAge') { age = v; pOrder = pOrder * 4 + 3; }
        else {
          pRestKeys = [k];
          pRestValues = [v];
          continue;
        }
        pFields++;
      }
      birthP = datePacked(birthDate);
      if (pRestKeys === null && birthP >= 0 && (sex === 'male' ? age === 60 : sex === 'female' && (age === 55 || age === 50))) {
        p = { birthDate: birthDate as string, sex: sex as 'male' | 'female', originalRetirementAge: age as 60 | 55 | 50 };
      } else {
        fast = false;
        const keys: string[] = [], values: unknown[] = [];
        for (let o = pOrder, i = pFields - 1; i >= 0; i--, o = Math.floor(o / 4)) {
          const code = o % 4;
          keys[i] = PERSON_FIELD_ORDER[code]!;
          values[i] = code === 1 ? birthDate : code === 2 ? sex : age;
        }
        person = snapshotListed(po, pRestKeys === null ? keys : keys.concat(pRestKeys), pRestValues === null ? values : values.concat(pRestValues), 1);
      }
    }
  }
  if (!fast) {
    // A branded object (a calendar) is copied here, not kept as snapshot() keeps it: its keys were
    // read already, and zod refuses the copy as it refuses the calendar.
    const keys: string[] = [], values: unknown[] = [];
    for (let o = order, i = fields - 1; i >= 0; i--, o = Math.floor(o / 8)) {
      const code = o % 8;
      keys[i] = FIELD_ORDER[code]!;
      values[i] = code === 1 ? level : code === 2 ? determinedOn : code === 3 ? involvesFunds : code === 4 ? fundsClearedOn
        : code === 5 ? litigation : code === 6 ? person : asOf;
    }
    return parseRestriction(
      snapshotListed(input, restKeys === null ? keys : keys.concat(restKeys), restValues === null ? values : values.concat(restValues), 0),
      withAsOf,
    );
  }
  return {
    level: level as RestrictionFacts['level'],
    determinedOn: determinedOn as string,
    involvesFunds: involvesFunds as boolean | undefined,
    fundsClearedOn: fundsClearedOn as string | undefined,
    litigation: litigation as boolean | undefined,
    person: p,
    asOf: asOf as string | undefined,
    determinedP,
    clearedP,
    birthP,
    asOfP,
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The fields of a case by the three-bit code {@link readRestrictionInput} records their order with. */
const FIELD_ORDER = /* @__PURE__ */ Object.freeze(['', 'level', 'determinedOn', 'involvesFunds', 'fundsClearedOn', 'litigation', 'person', 'asOf'] as const);

/** The same for a person (two bits). */
const PERSON_FIELD_ORDER = /* @__PURE__ */ Object.freeze(['', 'birthDate', 'sex', 'originalRetirementAge'] as const);

/** The slow path: zod decides on the snapshot and writes the error. */
function parseRestriction(copy: unknown, withAsOf: boolean): RestrictionFacts {
  return withAsOf
    ? factsOfParsed(parseInput(restrictionStatusInputSchema, copy, { labels: PF_FIELD_LABELS }))
    : factsOfParsed(parseInput(restrictionPeriodInputSchema, copy, { labels: PF_FIELD_LABELS }));
}

/** The snapshot of an input zod has parsed (the slow path). */
export function factsOfParsed(p: RestrictionPeriodInput & { asOf?: string }): RestrictionFacts {
  const person = p.person as RestrictionFacts['person'];
  return {
    level: p.level,
    determinedOn: p.determinedOn,
    involvesFunds: p.involvesFunds,
    fundsClearedOn: p.fundsClearedOn,
    litigation: p.litigation,
    person: person === undefined ? undefined : { birthDate: person.birthDate, sex: person.sex, originalRetirementAge: person.originalRetirementAge },
    asOf: p.asOf,
    determinedP: packDate(p.determinedOn),
    clearedP: p.fundsClearedOn === undefined ? 0 : packDate(p.fundsClearedOn),
    birthP: person === undefined ? 0 : packDate(person.birthDate),
    asOfP: p.asOf === undefined ? 0 : packDate(p.asOf),
  };
}

/** `computeObjectionDeadlines`' input (第十三条, 第十四条). */
export const objectionDeadlinesInputSchema = /* @__PURE__ */ z
  .strictObject({
    noticeReceivedOn: isoDateSchema,
    objectionFiledOn: z.optional(isoDateSchema),
    appealFiledOn: z.optional(isoDateSchema),
    appealAcceptedOn: z.optional(isoDateSchema),
    reviewResultOn: z.optional(isoDateSchema),
  })
  .check(crossFieldCheck((v, ctx) => {
    if (v.reviewResultOn !== undefined) {
      if (v.objectionFiledOn === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reviewResultOn'], message: '书面告知复议结果须以提出书面复议为前提，请同时填写提出书面复议之日（objectionFiledOn）' });
      } else if (v.reviewResultOn < v.objectionFiledOn) {
        ctx.addIssue({ code: 'custom', path: ['reviewResultOn'], message: '书面告知复议结果之日不能早于提出书面复议之日' });
      }
    }
    if (v.objectionFiledOn !== undefined && v.objectionFiledOn < v.noticeReceivedOn) {
      ctx.addIssue({ code: 'custom', path: ['objectionFiledOn'], message: '提出书面复议之日不能早于收到书面告知书之日' });
    }
    const appealFloor = v.objectionFiledOn ?? v.noticeReceivedOn;
    if (v.appealFiledOn !== undefined && v.appealFiledOn < appealFloor) {
      ctx.addIssue({ code: 'custom', path: ['appealFiledOn'], message: '提出申诉申请之日不能早于收到书面告知书之日或提出书面复议之日' });
    }
    const acceptFloor = v.appealFiledOn ?? appealFloor;
    if (v.appealAcceptedOn !== undefined && v.appealAcceptedOn < acceptFloor) {
      ctx.addIssue({ code: 'custom', path: ['appealAcceptedOn'], message: '申诉受理之日不能早于提出申诉申请之日' });
    }
  }));

/** `computeObjectionDeadlines`' input, as a type. */
export type { ObjectionDeadlinesInput } from './inputs.js';

/** The maxima of a written objection's fields (characters; items of otherRequiredMaterials). */
export const WRITTEN_OBJECTION_LIMITS = /* @__PURE__ */ Object.freeze({ text: 500, longText: 20000, materials: 50 });

/** `validateWrittenObjection`'s input: what the written objection contains (第十三条第二款). */
export const writtenObjectionInputSchema = /* @__PURE__ */ z.strictObject({
  applicantName: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.text))),
  address: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.text))),
  contact: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.text))),
  determiningOffice: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.text))),
  request: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.longText))),
  factsAndReasons: z.optional(z.string().check(z.maxLength(WRITTEN_OBJECTION_LIMITS.longText))),
  evidenceAttached: z.optional(z.boolean()),
  filedOn: z.optional(isoDateSchema),
  otherRequiredMaterials: z.optional(
    z
      .array(z.strictObject({ name: z.string().check(z.trim(), z.minLength(1), z.maxLength(WRITTEN_OBJECTION_LIMITS.text)), provided: z.boolean() }))
      .check(z.maxLength(WRITTEN_OBJECTION_LIMITS.materials)),
  ),
});

/** `validateWrittenObjection`'s input, as a type. */
export type { WrittenObjectionInput } from './inputs.js';

/** The steps of 第九条, in order. */
export const DETERMINATION_STEPS = /* @__PURE__ */ deepFreeze([
  'information-gathering',
  'verification',
  'credit-interview',
  'prior-notice-and-hearing',
  'written-decision',
] as const);

/** One step of 第九条. */
export type DeterminationStep = (typeof DETERMINATION_STEPS)[number];

/** `nextDeterminationStep`'s input: where the case stands (第九条). */
export const determinationStateInputSchema = /* @__PURE__ */ z
  .strictObject({
    completed: z.enum(['none', ...DETERMINATION_STEPS]),
    involvesBusiness: z.optional(z.boolean()),
    verificationStartedOn: z.optional(isoDateSchema),
    complex: z.optional(z.boolean()),
    verificationFinding: z.optional(z.enum(['confirmed', 'unfounded'])),
    defenceEstablished: z.optional(z.boolean()),
    decisionReceivedOn: z.optional(isoDateSchema),
  })
  .check(crossFieldCheck((v, ctx) => {
    if (v.completed === 'verification' && v.verificationFinding === undefined) {
      ctx.addIssue({ code: 'custom', path: ['verificationFinding'], message: '调查核实完成后须给出核查结论（confirmed 或 unfounded）' });
    }
    const after = ['credit-interview', 'prior-notice-and-hearing', 'written-decision'];
    if (v.verificationFinding === 'unfounded' && after.includes(v.completed)) {
      ctx.addIssue({ code: 'custom', path: ['verificationFinding'], message: '核查结论为不属实的案件不应进入诚信约谈及其后的步骤' });
    }
  }));

/** `nextDeterminationStep`'s input, as a type. */
export type { DeterminationStateInput } from './inputs.js';

/** `measuresDuringObjection`'s input (第十四条). */
export const objectionStageInputSchema = /* @__PURE__ */ z.strictObject({
  stage: z.enum(['objection-pending', 'appeal-pending', 'upheld', 'corrected']),
});

/** `measuresDuringObjection`'s input, as a type. */
export type { ObjectionStageInput } from './inputs.js';
