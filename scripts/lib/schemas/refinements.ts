/**
 * The modules' refinements (zod `.refine` / `.superRefine`, and the few checks a function makes
 * after parsing) that JSON Schema CAN express, as JSON Schema keywords. `z.toJSONSchema` drops
 * refinements; the generator merges these into the node of the zod schema they belong to
 * (matched by identity, so they stay attached to the modules' own schemas). Each entry states
 * the rule it expresses. What JSON Schema cannot express (comparing two dates of the input,
 * comparing two amounts, the decimals of a JSON number) stays out, and the rows that test it
 * are listed in test/meta/schemas.test.ts.
 *
 * The test checks every entry against the test vectors: the rows that must pass still pass,
 * and the rows that must fail are rejected.
 */
import type * as z from 'zod';
import { retirementInputSchema } from '../../../src/core/retirement.js';
import { MONEY_PATTERN, moneySchema } from '../../../src/core/money.js';
import { RATE_PATTERN, amountInputSchema, caseStatusInputSchema, noticeInputSchema } from '../../../src/safety-report-reward/schemas.js';
import { FIRE_DEPARTMENTS, ILI_COUNTIES, planHazardHandlingSchema, routeFireViolationsSchema, townshipBrigadeSchema } from '../../../src/township-fire/schemas.js';
import { FIRE_TRANSFER_LIST } from '../../../src/township-fire/transfer.js';
import { PLAN_TASK_IDS } from '../../../src/business-environment-plan/tasks.js';
import { completedRefSchema, isCompletedRef, unitSchema } from '../../../src/business-environment-plan/schemas.js';
import { opinionTaskRefSchema } from '../../../src/business-environment-opinions/schemas.js';
import { collectionModeInputSchema, otherProvisionSchema, refundInputSchema } from '../../../src/non-tax-revenue/schemas.js';
import { OPINION_TASKS } from '../../../src/business-environment-opinions/tasks.js';
import {
  determinationStateInputSchema,
  objectionDeadlinesInputSchema,
  restrictionPeriodInputSchema,
  restrictionStatusInputSchema,
  writtenObjectionInputSchema,
} from '../../../src/provident-fund-discredit/schemas.js';

type Json = Record<string, unknown>;

/** How a refinement is written in JSON Schema: `replace` the generated node, or `merge` keywords into it. */
export interface JsonRefinement {
  /** The rule, as the module states it. */
  rule: string;
  mode: 'replace' | 'merge';
  json: Json;
}

/**
 * Money input (src/core/money.ts MONEY_PATTERN): a decimal string without sign, exponent or
 * separators, at most two decimals. Taken from the core itself, so it cannot drift.
 */
export const MONEY_INPUT_PATTERN = MONEY_PATTERN.source;
/** A ratio between 0 and 1 with at most four decimals (src/safety-report-reward/schemas.ts RATE_PATTERN). */
export const RATE_INPUT_PATTERN = RATE_PATTERN.source;

const ifThen = (cond: Json, then: Json, otherwise?: Json): Json => ({ if: cond, then, ...(otherwise ? { else: otherwise } : {}) });
const is = (field: string, value: unknown): Json => ({ properties: { [field]: { const: value } }, required: [field] });

/**
 * A sub-schema of an exported schema, reached through the definitions both zod and zod/mini
 * share: a key of an object's shape, `element` of an array, an index of a union's options;
 * optional, nullable and default wrappers are looked through.
 */
function child(schema: z.core.$ZodType, ...steps: (string | number)[]): z.core.$ZodType {
  const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Record<string, unknown>;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    const def = defOf(s);
    return def.type === 'optional' || def.type === 'nullable' || def.type === 'default' ? unwrap(def.innerType as z.core.$ZodType) : s;
  };
  let cur = unwrap(schema);
  for (const step of steps) {
    const def = defOf(cur);
    const next =
      typeof step === 'number'
        ? (def.options as z.core.$ZodType[] | undefined)?.[step]
        : step === 'element'
          ? (def.element as z.core.$ZodType | undefined)
          : (def.shape as Record<string, z.core.$ZodType> | undefined)?.[step];
    if (next === undefined) throw new Error(`refinements: no ${String(step)} in a ${String(def.type)} schema`);
    cur = unwrap(next);
  }
  return cur;
}

