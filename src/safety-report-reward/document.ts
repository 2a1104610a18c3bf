/**
 * 伊州政办规〔2024〕1号：自治州贯彻落实《新疆维吾尔自治区安全生产举报奖励办法》实施细则（试行）.
 * All 21 articles, verbatim from the seed (lines 1–57), 款 and 项 separated by `\n`.
 */
import { createCiter, defineArticles } from '../core/citations.js';
import { DOCUMENT_HEADERS } from '../core/documents.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['safety-report-reward-2024'];

/** Every article of the document, verbatim, with the functions that implement it. */
export const ARTICLES = /* @__PURE__ */ defineArticles([
  {
    id: '第一条',
    article: 1,
    text: '为进一步加强安全生产领域社会监督，鼓励社会公众积极参与安全生产举报，规范伊犁州直安全生产举报受理、奖励程序，依据《中华人民共和国安全生产法》、《安全生产领域举报奖励办法》（安监总财〔2018〕19号）、《新疆维吾尔自治区安全生产条例》等相关法律法规和文件要求，结合工作实际，贯彻《新疆维吾尔自治区安全生产举报奖励办法》（新政办发〔2019〕81号），制定本细则。',
    notComputable: '制定目的与依据，不涉及判断；其中提到的安监总财〔2018〕19号是 computeRewardAmount 默认金额标准的出处。',
  },
  {
    id: '第二条',
    article: 2,
    text: '本细则适用于伊犁州直范围内对报告安全生产领域重大事故隐患或者举报安全生产违法行为的奖励。\n有关法律、法规、规章对安全生产领域举报奖励另有规定的，适用其规定。',
    implementedBy: ['assessRewardEligibility'],
  },
  {
    id: '第三条',
    article: 3,
    text: '本细则所称安全生产违法行为按照有关法律、法规、规章、标准进行认定，由相关行业部门负责解释。',
    notComputable: '违法行为的认定由相关行业部门依法律、法规、规章、标准作出；本库把认定结果当作调用方提供的事实（routeReport 的 safetyMatter、assessRewardEligibility 的 subject）。',
  },
  {
    id: '第四条',
    article: 4,
    text: '安全生产举报，分为实名、隐名、匿名举报三种。\n实名举报，是指举报人以提供真实姓名或者名称以真实有效联系方式的形式，反映重大事故隐患和安全生产违法行为。\n隐名举报，是指举报人以不提供真实姓名或者名称，但提供其他能够辨别身份的代码（如电话号码），使应急管理部门能够与之取得联系的形式，反映重大事故隐患和安全生产违法行为。\n匿名举报，是指举报人以不署名或者不提供其真实姓名，并且也未能提供给其他能够辨别其身份的信息和联系方式，使应急管理部门无法与之取得联系的形式，反映重大事故隐患和安全生产违法行为。',
    implementedBy: ['classifyReport'],
  },
  {
    id: '第五条',
    article: 5,
    text: '伊犁州应急管理局为州直安全生产举报和奖励的实施部门，举报电话为0999-8042033，举报地址为伊犁州应急管理局调查评估和统计处（伊宁市边境经济合作区福州路153号州人民政府综合3号楼）。举报人可以通过电话、信函、传真、到访等多种方式进行举报。也可以通过12345热线或者在新疆政务服务网-伊犁哈萨克自治州-伊犁州应急管理局进行网络咨询投诉。',
    implementedBy: ['routeReport'],
  },
  {
    id: '第六条',
    article: 6,
    text: '伊犁州应急管理局接收到实名举报或者隐名举报的，应当形成受理记录，能够当场答复是否受理的，应当当场书面答复，不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。匿名举报或者举报人联系方式不清的除外。',
    implementedBy: ['classifyReport', 'computeRewardDeadlines', 'routeReport', 'rewardCaseStatus'],
  },
  {
    id: '第七条',
    article: 7,
    text: '对于不属于安全生产举报的事项，应当告知举报人不予受理，举报人坚持在本部门举报的，应当记录在案并在5日内移送有关部门。\n安全生产举报事项已经受理或者正在办理的，举报人在办理期间内向受理部门的上一级应急管理部门提出同一举报事项的，上级应急管理部门核实后，根据上级部门意见确定受理层级；其他举报人向应急管理部门举报同一事项且证据相同的，应急管理部门核实后不予受理。',
    implementedBy: ['routeReport'],
  },
  {
    id: '第八条',
    article: 8,
    text: '自治州负有安全生产监督管理职责的部门应当按照《自治州安全生产委员会成员单位安全生产工作职责分工》（伊州政明电〔2023〕1号），对州应急管理局分办的安全生产举报事项核实、查处。\n对符合《新疆维吾尔自治区安全生产举报奖励办法》（新政办发〔2019〕81号）第八条、第九条规定的奖励范围和条件且不属于第十条规定不予奖励情形的，按照该《办法》第十一条的规定提出奖励建议，最高奖励不超过30万元。对不能确定举报人真实身份的，不予奖励。',
    implementedBy: ['routeReport', 'classifyReport', 'assessRewardEligibility', 'computeRewardAmount'],
  },
  {
    id: '第九条',
    article: 9,
    text: '涉及人员死亡的举报事项，应当转送县级以上人民政府依法依规组织核查处理。',
    implementedBy: ['routeReport'],
  },
  {
    id: '第十条',
    article: 10,
    text: '对举报人的奖励，实行一案一奖制，依据以下原则确定奖励范围和金额：\n（一）对同一举报事项，不得重复予以奖励；\n（二）同一线索被两个以上举报人分别举报的，对最先举报的举报人进行举报奖励，其他举报人提供的证据对案件查处起直接、重大作用的，应给予适当奖励；\n（三）一个举报中所涉及的违法犯罪行为，应急管理部门予以分案查处的，可以分别计算奖励金额，奖金可以合并发放；\n（四）最终认定的违法犯罪事实与举报事项部分一致的，相一致部分为有效举报，不一致部分为无效举报，无效部分不计算奖励金额；\n（五）最终认定的违法犯罪事实与举报事项不一致的，不予奖励。',
    implementedBy: ['assessRewardEligibility', 'computeRewardAmount'],
  },
  {
    id: '第十一条',
    article: 11,
    text: '伊犁州应急管理局应当在依法作出处理或事故调查结案之日起15日内书面或者电话告知举报人是否符合举报奖励条件。无法通知举报人的，可以在一定范围内进行公告。\n对符合举报奖励条件且书面告知的，应当制作《安全生产举报奖励告知书》。电话告知的，应当做好录音及书面记录。告知日期分别以告知书发出的邮戳日期、电话通知当日的录音及书面记录为准。',
    implementedBy: ['computeRewardDeadlines', 'checkEligibilityNotice', 'rewardCaseStatus', 'SAFETY_REPORT_NOTICE_FORMATS'],
  },
  {
    id: '第十二条',
    article: 12,
    text: '举报人及时领取举报奖励的，应当确认相关信息。举报人委托他人代为申领举报奖励的，还应当提供授权委托证明、受委托人的身份证或者其他有效证件。',
    implementedBy: ['checkRewardClaim', 'assessRewardEligibility'],
  },
  {
    id: '第十三条',
    article: 13,
    text: '伊犁州应急管理局应当自收到举报人申领举报奖励30日内，对行业部门核查的举报事实、奖励条件和标准予以确认，作出奖励决定。',
    implementedBy: ['computeRewardDeadlines', 'rewardCaseStatus'],
  },
  {
    id: '第十四条',
    article: 14,
    text: '作出举报奖励决定后，伊犁州应急管理局制作《安全生产举报奖励通知书》，加盖行政机关公章，按照举报人提供的地址和联系方式通知举报人。',
    notComputable: '程序性义务（制作通知书、加盖公章、按举报人提供的地址和联系方式通知）；通知书是第十七条档案材料之一（SAFETY_REPORT_ARCHIVE_RECORDS），通知日是第十五条领取期限的起算日（computeRewardDeadlines 的 notifiedOn）。',
  },
  {
    id: '第十五条',
    article: 15,
    text: '举报人应当自接到奖励通知起60日内，凭有效身份证件领取奖励，逾期不领取奖励的，视为自动放弃；能够说明理由的，可以延长领取时间30日。\n委托他人代为提出举报奖励意愿的，受委托人需凭通知、受委托证明、举报人有效身份证件（或复印件）和受委托人的有效身份证件领取奖励。',
    implementedBy: ['computeRewardDeadlines', 'checkRewardClaim', 'assessRewardEligibility', 'rewardCaseStatus'],
  },
  {
    id: '第十六条',
    article: 16,
    text: '领取举报奖励的举报人应当对其同一举报内容未获得其他部门奖励的情况作出书面承诺。',
    implementedBy: ['checkRewardClaim', 'assessRewardEligibility'],
  },
  {
    id: '第十七条',
    article: 17,
    text: '伊犁州应急管理局应当做好奖励发放记录，建立奖励档案。档案包括举报原始记录、处罚决定书（或事故调查报告批复）、奖励告知书、奖励登记表、奖励通知书、奖励发放登记表等材料。',
    implementedBy: ['checkRewardArchive', 'SAFETY_REPORT_ARCHIVE_RECORDS'],
  },
  {
    id: '第十八条',
    article: 18,
    text: '受理、核查部门及其工作人员应当严格遵守保密纪律，妥善保管和使用举报材料，严格控制有关举报信息的知悉范围，对举报人身份的相关情况、举报内容、奖励信息严格保密。',
    notComputable: '保密义务，不涉及判断；本库相应地做到：输入错误的提示只写字段名，从不回显输入值（身份证号、电话等）。',
  },
  {
    id: '第十九条',
    article: 19,
    text: '举报人借举报之名，故意捏造事实诬告他人或者弄虚作假骗取奖励的，应当依法承担相应的责任。\n各级安全生产监管部门及其工作人员在办理安全生产举报奖励工作中存在违法违规违纪行为的，移交有关部门按照管理权限，对相关责任人员依法依规依纪予以处理，构成犯罪的，依法移送司法机关处理。',
    notComputable: '法律责任条款，由有关部门依法认定，不由本库计算。',
  },
  {
    id: '第二十条',
    article: 20,
    text: '本细则由伊犁州应急管理局负责解释。',
    notComputable: '解释权归属，不涉及判断。',
  },
  {
    id: '第二十一条',
    article: 21,
    text: '本细则自2024年2月20日起实施，有效期为二年。',
    implementedBy: ['computeRewardDeadlines', 'routeReport', 'assessRewardEligibility', 'computeRewardAmount', 'checkEligibilityNotice', 'checkRewardClaim', 'rewardCaseStatus'],
  },
]);

/** Builds verified citations of this document (`cite('第十条', { item: 3 })`). */
export const cite = /* @__PURE__ */ createCiter(DOCUMENT, ARTICLES);
