/** 第十七条: the reward archive and the records it holds, as data and as a check. */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { cite } from './document.js';
import { archiveInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RewardArchiveRecord, type RewardArchiveInput } from './schemas.js';
import { deepFreeze } from '../core/frozen.js';

/** One record type the reward archive must hold. */
export interface RewardArchiveRecordType {
  code: Exclude<RewardArchiveRecord, 'other'>;
  /** The name the text gives it. */
  name: string;
}

const C17 = /* @__PURE__ */ cite('第十七条');

/** The six record types of 第十七条, in the text's order (the text ends with “等材料”: others may be added, code `other`). */
export const SAFETY_REPORT_ARCHIVE_RECORDS: readonly RewardArchiveRecordType[] = /* @__PURE__ */ deepFreeze([
  { code: 'original-report-record', name: '举报原始记录' },
  { code: 'penalty-decision-or-accident-report-approval', name: '处罚决定书（或事故调查报告批复）' },
  { code: 'reward-eligibility-notice', name: '奖励告知书' },
  { code: 'reward-registration-form', name: '奖励登记表' },
  { code: 'reward-notice', name: '奖励通知书' },
  { code: 'reward-payment-register', name: '奖励发放登记表' },
] satisfies RewardArchiveRecordType[]);

/** The result of {@link checkRewardArchive}. */
export interface RewardArchiveCheck {
  complete: boolean;
  missing: RewardArchiveRecordType[];
  basis: Citation[];
}

const parse = /* @__PURE__ */ createParser(archiveInputSchema, { labels });

/**
 * Checks a reward archive against 第十七条: which of the six record types it lacks.
 *
 * @example
 * checkRewardArchive({ records: ['original-report-record', 'reward-notice'] }).missing.length // 4
 * @throws PolicyInputError for malformed input (unknown record codes included)
 */
export function checkRewardArchive(input: RewardArchiveInput): RewardArchiveCheck {
  const { records } = parse(input);
  const have = new Set(records);
  const missing = SAFETY_REPORT_ARCHIVE_RECORDS.filter((r) => !have.has(r.code)).map((r) => ({ ...r }));
  return { complete: missing.length === 0, missing, basis: [C17] };
}
