/**
 * The registry of the six documents: number, title, issuer, dates in force, as the seed text
 * gives them, and the one helper every module uses to refuse an event that happened
 * while its document was not in force.
 */
import type { IsoDate } from './dates.js';
import { PolicyNotInForceError } from './errors.js';
import { deepFreeze } from './frozen.js';

/** The six documents the library implements. */
export type DocumentId =
  | 'safety-report-reward-2024'
  | 'township-fire-2024'
  | 'non-tax-revenue-2024'
  | 'business-environment-plan-2024'
  | 'business-environment-opinions-2024'
  | 'provident-fund-discredit-2024';

/** Every {@link DocumentId}, in the order of the seed. */
export const DOCUMENT_IDS: readonly DocumentId[] = /* @__PURE__ */ deepFreeze([
  'safety-report-reward-2024',
  'township-fire-2024',
  'non-tax-revenue-2024',
  'business-environment-plan-2024',
  'business-environment-opinions-2024',
  'provident-fund-discredit-2024',
]);

/** A document's header (`DOCUMENT` of each module). */
export interface DocumentHeader {
  id: DocumentId;
  /** 文号, e.g. `伊州公积金管办〔2024〕2号`; `null` where the seed carries none. */
  number: string | null;
  title: string;
  issuer: string;
  /** Date of issue; `null` where the seed gives none. */
  issuedOn: IsoDate | null;
  effectiveFrom: IsoDate;
  /** Last day in force (inclusive), `null` when the document sets no end. */
  effectiveUntil: IsoDate | null;
  /** How the dates in force were read from the text. */
  validityNote: string;
}

/** Headers of the six documents, keyed by id. */
export const DOCUMENT_HEADERS: Readonly<Record<DocumentId, DocumentHeader>> = /* @__PURE__ */ deepFreeze({
  'safety-report-reward-2024': {
    id: 'safety-report-reward-2024',
    number: '伊州政办规〔2024〕1号',
    title: '自治州贯彻落实《新疆维吾尔自治区安全生产举报奖励办法》实施细则（试行）',
    issuer: '伊犁哈萨克自治州人民政府办公厅',
    issuedOn: '2024-02-18',
    effectiveFrom: '2024-02-20',
    effectiveUntil: '2026-02-19',
    validityNote: '第二十一条：自2024年2月20日起实施，有效期为二年；二年按民法典第二百零二条算至2026年2月20日的前一日（2026-02-19）为最后一日。',
  },
  'township-fire-2024': {
    id: 'township-fire-2024',
    number: '伊州政办规〔2024〕2号',
    title: '伊犁州直加强乡镇（街道）消防工作的实施方案',
    issuer: '伊犁哈萨克自治州人民政府办公厅',
    issuedOn: '2024-01-23',
    effectiveFrom: '2024-01-23',
    effectiveUntil: null,
    validityNote: '文件未写施行日期，本库以印发日期2024年1月23日为起始日；未写有效期，不设终止日。',
  },
  'non-tax-revenue-2024': {
    id: 'non-tax-revenue-2024',
    number: '伊财规字〔2024〕1号',
    title: '伊犁州本级政府非税收入收缴管理办法',
    issuer: '伊犁州财政局',
    issuedOn: '2024-01-16',
    effectiveFrom: '2024-02-01',
    effectiveUntil: '2029-01-31',
    validityNote: '第三十七条：自2024年2月1日起施行，有效期5年，最后一日为2029-01-31。',
  },
  'business-environment-plan-2024': {
    id: 'business-environment-plan-2024',
    number: null,
    title: '2024年伊犁州直营商环境提升年活动方案',
    issuer: '原文未载发文机关（经自治州党委、政府同意印发）',
    issuedOn: null,
    effectiveFrom: '2024-01-01',
    effectiveUntil: '2025-01-31',
    validityNote: '原文未载文号与印发日期。本库把它当作2024年度的活动方案：自2024-01-01起，至其最晚完成时限“2025年1月”的月末（2025-01-31）止。',
  },
  'business-environment-opinions-2024': {
    id: 'business-environment-opinions-2024',
    number: '伊州政发〔2024〕9号',
    title: '伊犁州直关于进一步优化提升营商环境的实施意见',
    issuer: '伊犁哈萨克自治州人民政府',
    issuedOn: '2024-03-24',
    effectiveFrom: '2024-03-24',
    effectiveUntil: null,
    validityNote: '文件未写施行日期与有效期，本库以印发日期2024年3月24日为起始日，不设终止日。',
  },
  'provident-fund-discredit-2024': {
    id: 'provident-fund-discredit-2024',
    number: '伊州公积金管办〔2024〕2号',
    title: '伊犁州住房公积金失信行为惩戒管理办法',
    issuer: '伊犁州住房公积金管理中心',
    issuedOn: '2024-03-05',
    effectiveFrom: '2024-04-01',
    effectiveUntil: null,
    validityNote: '第十九条：本办法自2024年4月1日起实行；未写有效期，不设终止日。',
  },
});

/** `true` when `date` falls within the document's dates in force (both ends inclusive). */
export function isInForce(doc: DocumentHeader, date: IsoDate): boolean {
  return date >= doc.effectiveFrom && (doc.effectiveUntil === null || date <= doc.effectiveUntil);
}

/**
 * Throws {@link PolicyNotInForceError} when the event (`date`, already validated) happened
 * while the document was not in force. `event` names it in Chinese, e.g. `举报受理日`.
 *
 * @example
 * assertInForce(DOCUMENT_HEADERS['safety-report-reward-2024'], '2026-02-20', '举报受理日') // throws
 */
export function assertInForce(doc: DocumentHeader, date: IsoDate, event: string): void {
  if (!isInForce(doc, date)) {
    throw new PolicyNotInForceError({
      document: doc.id,
      documentNumber: doc.number ?? `《${doc.title}》`,
      date,
      effectiveFrom: doc.effectiveFrom,
      effectiveUntil: doc.effectiveUntil,
      event,
    });
  }
}