/** The sub-schemas of exported schemas that carry a refinement. */
const rateSchema = /* @__PURE__ */ child(amountInputSchema, 'standard', 'fineRate');
const fineCaseSchema = /* @__PURE__ */ child(amountInputSchema, 'cases', 'element', 0);
const concealedCaseSchema = /* @__PURE__ */ child(amountInputSchema, 'cases', 'element', 1);
const taskIdStringSchema = /* @__PURE__ */ child(opinionTaskRefSchema, 1);
const materialNameSchema = /* @__PURE__ */ child(writtenObjectionInputSchema, 'otherRequiredMaterials', 'element', 'name');
const otherGroundSchema = /* @__PURE__ */ child(collectionModeInputSchema, 'otherGround');

/** Every completed-task reference the plan knows: `1.1`, `1.1#1`, … (isCompletedRef). */
function completedRefs(): string[] {
  const out: string[] = [];
  for (const id of PLAN_TASK_IDS) {
    if (isCompletedRef(id)) out.push(id);
    for (let n = 1; n <= 24 && isCompletedRef(`${id}#${n}`); n++) out.push(`${id}#${n}`);
    for (let n = 1; n <= 24 && isCompletedRef(`${id}#m${n}`); n++) out.push(`${id}#m${n}`);
  }
  return out;
}

/** The violations the annex sends to each department. */
function violationsOf(department: string): string[] {
  return FIRE_TRANSFER_LIST.filter((i) => (i.departments as readonly string[]).includes(department)).flatMap((i) => i.violations.map((v) => v.violation));
}

/** A pattern for `text`, whitespace allowed between its characters (the library compares names whitespace aside). */
const spaced = (text: string): string => [...text].join('\\s*');

/** A town name that begins (after an optional 伊犁州 prefix) with a county other than `county` (R-TF-8). */
function otherCountyPrefix(county: string): string {
  const prefecture = ['伊犁哈萨克自治州', '伊犁州直', '伊犁州'].map(spaced).join('|');
  const others = ILI_COUNTIES.filter((c) => c !== county).map(spaced).join('|');
  return `^\\s*(?:${prefecture})?\\s*(?:${others})`;
}

