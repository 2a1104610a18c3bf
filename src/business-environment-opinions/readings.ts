/**
 * Where 伊州政发〔2024〕9号 allows two readings, the one the library takes and why.
 * Mirrored in docs/business-environment-opinions-readings.md.
 */
import { citeReading, findReading, type Reading } from '../core/sources.js';
import { deepFreeze } from '../core/frozen.js';

/** The readings of 伊州政发〔2024〕9号 (ids R-BEO-n). */
export const BUSINESS_ENVIRONMENT_OPINIONS_READINGS: readonly Reading[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'R-BEO-1',
    question: '实施意见未写施行日期与有效期，何时起适用、何时止？',
    answer:
      '自印发日2024年3月24日起适用，不设终止日。creditReportReplacesNoViolationProof 与 leniencyListsForField 的 asOf（需要出具或查验证明的日期）早于2024-03-24的，抛出 PolicyNotInForceError。',
    reason:
      '印发通知只载“2024年3月24日”，正文无施行日期与期限；序言所引《自治区实施营商环境优化提升三年行动方案（2022—2025年）》的期限不是本意见的期限，本意见未因其到期而失效。',
  },
  {
    id: 'R-BEO-2',
    question: '三（五）15“在市场监管……劳动监察等领域实施以信用报告代替企业无违法违规证明”中的“等”是等内还是等外？',
    answer:
      '作等内理解：本意见只对所列七个领域规定以信用报告代替企业无违法违规证明，这七个领域返回 replaces: true；其他领域（field: other）返回 replaces: false，其含义是“本意见未作此规定”，而非禁止其他领域自行推行。',
    reason:
      '列举的七个领域与“实施”一词构成明确的指令；把“等”扩展到未列领域，会使任何领域都无从判断是否已适用。其他领域是否推行，取决于其自身的文件，不能从本意见推出。',
  },
  {
    id: 'R-BEO-3',
    question: '三（五）15“依法编制从轻处罚事项清单、减轻处罚事项清单和首次轻微违法免予处罚事项清单”由哪些领域编制？',
    answer:
      '该句没有主语，也不限于后句的七个领域：本库把三张清单读作对每个行政执法领域（七个领域与 other）都适用的要求，leniencyListsForField 对任何合法的领域代码都返回这三张清单。',
    reason:
      '七个领域的限定只出现在“以信用报告代替企业无违法违规证明”一句；“推行柔性执法，依法编制……”是对执法工作的一般要求，“依法”指向《中华人民共和国行政处罚法》关于从轻、减轻和不予处罚的规定，适用于所有行政处罚。',
  },
  {
    id: 'R-BEO-4',
    question: '三（四）10“推行审批替代……政务服务承诺等‘六型’信用承诺制”是否只有这六种？',
    answer:
      '只有这六种：OPINION_CREDIT_COMMITMENT_TYPES 按原文顺序列出六型，creditCommitmentType 按代码、原文名称（审批替代、主动公示、行业自律、信用修复、证明事项告知、政务服务承诺）或其通行全称（R-BEO-6）查找，其他名称属于输入错误。',
    reason: '“等”之后紧接着以“六型”计数，列举已经完整；名称照原文书写（type.name），“证明事项告知”不改写为“证明事项告知承诺”，“政务服务承诺”保留“承诺”二字。',
  },
  {
    id: 'R-BEO-5',
    question: '《2024年伊犁州直营商环境提升年活动方案》中与本意见任务几乎逐字相同的任务，其牵头单位与完成时限是否适用于本意见的任务？',
    answer:
      '不套用。本意见的十八项任务均未写牵头单位与完成时限；本库只把对应关系作为数据记录（OPINION_PLAN_CORRESPONDENCES，按活动方案的任务编号字符串），由督办人员到活动方案模块查其单位与时限。活动方案中没有对应任务的，opinionTaskForPlanTask 返回 opinionTask: null。',
    reason:
      '两份文件各有文号与效力：活动方案是2024年度的活动安排，本意见没有期限；把一份文件的时限移用到另一份文件，是原文没有作出的决定。',
  },
  {
    id: 'R-BEO-6',
    question: '三（四）10 的六型在业务系统中常写作全称（“审批替代型信用承诺”“证明事项告知承诺”等），creditCommitmentType 是否接受？',
    answer:
      '接受通行全称（如“审批替代型信用承诺”“信用修复承诺”“证明事项告知承诺”“政务服务型信用承诺”，全部写法见 OPINION_CREDIT_COMMITMENT_FULL_NAMES），结果仍按原文名称给出（type.name），matchedAs 为 full-name 并引本解读。可能指向别的制度的简称（“告知承诺”“政务服务”）不接受，仍属输入错误。',
    reason: '全称与原文名称所指相同，拒收只会迫使调用方自行改写；但六型的范围不因此扩大（R-BEO-4），有歧义的简称不猜。',
  },
]);

const byId = (id: string): Reading => {
  return findReading(BUSINESS_ENVIRONMENT_OPINIONS_READINGS, id);
};

/** Citations of the readings, built once. */
export const R_BEO_1 = /* @__PURE__ */ citeReading(byId('R-BEO-1'));
export const R_BEO_2 = /* @__PURE__ */ citeReading(byId('R-BEO-2'));
export const R_BEO_3 = /* @__PURE__ */ citeReading(byId('R-BEO-3'));
export const R_BEO_4 = /* @__PURE__ */ citeReading(byId('R-BEO-4'));
export const R_BEO_5 = /* @__PURE__ */ citeReading(byId('R-BEO-5'));
export const R_BEO_6 = /* @__PURE__ */ citeReading(byId('R-BEO-6'));
