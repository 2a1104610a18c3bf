/**
 * 伊州公积金管办〔2024〕2号 《伊犁州住房公积金失信行为惩戒管理办法》: the header and all 19
 * articles, verbatim from the seed (款 and 项 separated by newlines), with the functions that
 * implement each one or why it is not computable.
 */
import { createCiter, defineArticles } from '../core/citations.js';
import { DOCUMENT_HEADERS } from '../core/documents.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['provident-fund-discredit-2024'];

/** All 19 articles, verbatim. */
export const ARTICLES = /* @__PURE__ */ defineArticles([
  {
    id: '第一条',
    article: 1,
    text: "为加强伊犁州住房公积金管理，防范住房公积金资金运作风险，倡导单位与个人诚实守信，惩戒失信行为，积极推进住房公积金诚信制度化建设，按照国务院《住房公积金管理条例》(以下简称《条例》)《伊犁州关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的实施方案》（伊州〔2019〕1号）等有关规定，结合伊犁州实际，制定本办法。",
    notComputable: '立法目的与依据，不产生可计算的决定。',
  },
  {
    id: '第二条',
    article: 2,
    text: "本办法所指的住房公积金失信行为（以下简称失信行为）管理，是指对住房公积金管理领域内发生的失信行为予以记录，依法采取公布、后续监督、失信惩戒等措施，促使其纠正违法、失信行为的管理制度。",
    notComputable: '失信行为管理的定义，不产生可计算的决定。',
  },
  {
    id: '第三条',
    article: 3,
    text: "伊犁州住房公积金管理中心负责伊犁州直范围内失信行为的公布、惩戒、监督等工作；奎屯分中心、各县（市）管理部负责所在辖区范围内失信人员名单信息的认定、统计汇总，以及实施相应的失信惩戒措施。",
    notComputable: '管理中心、奎屯分中心与各县（市）管理部的职责分工，不产生可计算的决定。',
  },
  {
    id: '第四条',
    article: 4,
    text: "失信行为，分为提取失信行为、贷款失信行为。\n（一）提取失信行为包括：以虚假事实，提供虚假、伪造证明材料等行为，办理公积金提取业务，包括提取申请时及提取办结后发生的失信行为。\n（二）贷款失信行为包括：以虚构、隐瞒事实，提供虚假、伪造证明材料等行为，办理公积金贷款业务，包括贷款申请时及贷后管理中发生的失信行为。",
    implementedBy: ['classifyDiscredit'],
  },
  {
    id: '第五条',
    article: 5,
    text: "失信行为按照严重程度从低到高分为三个等级，分别是一般失信行为、较重失信行为和严重失信行为。",
    implementedBy: ['gradeArrears', 'classifyDiscredit', 'sanctionsFor'],
  },
  {
    id: '第六条',
    article: 6,
    text: "存在下列情况之一的，应列入一般失信行为：\n（一）无故连续拖欠公积金贷款本息2期及以下的；\n（二）本办法第四条所列其他情形，情节较轻微的。",
    implementedBy: ['gradeArrears', 'classifyDiscredit'],
  },
  {
    id: '第七条',
    article: 7,
    text: "存在下列情形之一的，列入较重失信行为：\n（一）无故连续拖欠公积金贷款本息3期以上（含3期）6期以下的；\n（二）本办法第四条所列其他情形，情节较重的。",
    implementedBy: ['gradeArrears', 'classifyDiscredit'],
  },
  {
    id: '第八条',
    article: 8,
    text: "存在下列情形之一的，列入严重失信行为：\n（一）在申请提取、贷款时发现或业务办理完成后发现，以虚构、隐瞒事实，提供虚假、伪造证明材料等行为的;\n（二）以非购房（建房）为目的，通过房产中介（个人）提供相关材料，采取非正常交易方式提取公积金用于其它支出的；\n（三）无故连续拖欠公积金贷款本息6期以上（含6期）的；\n（四）本办法第四条所列其他情形，情节严重的。",
    implementedBy: ['gradeArrears', 'classifyDiscredit'],
  },
  {
    id: '第九条',
    article: 9,
    text: "失信行为认定程序为：\n（一）信息采集。奎屯分中心、各县市管理部按职责，通过日常业务、监督检查、其它部门移送、投诉举报等途径，收集、核查符合失信行为要求的相关信息。涉及住房公积金提取或贷款业务办理的，经办部门可视情暂缓办理，并留存相关业务材料。\n（二）调查核实。奎屯分中心、各县市管理部应通过电话、面谈、上门勘察、联网核查、商请协查等方式进一步核实情况。涉及住房公积金提取或贷款业务办理的，核查期一般不应超过3日，情况复杂的，可视情延长核查期限。经核查失信行为不属实的，应恢复相关业务办理。\n（三）诚信约谈。经调查核实，确认存在违反住房公积金管理法规和政策规定行为的，奎屯分中心、各县（市）管理部应对当事人（单位负责人、主要责任人、经办人或个人）进行诚信约谈，宣传住房公积金相关法规、规章和政策，督促其诚信守法、及时整改，并做谈话笔录，详细记录约谈的对象、时间以及内容。\n（四）依法送达。奎屯分中心、各县（市）管理部对拟列入失信行为的单位或职工，应事先告知当事人，听取其陈述和申辩意见。对当事人提出的事实、理由和证据成立的，应当采纳。最后将认定结果、申诉权利及时以书面告知当事人。",
    implementedBy: ['nextDeterminationStep'],
  },
  {
    id: '第十条',
    article: 10,
    text: "对一般失信行为，采取信用提醒的方式，将失信信息以短信、电话或者通过12329热线方式通知个人，提醒其规范相关行为。",
    implementedBy: ['sanctionsFor', 'computeRestrictionPeriod'],
  },
  {
    id: '第十一条',
    article: 11,
    text: "对较重失信行为，在确定违规行为发生之日起冻结其个人账户，限制其五年不予办理公积金提取和贷款。如涉及违规资金的，在确定违规行为发生之日起冻结其个人账户，从所涉资金清缴之日起限制其五年不予办理公积金提取和贷款。",
    implementedBy: ['sanctionsFor', 'computeRestrictionPeriod', 'restrictionStatus'],
  },
  {
    id: '第十二条',
    article: 12,
    text: "对严重失信行为，可以采取以下方式惩戒：\n（一）在住房公积金网站及一定范围内公开失信人失信行为。\n（二）向失信人员所在单位通报其失信行为。\n（三）失信人员属于纪委监察对象的，将其失信行为上报当地纪委监委。\n（四）对于骗提骗贷资金拒不归还，由管理中心采取法律诉讼追回资金的；对于贷款逾期严重通过法律诉讼追回欠款的，在确定违规行为发生之日起冻结其个人账户，从所涉资金清缴之日起限制其八年不予办理公积金提取和贷款。\n（五）失信人员再次申请住房公积金贷款时按一定比例下调可贷额度。",
    implementedBy: ['sanctionsFor', 'computeRestrictionPeriod', 'restrictionStatus'],
  },
  {
    id: '第十三条',
    article: 13,
    text: "缴存职工对失信行为认定结果有异议的，可在收到书面告知书之日起15日内，向奎屯分中心、各县（市）管理部提出书面复议，并提交相关证明材料。奎屯分中心、各县（市）管理部应当自收到申请之日起15日内完成复议审核工作，并书面告知复议人复议结果。\n书面复议应包括以下内容：\n（一）复议人姓名（名称）、地址、联系方式；\n（二）认定部门（分支机构）名称；\n（三）复议请求；\n（四）主要事实和理由（提供相关证明材料）；\n（五）提出复议时间；\n（六）法律、法规、规章规定的其他材料。",
    implementedBy: ['computeObjectionDeadlines', 'validateWrittenObjection'],
  },
  {
    id: '第十四条',
    article: 14,
    text: "缴存职工对奎屯分中心、各县（市）管理部处理的结果不服或在规定的时间未受理、未作出复议的，缴存职工可以向中心提出申诉申请，中心自收到申诉申请之日起5日内决定是否受理。不予受理的，应当书面告知申诉人理由；予以受理的，应当在10日内完成申诉审核工作，并书面告知申诉人申诉结果。\n通过核实，原认定失信行为正确的，予以维持原处理结果，原认定失信行为存在错误的，应当予以更正。\n异议处理期间，不影响分中心、各县（市）管理部采取必要的临时惩戒措施。",
    implementedBy: ['computeObjectionDeadlines', 'measuresDuringObjection'],
  },
  {
    id: '第十五条',
    article: 15,
    text: "中心将失信行为惩戒管理工作纳入年度住房公积金管理工作考核内容。中心干部职工故意提供虚假信息，给单位或个人造成经济损失的、依照法律和公积金相关管理政策及规定追究相关人员的责任。",
    notComputable: '管理中心内部考核与工作人员责任追究，不产生对当事人的可计算决定。',
  },
  {
    id: '第十六条',
    article: 16,
    text: "任何单位和个人有权举报失信行为，并对失信行为的认定、信息公开、惩戒、管理进行监督。",
    notComputable: '任何单位和个人的举报与监督权利，不产生可计算的决定。',
  },
  {
    id: '第十七条',
    article: 17,
    text: "本办法第十一条、第十二条中失信惩戒年限最长到法定退休年限为止。",
    implementedBy: ['computeRestrictionPeriod', 'restrictionStatus'],
  },
  {
    id: '第十八条',
    article: 18,
    text: "本实施办法未尽事项，按国家、自治区、自治州有关法律法规执行。",
    notComputable: '未尽事项适用国家、自治区、自治州法律法规，属兜底规定。',
  },
  {
    id: '第十九条',
    article: 19,
    text: "本办法自2024年4月1日起实行，由伊犁州住房公积金管理中心负责解释。",
    implementedBy: ['computeRestrictionPeriod', 'restrictionStatus', 'computeObjectionDeadlines', 'nextDeterminationStep'],
  },
]);

/** Builds verified citations of this document (`cite('第七条', { item: 1 })`). */
export const cite = /* @__PURE__ */ createCiter(DOCUMENT, ARTICLES);