/** The refinements, keyed by the zod schema (node) they refine. */
export const JSON_REFINEMENTS: ReadonlyMap<z.core.$ZodType, JsonRefinement> = /* @__PURE__ */ new Map<z.core.$ZodType, JsonRefinement>([
  [
    moneySchema,
    {
      rule: '金额：不带符号的十进制数，至多两位小数（字符串如 "1234.50"；数字的小数位数 JSON Schema 无法限定）',
      mode: 'replace',
      json: {
        anyOf: [
          { type: 'string', pattern: MONEY_INPUT_PATTERN },
          { type: 'number', minimum: 0, exclusiveMaximum: 1e16 },
        ],
        description: '金额：不带符号的十进制字符串，至多两位小数（如 "1234.50"），或至多两位小数的非负数字',
      },
    },
  ],
  [
    rateSchema,
    {
      rule: '比例：0 到 1 之间，至多四位小数（如 "0.15"）',
      mode: 'replace',
      json: {
        anyOf: [
          { type: 'string', pattern: RATE_INPUT_PATTERN },
          { type: 'number', minimum: 0, maximum: 1 },
        ],
        description: '比例：0 到 1 之间、至多四位小数（如 "0.15"）',
      },
    },
  ],
  [
    retirementInputSchema,
    {
      rule: '男职工的原法定退休年龄为60周岁，女职工为55或50周岁',
      mode: 'merge',
      json: ifThen(is('sex', 'male'), { properties: { originalRetirementAge: { const: 60 } } }, { properties: { originalRetirementAge: { enum: [55, 50] } } }),
    },
  ],
  [
    fineCaseSchema,
    {
      rule: 'consistentFine 在且仅在部分一致（consistency: "partial"）时填写（第十条（四））',
      mode: 'merge',
      json: ifThen(is('consistency', 'partial'), { required: ['consistentFine'] }, { properties: { consistentFine: false } }),
    },
  ],
  [
    concealedCaseSchema,
    {
      rule: 'consistentDeaths 在且仅在部分一致（consistency: "partial"）时填写（第十条（四），R-SRR-11）',
      mode: 'merge',
      json: ifThen(is('consistency', 'partial'), { required: ['consistentDeaths'] }, { properties: { consistentDeaths: false } }),
    },
  ],
  [
    caseStatusInputSchema,
    {
      rule: '各步骤的日期须先有其前提（告知须先作出处理，决定须先申领，通知须先决定，领取与说明理由须先接到通知）；匿名举报没有答复、告知、申领、决定、通知、领取（第六条、第八条第二款）',
      mode: 'merge',
      json: {
        dependentRequired: {
          eligibilityNotifiedOn: ['handledOn'],
          decidedOn: ['appliedOn'],
          notifiedOn: ['decidedOn'],
          claimedOn: ['notifiedOn'],
          claimReasonGiven: ['notifiedOn'],
        },
        allOf: [
          ifThen(is('kind', 'anonymous'), {
            properties: Object.fromEntries(
              ['repliedOn', 'eligibilityNotifiedOn', 'appliedOn', 'decidedOn', 'notifiedOn', 'claimedOn', 'claimReasonGiven'].map((k) => [k, false]),
            ),
          }),
        ],
      },
    },
  ],
  [
    noticeInputSchema,
    {
      rule: '按告知方式填写且只填写对应的日期：written → postmarkedOn，phone → calledOn，announcement → announcedOn',
      mode: 'merge',
      json: {
        allOf: (
          [
            ['written', 'postmarkedOn'],
            ['phone', 'calledOn'],
            ['announcement', 'announcedOn'],
          ] as const
        ).map(([method, field]) =>
          ifThen(is('method', method), {
            required: [field],
            properties: Object.fromEntries(['postmarkedOn', 'calledOn', 'announcedOn'].filter((f) => f !== field).map((f) => [f, false])),
          }),
        ),
      },
    },
  ],
  [
    routeFireViolationsSchema,
    {
      rule: 'otherDepartments 仅当 violations 含有 other 时填写；mainDepartment 应为本案涉及的移送部门之一（附件 末段）',
      mode: 'merge',
      json: {
        dependentSchemas: { otherDepartments: { properties: { violations: { type: 'array', contains: { const: 'other' } } } } },
        allOf: FIRE_DEPARTMENTS.map((d) =>
          ifThen(is('mainDepartment', d), {
            anyOf: [
              { properties: { violations: { type: 'array', contains: { enum: violationsOf(d) } } } },
              { properties: { otherDepartments: { type: 'array', contains: { const: d } } }, required: ['otherDepartments'] },
            ],
          }),
        ),
      },
    },
  ],
  [
    planHazardHandlingSchema,
    {
      rule:
        '劝阻、制止无效（status: "refused"）时须填写 withinTownshipPowers；mainDepartment 仅在移送时（refused 且 withinTownshipPowers: false）填写，且应为本案涉及的部门之一；otherDepartments 仅当 violation 为 other 且 refused 时填写（附件 末段）',
      mode: 'merge',
      json: {
        allOf: [
          ifThen(is('status', 'refused'), { required: ['withinTownshipPowers'] }),
          ...FIRE_DEPARTMENTS.map((d) =>
            ifThen(is('mainDepartment', d), {
              anyOf: [
                { properties: { violation: { enum: violationsOf(d) } } },
                { properties: { otherDepartments: { type: 'array', contains: { const: d } } }, required: ['otherDepartments'] },
              ],
            }),
          ),
        ],
        dependentSchemas: {
          mainDepartment: { properties: { status: { const: 'refused' }, withinTownshipPowers: { const: false } }, required: ['status', 'withinTownshipPowers'] },
          otherDepartments: { properties: { violation: { const: 'other' }, status: { const: 'refused' } }, required: ['violation', 'status'] },
        },
      },
    },
  ],
  [
    townshipBrigadeSchema,
    {
      rule: '乡镇名称开头所写的县市（如“伊宁市潘津镇”）须与 county 一致（R-TF-8）',
      mode: 'merge',
      json: { allOf: ILI_COUNTIES.map((c) => ifThen(is('county', c), { properties: { town: { not: { type: 'string', pattern: otherCountyPrefix(c) } } } })) },
    },
  ],
  [
    refundInputSchema,
    {
      rule: '填写应缴金额（amountDue）时须同时填写缴款金额（amountPaid）（R-NTR-16）',
      mode: 'merge',
      json: { dependentRequired: { amountDue: ['amountPaid'] } },
    },
  ],
  [
    otherProvisionSchema,
    {
      rule: '另有规定的文件应至少给出申请截止日（applicationDue）或上划完成日（transferDue）之一（第二十四条，R-NTR-17）',
      mode: 'merge',
      json: { anyOf: [{ required: ['applicationDue'] }, { required: ['transferDue'] }] },
    },
  ],
  [
    otherGroundSchema,
    {
      rule: '第九条“等”所含其他情形的说明去掉空白后不能为空（R-NTR-19）',
      mode: 'merge',
      json: { pattern: '\\S' },
    },
  ],
  [
    collectionModeInputSchema,
    {
      rule: '不需缴入国库的非税收入（boundForTreasury: false）不适用第九条，不能再填写就地缴库的情形（R-NTR-20）',
      mode: 'merge',
      json: ifThen(is('boundForTreasury', false), {
        properties: {
          noDesignatedCollectingUnit: { const: false },
          occasional: { const: false },
          hardToCollectThroughSystem: { const: false },
          otherGround: false,
        },
      }),
    },
  ],
  [
    completedRefSchema,
    {
      rule: '本方案的任务编号（如 1.1）、任务时段（如 1.1#2）或阶段节点（如 10.1#m1）',
      mode: 'merge',
      json: { enum: completedRefs() },
    },
  ],
  [
    unitSchema,
    {
      rule: '单位名称去掉首尾空白后不能为空',
      mode: 'merge',
      json: { pattern: '\\S' },
    },
  ],
  [
    taskIdStringSchema,
    {
      rule: '本意见的任务编号（三（一）1 … 三（六）18，突破口与序号相符）',
      mode: 'merge',
      json: { enum: OPINION_TASKS.map((t) => t.id) },
    },
  ],
  [
    materialNameSchema,
    {
      rule: '材料名称去掉首尾空白后不能为空',
      mode: 'merge',
      json: { pattern: '\\S' },
    },
  ],
  [
    determinationStateInputSchema,
    {
      rule: '调查核实完成后须给出核查结论；核查结论为不属实的案件不进入诚信约谈及其后的步骤（第九条）',
      mode: 'merge',
      json: {
        allOf: [
          ifThen(is('completed', 'verification'), { required: ['verificationFinding'] }),
          ifThen(is('verificationFinding', 'unfounded'), { properties: { completed: { enum: ['none', 'information-gathering', 'verification'] } } }),
        ],
      },
    },
  ],
  [
    restrictionPeriodInputSchema,
    {
      rule: '声明不涉及违规资金（involvesFunds: false）时，不能填写所涉资金清缴之日，也不能是经法律诉讼追回资金的较重或严重失信（第十一条、第十二条（四），R-PF-7）',
      mode: 'merge',
      json: ifThen(is('involvesFunds', false), {
        not: { anyOf: [{ required: ['fundsClearedOn'] }, { allOf: [is('litigation', true), { properties: { level: { enum: ['serious', 'severe'] } }, required: ['level'] }] }] },
      }),
    },
  ],
  [
    restrictionStatusInputSchema,
    {
      rule: '同 computeRestrictionPeriod：声明不涉及违规资金时，不能填写清缴之日，也不能是经法律诉讼追回资金的较重或严重失信（R-PF-7）',
      mode: 'merge',
      json: ifThen(is('involvesFunds', false), {
        not: { anyOf: [{ required: ['fundsClearedOn'] }, { allOf: [is('litigation', true), { properties: { level: { enum: ['serious', 'severe'] } }, required: ['level'] }] }] },
      }),
    },
  ],
  [
    objectionDeadlinesInputSchema,
    {
      rule: '填写书面告知复议结果之日（reviewResultOn）须同时填写提出书面复议之日（objectionFiledOn）（第十三条）',
      mode: 'merge',
      json: { dependentRequired: { reviewResultOn: ['objectionFiledOn'] } },
    },
  ],
]);

