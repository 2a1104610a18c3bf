/**
 * 第四条 to 第八条: which 失信行为 a case is (提取 or 贷款, 第四条) and its level (第五条):
 * 一般 (第六条), 较重 (第七条), 严重 (第八条).
 */
import type { Citation } from '../core/citations.js';
import { createParser, isPlainObject, parseInput } from '../core/validation.js';
import { cite } from './document.js';
import { pfReading, pfReadingText } from './readings.js';
import {
  PF_FIELD_LABELS as labels,
  classifyDiscreditInputSchema,
  gradeArrearsInputSchema,
  type ClassifyDiscreditInput,
  type GradeArrearsInput,
} from './schemas.js';

/** 失信等级 (第五条), plus `none` for a case that is not a 失信行为. */
export type DiscreditLevel = 'none' | 'general' | 'serious' | 'severe';

/** The Chinese name of each level (第五条), and of `none`. */
export const PROVIDENT_FUND_LEVEL_LABELS = /* @__PURE__ */ Object.freeze({
  none: '不列入失信行为',
  general: '一般失信行为',
  serious: '较重失信行为',
  severe: '严重失信行为',
} as const satisfies Record<DiscreditLevel, string>);

/** The labels of the levels, as a type. */
export type DiscreditLevelLabel = (typeof PROVIDENT_FUND_LEVEL_LABELS)[DiscreditLevel];

/** A level with its label and the articles it rests on. */
export interface ArrearsGrade {
  level: DiscreditLevel;
  label: DiscreditLevelLabel;
  basis: Citation[];
}

// Citations, built once.
const C4_1 = /* @__PURE__ */ cite('第四条', { item: 1 });
const C4_2 = /* @__PURE__ */ cite('第四条', { item: 2 });
const C4_2_ARREARS = /* @__PURE__ */ cite('第四条', { item: 2, excerpt: '包括贷款申请时及贷后管理中发生的失信行为', reading: pfReadingText('R-PF-13') });
const C5 = /* @__PURE__ */ cite('第五条');
const C6_1 = /* @__PURE__ */ cite('第六条', { item: 1 });
const C6_1_NONE = /* @__PURE__ */ cite('第六条', { item: 1, reading: pfReadingText('R-PF-2') });
const C6_2 = /* @__PURE__ */ cite('第六条', { item: 2, reading: pfReadingText('R-PF-12') });
const C7_1 = /* @__PURE__ */ cite('第七条', { item: 1, reading: pfReadingText('R-PF-1') });
const C7_2 = /* @__PURE__ */ cite('第七条', { item: 2, reading: pfReadingText('R-PF-12') });
const C8_1 = /* @__PURE__ */ cite('第八条', { item: 1 });
const C8_2 = /* @__PURE__ */ cite('第八条', { item: 2 });
const C8_3 = /* @__PURE__ */ cite('第八条', { item: 3, reading: pfReadingText('R-PF-1') });
const C8_4 = /* @__PURE__ */ cite('第八条', { item: 4, reading: pfReadingText('R-PF-12') });
const R2 = /* @__PURE__ */ pfReading('R-PF-2');

const L = PROVIDENT_FUND_LEVEL_LABELS;

/** Fast-path twin of {@link gradeArrearsInputSchema}: accepts only what the schema accepts. */
export function isGradeArrearsInputFast(v: unknown): v is GradeArrearsInput {
  if (!isPlainObject(v)) return false;
  for (const k in v) if (k !== 'consecutiveOverduePeriods' && k !== 'withoutCause') return false;
  const p = v.consecutiveOverduePeriods;
  const w = v.withoutCause;
  return typeof p === 'number' && Number.isSafeInteger(p) && p >= 0 && (w === undefined || typeof w === 'boolean');
}

const parseGradeArrears = /* @__PURE__ */ createParser(gradeArrearsInputSchema, { labels, fast: isGradeArrearsInputFast });

function grade(periods: number, withoutCause: boolean): ArrearsGrade {
  if (!withoutCause || periods === 0) return { level: 'none', label: L.none, basis: [C6_1_NONE, R2] };
  if (periods <= 2) return { level: 'general', label: L.general, basis: [C6_1] };
  if (periods < 6) return { level: 'serious', label: L.serious, basis: [C7_1] };
  return { level: 'severe', label: L.severe, basis: [C8_3] };
}

