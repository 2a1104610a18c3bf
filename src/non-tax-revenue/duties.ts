/**
 * 第七章 监督管理 (第二十八条 to 第三十条): the duties of the finance bureau, the agent banks and
 * the collecting units, as data; and 第三十七条, the dates in force.
 *
 * 第二十八条 numbers its items （一）（二）（三）（五）（六）: there is no （四）, and the data keeps the
 * numbers the text gives (R-NTR-11).
 */
import type { Citation } from '../core/citations.js';
import type { IsoDate } from '../core/dates.js';
import { isInForce } from '../core/documents.js';
import { createParser, isoDateSchema } from '../core/validation.js';
import { ARTICLES, DOCUMENT, cite } from './document.js';
import { citeNtrReading } from './readings.js';
import { NON_TAX_REVENUE_FIELD_LABELS as labels, dutiesInputSchema, type DutiesInput, type DutyBody } from './schemas.js';

/** One duty: the item number as the text gives it, its text verbatim, and its citation. */
export interface NonTaxRevenueDuty {
  item: number;
  text: string;
  basis: readonly Citation[];
}

/** The duties of one body. */
export interface NonTaxRevenueDutyList {
  body: DutyBody;
  /** 伊犁州财政局, 代理银行, 执收单位. */
  bodyLabel: string;
  article: '第二十八条' | '第二十九条' | '第三十条';
  /** The article's heading line (e.g. `伊犁州财政局主要职责`). */
  heading: string;
  duties: readonly NonTaxRevenueDuty[];
}

const BODIES: readonly [DutyBody, string, NonTaxRevenueDutyList['article']][] = [
  ['finance-bureau', '伊犁州财政局', '第二十八条'],
  ['agent-bank', '代理银行', '第二十九条'],
  ['collecting-unit', '执收单位', '第三十条'],
];

function buildDuties(): Readonly<Record<DutyBody, NonTaxRevenueDutyList>> {
  const out = {} as Record<DutyBody, NonTaxRevenueDutyList>;
  for (const [body, bodyLabel, article] of BODIES) {
    const a = ARTICLES.find((x) => x.id === article)!;
    out[body] = Object.freeze({
      body,
      bodyLabel,
      article,
      heading: a.paragraphs[0]!,
      duties: Object.freeze(
        a.items.map((i) => Object.freeze({ item: i.number, text: i.text, basis: Object.freeze([cite(article, { item: i.number })]) })),
      ),
    });
  }
  return Object.freeze(out);
}

/**
 * The duties of 第二十八条 (伊犁州财政局: items 1, 2, 3, 5, 6: the text has no （四）), 第二十九条
 * (代理银行: 1–5) and 第三十条 (执收单位: 1–5), verbatim, keyed by body.
 */
export const NON_TAX_REVENUE_DUTIES: Readonly<Record<DutyBody, NonTaxRevenueDutyList>> = /* @__PURE__ */ buildDuties();

const R_NO_ITEM_4 = /* @__PURE__ */ citeNtrReading('R-NTR-11');
const parseDuties = /* @__PURE__ */ createParser(dutiesInputSchema, { labels });

/**
 * The duties of one body under 第二十八条 to 第三十条, each item with the number the text gives
 * it, and the basis citing each item.
 *
 * @example
 * nonTaxRevenueDuties({ body: 'finance-bureau' }).duties.map((d) => d.item) // [1, 2, 3, 5, 6]
 * @throws PolicyInputError for an unknown body
 */
export function nonTaxRevenueDuties(input: DutiesInput): Omit<NonTaxRevenueDutyList, 'duties'> & { duties: { item: number; text: string; basis: Citation[] }[]; basis: Citation[] } {
  const { body } = parseDuties(input);
  const list = NON_TAX_REVENUE_DUTIES[body];
  const duties = list.duties.map((d) => ({ item: d.item, text: d.text, basis: [...d.basis] }));
  const basis = duties.map((d) => d.basis[0]!);
  if (body === 'finance-bureau') basis.push(R_NO_ITEM_4);
  return { ...list, duties, basis };
}

const C37 = /* @__PURE__ */ cite('第三十七条');
const parseDate = /* @__PURE__ */ createParser(isoDateSchema, { name: 'date', labels });

/**
 * 第三十七条: in force from 2024-02-01 for 5 years, through 2029-01-31 (both inclusive).
 *
 * @example
 * nonTaxRevenueInForce('2029-01-31').inForce // true
 * nonTaxRevenueInForce('2029-02-01').inForce // false
 * @throws PolicyInputError for a malformed date
 */
export function nonTaxRevenueInForce(date: IsoDate): {
  inForce: boolean;
  effectiveFrom: IsoDate;
  effectiveUntil: IsoDate;
  basis: Citation[];
} {
  const d = parseDate(date);
  return { inForce: isInForce(DOCUMENT, d), effectiveFrom: DOCUMENT.effectiveFrom, effectiveUntil: DOCUMENT.effectiveUntil!, basis: [C37] };
}