/**
 * A copy of a refinement's keywords in which every `required` names its fields in the same
 * schema object's `properties` (as `true` where nothing more is said), which strict Ajv asks
 * for (`strictRequired`): the condition `{ required: ['consistentFine'] }` becomes
 * `{ required: ['consistentFine'], properties: { consistentFine: true } }`, which means the same.
 */
function declareRequired(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(declareRequired);
  if (v === null || typeof v !== 'object') return v;
  const out: Json = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, declareRequired(x)]));
  if (Array.isArray(out.required)) {
    const props: Json = { ...((out.properties as Json | undefined) ?? {}) };
    for (const f of out.required as string[]) if (!(f in props)) props[f] = true;
    out.properties = props;
  }
  return out;
}

/** Merges a refinement into a generated JSON Schema node (in place). */
export function applyRefinement(node: Json, refinement: JsonRefinement): void {
  const json = declareRequired(refinement.json) as Json;
  if (refinement.mode === 'replace') {
    for (const k of Object.keys(node)) delete node[k];
    Object.assign(node, json);
    return;
  }
  for (const [k, v] of Object.entries(json)) {
    if (k === 'allOf' && Array.isArray(node.allOf)) node.allOf = [...(node.allOf as unknown[]), ...(v as unknown[])];
    else if (k in node && k !== 'enum') node.allOf = [...((node.allOf as unknown[]) ?? []), { [k]: v }];
    else node[k] = v;
  }
}
