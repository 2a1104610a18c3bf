/**
 * 第九条: the procedure for determining a 失信行为 — 信息采集 → 调查核实 → 诚信约谈 →
 * 事先告知、听取陈述申辩 → 书面告知认定结果和申诉权利.
 */
import { computeDeadline } from '../core/calendar/deadline.js';
import { deadlineOrUnavailable, type DeadlineOrUnavailable } from '../core/calendar/partial.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import type { Citation } from '../core/citations.js';
import { assertInForce } from '../core/documents.js';
import { parseInput } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { computeObjectionDeadlines } from './objection.js';
import { pfReadingText } from './readings.js';
import {
  PF_FIELD_LABELS as labels,
  determinationStateInputSchema,
  type DeterminationStateInput,
  type DeterminationStep,
} from './schemas.js';

const C9_1 = /* @__PURE__ */ cite('第九条', { item: 1 });
const C9_2 = /* @__PURE__ */ cite('第九条', { item: 2 });
const C9_2_LIMIT = /* @__PURE__ */ cite('第九条', {
  item: 2,
  excerpt: '涉及住房公积金提取或贷款业务办理的，核查期一般不应超过3日，情况复杂的，可视情延长核查期限。',
  reading: pfReadingText('R-PF-10'),
});
/** The whole of 第九条（二） with the 3-day limit's reading: cited once for a verification step that involves business. */
const C9_2_WITH_LIMIT = /* @__PURE__ */ cite('第九条', { item: 2, reading: pfReadingText('R-PF-10') });
const C9_2_UNFOUNDED = /* @__PURE__ */ cite('第九条', { item: 2, excerpt: '经核查失信行为不属实的，应恢复相关业务办理。' });
const C9_3 = /* @__PURE__ */ cite('第九条', { item: 3 });
const C9_4_HEARING = /* @__PURE__ */ cite('第九条', {
  item: 4,
  excerpt: '奎屯分中心、各县（市）管理部对拟列入失信行为的单位或职工，应事先告知当事人，听取其陈述和申辩意见。对当事人提出的事实、理由和证据成立的，应当采纳。',
});
const C9_4_WRITTEN = /* @__PURE__ */ cite('第九条', { item: 4, excerpt: '最后将认定结果、申诉权利及时以书面告知当事人。' });
/** The whole of 第九条（四）: the hearing and the written notice, cited once when both apply. */
const C9_4 = /* @__PURE__ */ cite('第九条', { item: 4 });
const C13_OBJECTION = /* @__PURE__ */ cite('第十三条', {
  paragraph: 1,
  excerpt: '缴存职工对失信行为认定结果有异议的，可在收到书面告知书之日起15日内，向奎屯分中心、各县（市）管理部提出书面复议，并提交相关证明材料。',
});

/** What the next step of 第九条 is, and what it needs. */
export interface DeterminationNextStep {
  /** The next step, or `closed` when the procedure is over (found unfounded, or decided and notified). */
  step: DeterminationStep | 'closed';
  /** The step's name in the text (信息采集, 调查核实...). */
  title: string;
  /** Who acts. */
  actor: string;
  /** What the step must do or the record must contain, in the text's words. */
  mustContain: string[];
  /**
   * 第九条（二）: the verification period for cases involving a withdrawal or loan; `null` otherwise.
   * Its `deadline` is `null` when the case is complex (extendable, R-PF-10) or no start date was
   * given; an `unavailable` entry when its due day needs a year without calendar data (R-CAL-7).
   */
  timeLimit: { days: 3; extendable: true; deadline: DeadlineOrUnavailable | null } | null;
  /** Whether the withdrawal or loan business may be suspended meanwhile (第九条（一）). */
  businessMayBeSuspended: boolean;
  /** Whether suspended business must be resumed (第九条（二）: found unfounded). */
  resumeBusiness: boolean;
  /** 第九条（四）: the party's established facts, reasons and evidence must be adopted. */
  defenceMustBeAdopted: boolean;
  /** With `decisionReceivedOn`: the objection deadline that the written notice starts (第十三条); `unavailable` when it needs a year without calendar data. */
  objectionDue?: DeadlineOrUnavailable;
  basis: Citation[];
}

const BRANCH = '奎屯分中心、各县（市）管理部';

/**
 * Given where a case stands (`completed`: the last step done), says the next step of 第九条,
 * what it must contain, its time limit and whether business may be or must no longer be
 * suspended:
 * `none` → 信息采集; → 调查核实 (3 days when a withdrawal or loan is involved, extendable when
 * complex: R-PF-10); → unfounded: closed, business resumed; confirmed: 诚信约谈 (record of
 * 对象、时间、内容); → 事先告知、听取陈述和申辩; → 书面告知认定结果、申诉权利; → closed
 * (the objection period of 第十三条 runs from the notice's receipt). A deadline whose due day needs a
 * year without calendar data is an `unavailable` entry; the step is still given (R-CAL-7).
 *
 * @example
 * nextDeterminationStep({ completed: 'information-gathering', involvesBusiness: true, verificationStartedOn: '2024-09-13' })
 * // { step: 'verification', timeLimit: { days: 3, extendable: true, deadline: { unavailable: false, due: '2024-09-18', ... } }, ... }
 * @throws PolicyInputError for malformed input or a finished verification without its finding;
 *   PolicyNotInForceError for dates before 2024-04-01
 */