/**
 * Grades consecutive unjustified arrears of loan instalments (第六条（一）, 第七条（一）,
 * 第八条（三）): 0 → none; 1–2 → 一般; 3–5 → 较重; 6 and more → 严重 (6 is 严重: R-PF-1).
 * With `withoutCause: false` (a justified cause, so 无故 is not met) → none (R-PF-2).
 *
 * @example
 * gradeArrears({ consecutiveOverduePeriods: 3 })
 * // { level: 'serious', label: '较重失信行为', basis: [第七条第（一）项] }
 * gradeArrears({ consecutiveOverduePeriods: 7, withoutCause: false }).level // 'none'
 * @throws PolicyInputError for a negative, fractional, non-numeric count or unknown fields
 */
export function gradeArrears(input: GradeArrearsInput): ArrearsGrade {
  const { consecutiveOverduePeriods, withoutCause } = parseGradeArrears(input);
  return grade(consecutiveOverduePeriods, withoutCause !== false);
}

/** 第四条's two types of 失信行为. */
export type DiscreditType = 'withdrawal' | 'loan';

/** The classification of one case. */
export interface DiscreditClassification {
  level: DiscreditLevel;
  label: DiscreditLevelLabel;
  /** 提取失信行为 (`withdrawal`) or 贷款失信行为 (`loan`), `null` when the case is not a 失信行为. */
  type: DiscreditType | null;
  /** 提取失信行为 / 贷款失信行为, or `null`. */
  typeLabel: '提取失信行为' | '贷款失信行为' | null;
  basis: Citation[];
}

const TYPE_LABEL = { withdrawal: '提取失信行为', loan: '贷款失信行为' } as const;

function classified(level: DiscreditLevel, type: DiscreditType | null, basis: Citation[]): DiscreditClassification {
  return { level, label: L[level], type, typeLabel: type === null ? null : TYPE_LABEL[type], basis };
}

/**
 * Classifies one case under 第四条 to 第八条:
 * - `falsified-material` (以虚构、隐瞒事实，提供虚假、伪造证明材料, found at application or
 *   after completion): always 严重 (第八条（一）); type from `business` (第四条（一）/（二）);
 * - `non-housing-withdrawal-via-agent`: 严重 (第八条（二）), a 提取失信行为;
 * - `loan-arrears`: graded as {@link gradeArrears}; a 贷款失信行为 (R-PF-13);
 * - `other` (第四条所列其他情形): by `severity` — `minor` 一般 (第六条（二）), `serious` 较重
 *   (第七条（二）), `severe` 严重 (第八条（四）) (R-PF-12).
 *
 * @example
 * classifyDiscredit({ conduct: 'falsified-material', business: 'withdrawal' })
 * // { level: 'severe', label: '严重失信行为', type: 'withdrawal', typeLabel: '提取失信行为', ... }
 * classifyDiscredit({ conduct: 'other', business: 'loan', severity: 'minor' }).label // '一般失信行为'
 * @throws PolicyInputError for an unknown conduct, missing business or severity, unknown fields
 */
export function classifyDiscredit(input: ClassifyDiscreditInput): DiscreditClassification {
  const c = parseInput(classifyDiscreditInputSchema, input, { labels });
  switch (c.conduct) {
    case 'falsified-material':
      return classified('severe', c.business, [C8_1, c.business === 'withdrawal' ? C4_1 : C4_2, C5]);
    case 'non-housing-withdrawal-via-agent':
      return classified('severe', 'withdrawal', [C8_2, C4_1, C5]);
    case 'loan-arrears': {
      const g = grade(c.consecutiveOverduePeriods, c.withoutCause !== false);
      return g.level === 'none'
        ? classified('none', null, g.basis)
        : classified(g.level, 'loan', [...g.basis, C4_2_ARREARS, C5]);
    }
    case 'other': {
      const typeCite = c.business === 'withdrawal' ? C4_1 : C4_2;
      if (c.severity === 'minor') return classified('general', c.business, [C6_2, typeCite, C5]);
      if (c.severity === 'serious') return classified('serious', c.business, [C7_2, typeCite, C5]);
      return classified('severe', c.business, [C8_4, typeCite, C5]);
    }
  }
}
