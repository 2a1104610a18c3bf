/**
 * 三（五）15 探索更具弹性的包容审慎监管: the credit report in place of the enterprise's
 * no-violation proof in seven fields, and the three leniency lists (readings R-BEO-2, R-BEO-3).
 */
import type { Citation } from '../core/citations.js';
import type { IsoDate } from '../core/dates.js';
import { assertInForce } from '../core/documents.js';
import { isIsoDate } from '../core/dates.js';
import { createParser, hasOnlyKeys, isPlainObject } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { R_BEO_1, R_BEO_2, R_BEO_3 } from './readings.js';
import { OPINION_FIELD_CODES, OPINION_LABELS, opinionDateOptionsSchema, opinionFieldSchema, type OpinionField } from './schemas.js';

/** A field of 三（五）15 with its name as the text writes it. */
export interface OpinionCreditReportField {
  readonly code: Exclude<OpinionField, 'other'>;
  /** 市场监管, 文化旅游, 农业农村, 应急管理, 交通运输, 生态环境, 劳动监察. */
  readonly name: string;
}

/** The seven fields of 三（五）15, in the text's order. */
export const OPINION_CREDIT_REPORT_FIELDS: readonly OpinionCreditReportField[] = /* @__PURE__ */ Object.freeze(
  (
    [
      ['market-regulation', '市场监管'],
      ['culture-tourism', '文化旅游'],
      ['agriculture-rural', '农业农村'],
      ['emergency-management', '应急管理'],
      ['transport', '交通运输'],
      ['ecology-environment', '生态环境'],
      ['labor-inspection', '劳动监察'],
    ] as const
  ).map(([code, name]) => Object.freeze({ code, name })),
);

/** A leniency list of 三（五）15. */
export interface OpinionLeniencyList {
  readonly code: 'lighter-penalty' | 'mitigated-penalty' | 'first-minor-violation-exemption';
  /** The list's name, verbatim. */
  readonly name: string;
  /**
   * The statute the list is compiled under (“依法编制”), named for the reader; not quoted and
   * not part of the document.
   */
  readonly lawReference: string;
}

/** The three lists 三（五）15 asks to compile (依法编制), in the text's order. */
export const OPINION_LENIENCY_LISTS: readonly OpinionLeniencyList[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({ code: 'lighter-penalty', name: '从轻处罚事项清单', lawReference: '《中华人民共和国行政处罚法》第三十二条（应当从轻或者减轻行政处罚的情形）' } as const),
  Object.freeze({ code: 'mitigated-penalty', name: '减轻处罚事项清单', lawReference: '《中华人民共和国行政处罚法》第三十二条（应当从轻或者减轻行政处罚的情形）' } as const),
  Object.freeze({ code: 'first-minor-violation-exemption', name: '首次轻微违法免予处罚事项清单', lawReference: '《中华人民共和国行政处罚法》第三十三条第一款（初次违法且危害后果轻微并及时改正的，可以不予行政处罚）' } as const),
]);

/** Optional second argument: the date the proof is needed, checked against the dates in force. */
export interface OpinionDateOptions {
  /** The day the no-violation proof would be issued or checked (`YYYY-MM-DD`), ≥ 2024-03-24. */
  asOf?: IsoDate;
}

/** Result of {@link creditReportReplacesNoViolationProof}. */
export interface OpinionCreditReportDecision {
  /** Whether 三（五）15 has the field accept a credit report in place of the no-violation proof. */
  replaces: boolean;
  field: OpinionField;
  /** The field's name as the text writes it; `null` for `other`. */
  fieldName: string | null;
  basis: Citation[];
}

/** Result of {@link leniencyListsForField}. */
export interface OpinionLeniencyDecision {
  field: OpinionField;
  lists: OpinionLeniencyList[];
  basis: Citation[];
}

const C15_CREDIT = /* @__PURE__ */ cite('三（五）15', {
  excerpt: '在市场监管、文化旅游、农业农村、应急管理、交通运输、生态环境、劳动监察等领域实施以信用报告代替企业无违法违规证明。',
});
const C15_LENIENCY = /* @__PURE__ */ cite('三（五）15', {
  excerpt: '推行柔性执法，依法编制从轻处罚事项清单、减轻处罚事项清单和首次轻微违法免予处罚事项清单。',
});

const FIELD_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(OPINION_FIELD_CODES);
const NAME_OF: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(OPINION_CREDIT_REPORT_FIELDS.map((f) => [f.code, f.name]));

const parseField = /* @__PURE__ */ createParser(opinionFieldSchema, {
  name: 'field',
  labels: OPINION_LABELS,
  fast: (v) => FIELD_SET.has(v),
});

const parseOptions = /* @__PURE__ */ createParser(opinionDateOptionsSchema, {
  name: 'options',
  labels: OPINION_LABELS,
  fast: (v) => isPlainObject(v) && hasOnlyKeys(v, ['asOf']) && (v.asOf === undefined || isIsoDate(v.asOf)),
});

function checkDate(options: unknown): boolean {
  if (options === undefined) return false;
  const parsed = parseOptions(options);
  // The schema's output is undefined only for an undefined input, handled just above.
  const o = parsed as OpinionDateOptions;
  if (o.asOf === undefined) return false;
  assertInForce(DOCUMENT, o.asOf, '需要出具或查验证明的日期');
  return true;
}

/**
 * 三（五）15: does the field accept a credit report (信用报告) in place of the enterprise's
 * proof of no violations (企业无违法违规证明)? `true` for the seven fields the text lists,
 * `false` for `other` (reading R-BEO-2: 等 read as closing the list). With `asOf` before
 * 2024-03-24 throws PolicyNotInForceError; an unknown field code throws PolicyInputError.
 *
 * @example
 * creditReportReplacesNoViolationProof('labor-inspection').replaces // true
 * creditReportReplacesNoViolationProof('other').replaces // false
 */
export function creditReportReplacesNoViolationProof(field: OpinionField, options?: OpinionDateOptions): OpinionCreditReportDecision {
  const f = parseField(field);
  const dated = checkDate(options);
  const replaces = f !== 'other';
  const basis = replaces ? [C15_CREDIT] : [C15_CREDIT, R_BEO_2];
  if (dated) basis.push(R_BEO_1);
  return { replaces, field: f, fieldName: NAME_OF.get(f) ?? null, basis };
}

/**
 * 三（五）15: the leniency lists a field compiles (依法编制从轻处罚事项清单、减轻处罚事项清单和
 * 首次轻微违法免予处罚事项清单). The sentence names no field, so every field gets all three
 * (reading R-BEO-3).
 *
 * @example
 * leniencyListsForField('transport').lists.map((l) => l.name)
 * // ['从轻处罚事项清单', '减轻处罚事项清单', '首次轻微违法免予处罚事项清单']
 */
export function leniencyListsForField(field: OpinionField, options?: OpinionDateOptions): OpinionLeniencyDecision {
  const f = parseField(field);
  const dated = checkDate(options);
  const basis = [C15_LENIENCY, R_BEO_3];
  if (dated) basis.push(R_BEO_1);
  return { field: f, lists: [...OPINION_LENIENCY_LISTS], basis };
}
