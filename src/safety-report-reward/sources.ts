/**
 * Texts outside the seed that this module's decisions cite: the national amount standard of
 * 《安全生产领域举报奖励办法》（安监总财〔2018〕19号）第十一条, and the module's readings.
 */
import type { Citation } from '../core/citations.js';
import { citeReading, findReading } from '../core/sources.js';
import { SAFETY_REPORT_REWARD_READINGS } from './readings.js';

const NATIONAL_LABEL =
  '《安全生产领域举报奖励办法》（安监总财〔2018〕19号）第十一条（本库默认金额标准，不是伊州政办规〔2024〕1号的原文）';

const NATIONAL_READING =
  '伊州政办规〔2024〕1号第八条第二款把奖励金额交给《新疆维吾尔自治区安全生产举报奖励办法》（新政办发〔2019〕81号）第十一条，该文本不在本库所据原文中。' +
  '此处的数字（15%、最低3000元、每查实1名瞒报谎报死亡人员3万/4万/5万/6万元）取自国家《安全生产领域举报奖励办法》（安监总财〔2018〕19号）第十一条，' +
  '作为代替新政办发〔2019〕81号第十一条的全国默认标准，调用方可以替换；30万元上限是本细则第八条第二款的原文。（本库解读 R-SRR-3）';

/** 安监总财〔2018〕19号 第十一条, the part on 重大事故隐患 and 违法生产经营建设 (15%, at least 3,000 yuan). */
export const NATIONAL_FINE_STANDARD: Citation = /* @__PURE__ */ Object.freeze({
  document: 'work-safety-report-reward-measures-2018',
  article: 11,
  label: NATIONAL_LABEL,
  quote: '对举报重大事故隐患、违法生产经营建设的，奖励金额按照行政处罚金额的15%计算，最低奖励3000元，最高不超过30万元。',
  reading: NATIONAL_READING,
});

/** 安监总财〔2018〕19号 第十一条, the part on concealed or falsely reported accidents (3/4/5/6万 per death). */
export const NATIONAL_CONCEALED_STANDARD: Citation = /* @__PURE__ */ Object.freeze({
  document: 'work-safety-report-reward-measures-2018',
  article: 11,
  label: NATIONAL_LABEL,
  quote:
    '对举报瞒报、谎报事故的，按照最终确认的事故等级和查实举报的瞒报谎报死亡人数给予奖励。其中：一般事故按每查实瞒报谎报1人奖励3万元计算；较大事故按每查实瞒报谎报1人奖励4万元计算；重大事故按每查实瞒报谎报1人奖励5万元计算；特别重大事故按每查实瞒报谎报1人奖励6万元计算。最高奖励不超过30万元。',
  reading: NATIONAL_READING,
});

function reading(id: string): Citation {
  return citeReading(findReading(SAFETY_REPORT_REWARD_READINGS, id));
}

/** Citations of the module's readings, by id. */
export const R = /* @__PURE__ */ (() =>
  Object.freeze({
    anonymousWithoutContact: reading('R-SRR-1'),
    pseudonymousRewardable: reading('R-SRR-2'),
    standard: reading('R-SRR-3'),
    rounding: reading('R-SRR-4'),
    zeroFine: reading('R-SRR-5'),
    capScope: reading('R-SRR-6'),
    extension: reading('R-SRR-7'),
    inForce: reading('R-SRR-8'),
    transferStart: reading('R-SRR-9'),
    announcementDate: reading('R-SRR-10'),
    partial: reading('R-SRR-11'),
    zeroDeaths: reading('R-SRR-12'),
    appropriateShare: reading('R-SRR-13'),
    replyForEveryOutcome: reading('R-SRR-14'),
    levelPending: reading('R-SRR-15'),
    caseStatus: reading('R-SRR-16'),
    inTimeWithoutCalendar: reading('R-SRR-17'),
  }))();