export function nextDeterminationStep(input: DeterminationStateInput, options?: CalendarOptions): DeterminationNextStep {
  const p = parseInput(determinationStateInputSchema, input, { labels });
  if (p.verificationStartedOn !== undefined) assertInForce(DOCUMENT, p.verificationStartedOn, '核查开始之日');
  if (p.decisionReceivedOn !== undefined) assertInForce(DOCUMENT, p.decisionReceivedOn, '收到书面告知书之日');
  const business = p.involvesBusiness === true;
  const base = { actor: BRANCH, timeLimit: null, businessMayBeSuspended: business, resumeBusiness: false, defenceMustBeAdopted: false };

  switch (p.completed) {
    case 'none':
      return {
        ...base,
        step: 'information-gathering',
        title: '信息采集',
        mustContain: [
          '通过日常业务、监督检查、其它部门移送、投诉举报等途径，收集、核查符合失信行为要求的相关信息',
          ...(business ? ['涉及住房公积金提取或贷款业务办理的，经办部门可视情暂缓办理，并留存相关业务材料'] : []),
        ],
        basis: [C9_1],
      };
    case 'information-gathering': {
      let deadline: DeadlineOrUnavailable | null = null;
      const start = p.verificationStartedOn;
      if (business && p.complex !== true && start !== undefined) {
        deadline = deadlineOrUnavailable(() => {
          const d = computeDeadline({ start, days: 3, unit: 'calendar-days' }, options);
          return { ...d, basis: [C9_2_LIMIT, ...d.basis] };
        }, [C9_2_LIMIT]);
      }
      return {
        ...base,
        step: 'verification',
        title: '调查核实',
        mustContain: ['通过电话、面谈、上门勘察、联网核查、商请协查等方式进一步核实情况'],
        timeLimit: business ? { days: 3, extendable: true, deadline } : null,
        basis: business ? [C9_2_WITH_LIMIT] : [C9_2],
      };
    }
    case 'verification':
      if (p.verificationFinding === 'unfounded') {
        return {
          ...base,
          step: 'closed',
          title: '经核查失信行为不属实，终止认定',
          mustContain: business ? ['恢复相关业务办理'] : [],
          businessMayBeSuspended: false,
          resumeBusiness: business,
          basis: [C9_2_UNFOUNDED],
        };
      }
      return {
        ...base,
        step: 'credit-interview',
        title: '诚信约谈',
        mustContain: [
          '对当事人（单位负责人、主要责任人、经办人或个人）进行诚信约谈',
          '宣传住房公积金相关法规、规章和政策',
          '督促其诚信守法、及时整改',
          '谈话笔录：约谈的对象',
          '谈话笔录：约谈的时间',
          '谈话笔录：约谈的内容',
        ],
        basis: [C9_3],
      };
    case 'credit-interview':
      return {
        ...base,
        step: 'prior-notice-and-hearing',
        title: '依法送达：事先告知并听取陈述和申辩',
        mustContain: ['事先告知当事人拟列入失信行为', '听取当事人的陈述和申辩意见', '对当事人提出的事实、理由和证据成立的，应当采纳'],
        basis: [C9_4_HEARING],
      };
    case 'prior-notice-and-hearing': {
      const adopt = p.defenceEstablished === true;
      return {
        ...base,
        step: 'written-decision',
        title: '依法送达：书面告知认定结果和申诉权利',
        mustContain: [
          ...(adopt ? ['采纳当事人提出的成立的事实、理由和证据'] : []),
          '认定结果',
          '申诉权利',
          '对认定结果有异议的，可在收到书面告知书之日起15日内提出书面复议，并提交相关证明材料',
        ],
        defenceMustBeAdopted: adopt,
        basis: adopt ? [C9_4, C13_OBJECTION] : [C9_4_WRITTEN, C13_OBJECTION],
      };
    }
    case 'written-decision': {
      const out: DeterminationNextStep = {
        ...base,
        step: 'closed',
        title: '认定程序已完成；当事人可在收到书面告知书之日起15日内提出书面复议',
        mustContain: [],
        basis: [C9_4_WRITTEN, C13_OBJECTION],
      };
      if (p.decisionReceivedOn !== undefined) {
        out.objectionDue = computeObjectionDeadlines({ noticeReceivedOn: p.decisionReceivedOn }, options).objectionDue;
      }
      return out;
    }
  }
}
