/**
 * Output shapes shared by every module: one Citation, one Deadline, dates and money as the
 * API returns them. Each is registered with an id, so that every generated schema holds it
 * once under `$defs` and refers to it.
 */
import * as z from 'zod';
import type { ExternalSourceId } from '../../../src/core/citations.js';
import { DOCUMENT_IDS, type DocumentId } from '../../../src/core/documents.js';

/** The sources outside the six documents that citations name (src/core/citations.ts ExternalSourceId). */
export const EXTERNAL_SOURCE_IDS = [
  'prc-civil-code',
  'state-council-holiday-notice',
  'xinjiang-festival-holidays',
  'national-holidays-measures',
  'retirement-age-measures-2024',
  'work-safety-report-reward-measures-2018',
  'ili-policy-reading',
] as const satisfies readonly ExternalSourceId[];

/** A date as the API returns it: `YYYY-MM-DD`, a real calendar date. */
export const isoDate = /* @__PURE__ */ z.iso.date().meta({ id: 'IsoDate', description: 'YYYY-MM-DD，真实的公历日期' });

/** Money as the API returns it: a decimal string with exactly two decimals (`"3000.00"`). */
export const moneyString = /* @__PURE__ */ z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .meta({ id: 'MoneyString', description: '金额：恰好两位小数的十进制字符串（如 "3000.00"）' });

/** One cited text (src/core/citations.ts Citation): the document, where in it, the label and the verbatim quote. */
export const Citation = /* @__PURE__ */ z
  .strictObject({
    document: z.enum([...(DOCUMENT_IDS as unknown as readonly [DocumentId, ...DocumentId[]]), ...EXTERNAL_SOURCE_IDS]),
    article: z.optional(z.number().int().positive()),
    paragraph: z.optional(z.number().int().positive()),
    item: z.optional(z.number().int().positive()),
    part: z.optional(z.string()),
    label: z.string().min(1),
    quote: z.string().min(1),
    textHash: z.optional(z.string().regex(/^[0-9a-f]{8}$/)),
    reading: z.optional(z.string()),
    confirmed: z.optional(z.boolean()),
  })
  .meta({
    id: 'Citation',
    title: 'Citation',
    description: '所依据的条文：文件、条款项、可读的标注（label）与逐字引文（quote）；textHash 为该条全文的短哈希，reading 为本库对两可文字的解读',
  });

/** A decision's `basis`: the texts it rests on. */
export const basis = /* @__PURE__ */ z.array(Citation);

/**
 * A computed deadline (src/core/calendar/deadline.ts Deadline; the modules' own deadline types,
 * such as RewardDeadline and ObjectionDeadline, have the same fields).
 */
export const Deadline = /* @__PURE__ */ z
  .strictObject({
    due: isoDate,
    nominalDue: isoDate,
    rolledOver: z.boolean(),
    restDaysSkipped: z.array(isoDate),
    confirmed: z.boolean(),
    provisional: z.boolean(),
    basis,
  })
  .meta({
    id: 'Deadline',
    title: 'Deadline',
    description: '期限：到期日（due，顺延后）、名义到期日（nominalDue，顺延前）、是否顺延、顺延跳过的休息日、所用日历数据是否均已确认（confirmed）、是否用了暂定的法定假日数据（provisional），及其依据',
  });

/**
 * A deadline of a partial result (src/core/calendar/partial.ts DeadlineOrUnavailable): the
 * computed Deadline marked `unavailable: false`, or the entry standing for one that needs a year
 * without calendar data (CONTRACT: "Partial results").
 */
export const UnavailableDeadline = /* @__PURE__ */ z
  .strictObject({
    unavailable: z.literal(true),
    code: z.literal('CALENDAR_DATA_UNAVAILABLE'),
    year: z.number().int(),
    missingLayers: z.array(z.string()),
    message: z.string(),
    basis,
  })
  .meta({
    id: 'UnavailableDeadline',
    title: 'UnavailableDeadline',
    description: '无法计算的期限：所需年份（year）缺少日历数据，missingLayers 列出缺少的日历层，message 说明怎样补入',
  });

/** One deadline of a multi-deadline result: computed (`unavailable: false`) or {@link UnavailableDeadline}. */
export const DeadlineOrUnavailable = /* @__PURE__ */ z.union([Deadline.extend({ unavailable: z.literal(false) }), UnavailableDeadline]);
