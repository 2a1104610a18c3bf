/**
 * 伊财规字〔2024〕1号 《伊犁州本级政府非税收入收缴管理办法》: the header, every one of its 37
 * articles verbatim (款 and 项 separated by `\n`), the nine chapter headings, and the
 * citation builder the module's decisions use.
 *
 * Note: 第二十八条 numbers its items （一）（二）（三）（五）（六）. There is no （四）; the items keep
 * the numbers the text gives, so `cite('第二十八条', { item: 5 })` quotes （五） and item 4
 * does not exist.
 */
import { createCiter, defineArticles } from '../core/citations.js';
import { DOCUMENT_HEADERS } from '../core/documents.js';
import { deepFreeze } from '../core/frozen.js';

/** The document's header: number, title, issuer, dates in force. */
export const DOCUMENT = DOCUMENT_HEADERS['non-tax-revenue-2024'];

/** Every article of the 办法, verbatim, with the functions implementing it or why none does. */
export const ARTICLES = /* @__PURE__ */ defineArticles([
  {
    id: '第一条',
    article: 1,
    text: "为加强伊犁州本级政府非税收入收缴管理，规范政府非税收入收缴行为，健全政府非税收入收缴管理制度，根据《财政部关于印发<政府非税收入管理办法>的通知》（财税〔2016〕33号）、《关于加快推进地方政府非税收入收缴电子化管理工作的通知》（财库〔2017〕7号）、《财政部关于稳步推广电子非税收入一般缴款书的通知》（财库〔2021〕46号）、《新疆维吾尔自治区政府非税收入收缴管理办法》（新财规〔2023〕8号）等有关规定，结合伊犁州本级实际，制定本办法。",
    notComputable: '制定目的与依据，不作判断。',
  },
  {
    id: '第二条',
    article: 2,
    text: "本办法适用于伊犁州本级政府征收的非税收入收缴管理。",
    notComputable: '适用范围（州本级政府非税收入），本模块各函数均以此为前提。',
  },
  {
    id: '第三条',
    article: 3,
    text: "财政部门是非税收入的主管部门，伊犁州财政局依法履行州本级非税收入收缴的管理职责。",
    notComputable: '主管部门的职责分工，不作判断。',
  },
  {
    id: '第四条',
    article: 4,
    text: "财政部门用于非税收入资金收缴的账户包括非税收入财政专户和国库。",
    implementedBy: ['validateRefundReason', 'refundApprovalChain', 'revenueSharingProcedure'],
  },
  {
    id: '第五条',
    article: 5,
    text: "非税收入收缴实行国库集中收缴制度。伊犁州财政局使用自治区非税收入收缴管理系统（以下简称“非税系统”），统一管理非税收入收缴业务。",
    notComputable: '国库集中收缴制度与非税系统的使用，属制度安排。',
  },
  {
    id: '第六条',
    article: 6,
    text: "执收单位是指按照行业归口管理要求和财务隶属关系，负责本单位非税收入收缴的独立核算单位。执收单位应当依法依规开展非税收入执收业务。",
    notComputable: '执收单位的定义与一般义务。',
  },
  {
    id: '第七条',
    article: 7,
    text: "缴款人是指依照法律、行政法规或部门规章规定，负有缴纳非税收入义务的单位和个人。",
    notComputable: '缴款人的定义。',
  },
  {
    id: '第八条',
    article: 8,
    text: "代理银行是指由伊犁州本级财政部门确定的代理本级非税收入收缴、汇划、清算业务的商业银行。代理银行应当按照有关法律、法规、规章制度以及与财政部门签订的《委托代理协议》的约定，办理非税收入财政专户账户开立、资金收缴、汇划清算以及信息反馈等业务。",
    notComputable: '代理银行的定义与业务范围，依《委托代理协议》办理。',
  },
  {
    id: '第九条',
    article: 9,
    text: "对需缴入国库的非税收入，原则上采取汇缴划库为主、就地缴库为辅的收缴方式。\n汇缴划库是指财政部门先将资金归集到非税收入财政专户，再定期开具《缴款书》将资金缴入本级国库。\n就地缴库是指缴款人按照财政部门或者执收单位的规定填写《缴款书》，直接将资金缴入本级国库。对于没有明确规定执收单位、偶然性以及通过非税系统收缴难度较大的非税收入等可实行就地缴库方式。",
    implementedBy: ['chooseCollectionMode'],
  },
  {
    id: '第十条',
    article: 10,
    text: "非税收入财政专户是伊犁州财政局在代理银行开立的用于记录、核算和反映非税收入资金收缴、汇划和清算活动的账户，该账户只能用于核算非税收入资金，不得核算其他资金。对需缴入国库的非税收入按规定时限将资金缴入国库。非税收入财政专户的开立、撤销和变更等严格按照财政部有关财政专户管理规定执行。",
    notComputable: '财政专户的用途限制与开立、撤销、变更规则，“按规定时限”未在本办法写明时限。',
  },
  {
    id: '第十一条',
    article: 11,
    text: "财政部门非税收入财政专户产生的利息收入，应按季缴入各级国库。",
    implementedBy: ['interestRemittancePeriod'],
  },
  {
    id: '第十二条',
    article: 12,
    text: "执收单位收缴非税收入实行直接收缴方式。\n直接收缴是指执收单位根据缴款人应缴纳的项目和金额，通过非税系统开具《非税收入一般缴款书（电子）》（以下简称《电子一般缴款书》）或《新疆维吾尔自治区非税收入一般缴款书》（以下简称《一般缴款书》）开展非税收入资金收缴的方式。《电子一般缴款书》是运用计算机和信息网络技术开具、储存、传输和接收的数字电文形式的缴款凭证，是纸质《一般缴款书》的电子化表现形式。《一般缴款书》是非税收入收缴的通用凭证，具有缴款凭证和收款收据功能，是合法的会计原始凭证。",
    implementedBy: ['paymentVoucherRules'],
  },
  {
    id: '第十三条',
    article: 13,
    text: "执收单位通过非税系统录入收缴相关信息并开具《新疆维吾尔自治区非税收入缴款通知单》（以下简称《缴款通知单》）通知缴款人缴款，或者通过发送缴款码短信、缴款二维码等方式通知缴款人缴款。缴款人可持《缴款通知单》或者缴款码到代理银行临柜办理缴款，或通过扫码支付、网银支付、手机支付等电子支付方式完成缴款，将资金缴入非税收入财政专户。缴款人缴款完毕，代理银行反馈收缴信息，非税系统确认收款后自动追加财政监制电子签名和印章，生成完整的《电子一般缴款书》电文数据。执收单位或者缴款人可打印、下载、传输、储存《电子一般缴款书》。",
    implementedBy: ['settlementRoute', 'handleUnidentifiedFunds'],
  },
  {
    id: '第十四条',
    article: 14,
    text: "缴款人持《缴款通知单》到开户银行临柜办理缴款的，开户银行可将《缴款通知单》作为转账支付凭证，按照银行支付结算等有关办法，在加盖缴款人预留印鉴后办理转账和缴款确认，并向缴款人出具划款回单凭证。",
    implementedBy: ['settlementRoute'],
  },
  {
    id: '第十五条',
    article: 15,
    text: "缴款人持缴款码到开户银行临柜办理缴款的，开户银行应按照银行支付结算等有关办法，完成缴款确认，并向缴款人出具收款或划款回单凭证。",
    implementedBy: ['settlementRoute'],
  },
  {
    id: '第十六条',
    article: 16,
    text: "当缴款人开户行和非税收入财政专户收款行不是同一家商业银行时，实行收单机构收缴清分模式。收单机构在缴款人完成缴款后，将资金存入开设的代理非税收入科目下，日终与非税系统完成交易流水对账。非税系统对账成功后按照清分规则向收单机构发送清分指令，收单机构按照指令将资金划入指定代理银行的财政专户，指定代理银行收到资金后向非税系统发送收款确认信息，并完成日终到账资金对账。",
    implementedBy: ['settlementRoute'],
  },
  {
    id: '第十七条',
    article: 17,
    text: "代理银行接到缴款人通过转账、异地汇兑结算等方式缴入资金且无法获取票据号码、缴款码等收款信息时，作无信息资金处理，及时登记非税收入收缴无信息明细表，同时，在收到资金后必须立即通知缴款人和执收单位。由执收单位根据非税收入资金退付流程申请退付，通知缴款人按规定流程重新办理缴费手续。",
    implementedBy: ['handleUnidentifiedFunds'],
  },
  {
    id: '第十八条',
    article: 18,
    text: "非税收入资金缴入财政专户后，需要退付的，应严格按照伊犁州财政局的有关规定办理退付。非税收入资金退付不得退付现金。",
    implementedBy: ['validateRefundReason'],
  },
  {
    id: '第十九条',
    article: 19,
    text: "非税收入资金退付实行逐级审核制，由缴款人向执收单位提出退付申请，执收单位提交退付报告，填制《伊犁州本级非税收入资金退付资金申请书》，附相关印证材料，由主管部门审核后，伊犁州财政局业务处室审定后，提交伊犁州财政局国库处办理资金退付。已缴入国库的非税收入需要退付的，主管部门必须提出申请退付正式文件。",
    implementedBy: ['validateRefundReason', 'refundApprovalChain', 'handleUnidentifiedFunds'],
  },
  {
    id: '第二十条',
    article: 20,
    text: "缴款人申请退付，应提供原始缴款凭证等证明资料。各执收单位和财政部门应认真审核，确保不出差错。伊犁州财政局和执收单位应利用电子化收缴和支付手段，提高退付效率，方便缴款人。",
    implementedBy: ['validateRefundReason'],
  },
  {
    id: '第二十一条',
    article: 21,
    text: "属于下列范围的，可以办理资金退付。\n（一）由于工作疏忽，发生技术性差错需要退付的；\n（二）由于多缴款、重复缴款需要退付的；\n（三）政策规定或者由于政策变动等需要退付的；\n（四）通过非税系统代收的往来资金需要退付的；\n（五）其他原因需要办理退付的。",
    implementedBy: ['validateRefundReason'],
  },
  {
    id: '第二十二条',
    article: 22,
    text: "非税收入资金缴入财政专户后，需要分成的，应严格按照财政部、中央有关主管部门和自治区财政厅有关规定办理。已缴入国库的非税收入需要调整分成的，按照规定程序申请后，使用《更正（调库）通知书》办理。",
    implementedBy: ['revenueSharingProcedure'],
  },
  {
    id: '第二十三条',
    article: 23,
    text: "非税收入分成上划实行逐级审核制，由执收单位填写《伊犁州本级非税收入资金分成上划申请书》，并附分成文件依据及收费项目收入完成情况等相关资料，由主管部门审核后，报伊犁州财政局业务处室审定后，提交伊犁州财政局国库处办理资金上划手续。",
    implementedBy: ['revenueSharingProcedure'],
  },
  {
    id: '第二十四条',
    article: 24,
    text: "伊犁州财政局和执收单位应加强非税收入分成管理，确保各级分成收入及时、足额缴入各级非税收入财政专户或各级国库。除财政部和中央主管部门另有文件规定外，各执收单位应在每季度结束后10个工作日内，年底12月20前，提出资金分成上划申请，伊犁州财政局应在接到申请后5日内完成资金上划。",
    implementedBy: ['computeRevenueSharingDeadlines'],
  },
  {
    id: '第二十五条',
    article: 25,
    text: "执收单位直接收缴缴入本级非税收入财政专户时，必须使用非税系统开具非税收入《电子一般缴款书》。",
    implementedBy: ['paymentVoucherRules'],
  },
  {
    id: '第二十六条',
    article: 26,
    text: "《电子一般缴款书》由非税系统自动生成发放，不需领用。",
    implementedBy: ['paymentVoucherRules'],
  },
  {
    id: '第二十七条',
    article: 27,
    text: "伊犁州财政局和执收单位要加强对非税收入收缴的管理和监督,建立健全非税收入收缴管理的各项制度。",
    notComputable: '加强管理和监督的一般要求。',
  },
  {
    id: '第二十八条',
    article: 28,
    text: "伊犁州财政局主要职责\n（一）负责组织制定非税收入有关政策和制度，组织非税收入收缴。\n（二）负责管理和监督非税收入票据的使用和核销等工作。\n（三）负责选择非税收入代理银行，对其代理非税收入收缴业务履约情况进行监督考核。\n（五）负责管理政府非税收入收缴账户体系。\n（六）负责对非税收入收缴及退付实施管理、监督和检查。",
    implementedBy: ['nonTaxRevenueDuties'],
  },
  {
    id: '第二十九条',
    article: 29,
    text: "代理银行主要职责\n（一）按照规定及时做好有关账户开设、撤销和变更。\n（二）做好资金收缴、汇划清算以及收缴信息反馈等工作，按时核对账务，出具回单等，按时向伊犁州财政局和执收单位出具收入日报、月报等。\n（三）对收费时间相对集中、日资金收取量较大的执收单位，代理银行应根据有关规定加强服务。\n（四）做好与非税系统的对接，及时维护信息系统，确保缴款信息反馈及时、准确、安全。\n（五）做好非税收入收缴代理业务培训和管理，做好对缴款人的解释说明工作，方便缴款人缴款。",
    implementedBy: ['nonTaxRevenueDuties'],
  },
  {
    id: '第三十条',
    article: 30,
    text: "执收单位职责\n（一）执行非税收入收缴管理政策，严格按国家有关规定执收非税收入，不得多收、少收或不收。加强本部门本行业非税收入政策制度的研究，配合伊犁州财政局组织实施非税收入收缴改革管理。\n（二）严格执行收支两条线管理要求和收缴分离原则，确保非税收入资金及时、足额缴入财政专户。\n（三）建立和完善非税收入管理制度，明确开票、收缴、退付、上划分成等要求。加强和上级主管部门的业务核对，及时组织上下级分成收入的分成划缴。\n（四）组织非税收入会计核算，及时与代理银行、伊犁州财政局核对账务，及时将所收款项缴入非税收入财政专户，防止挤占、截留和挪用等问题发生。\n（五）建立健全内部监督制约机制，建立健全统计台账，统计汇总非税收入收缴、退付和分成情况，防止错退、错划。",
    implementedBy: ['nonTaxRevenueDuties'],
  },
  {
    id: '第三十一条',
    article: 31,
    text: "缴款人应按照规定认真履行缴款义务。缴款人有权向执收单位了解非税收入的有关政策、法规以及收缴管理方式的有关规定。对执收单位违反国家政策规定权限擅自设立政府非税收入项目、扩大政府非税收入征收范围、提高征收标准等乱收费行为，缴款人有权拒绝缴款，并有权向财政、审计、监察等部门举报。",
    notComputable: '缴款人的义务与权利（了解政策、拒绝乱收费、举报），需个案判断是否属于乱收费。',
  },
  {
    id: '第三十二条',
    article: 32,
    text: "执收单位违反本办法规定的，按照《中华人民共和国预算法》（主席令第二十二号）、《预算法实施条例》（国务院令第729号）、《财政违法行为处罚处分条例》（国务院令第427号）和《违反行政事业性收费和罚没收入收支两条线管理规定行政处分暂行规定》（国务院令第281号）等有关法律法规进行处理，涉嫌违纪违法犯罪的，移交司法机关处理。",
    notComputable: '执收单位的法律责任，转引预算法等法律法规，处理结果不由本办法确定。',
  },
  {
    id: '第三十三条',
    article: 33,
    text: "执收单位违反财政票据管理有关规定的，按照《财政票据管理办法》（财政部令第104号）以及其它有关财政票据管理规定进行处理。",
    notComputable: '违反财政票据管理规定的处理，转引《财政票据管理办法》。',
  },
  {
    id: '第三十四条',
    article: 34,
    text: "代理银行违反国家有关规定和《委托代理协议书》约定的，拒收压票、不及时汇划资金、借故占用财政资金的，由伊犁州财政局会同人民银行责令整改，并根据《委托代理协议》约定，承担违约责任，涉嫌违法犯罪的，移交司法机关处理。",
    notComputable: '代理银行的违约与法律责任，依《委托代理协议》和有关规定处理。',
  },
  {
    id: '第三十五条',
    article: 35,
    text: "非税收入项目划转税务部门征收的，依照相关规定执行。",
    notComputable: '划转税务部门征收的项目依照相关规定执行，不在本办法内计算。',
  },
  {
    id: '第三十六条',
    article: 36,
    text: "本办法由伊犁州财政局负责解释。",
    notComputable: '解释权归属。',
  },
  {
    id: '第三十七条',
    article: 37,
    text: "本办法自2024年2月1日起施行，有效期5年。",
    implementedBy: ['nonTaxRevenueInForce', 'validateRefundReason', 'computeRevenueSharingDeadlines', 'interestRemittancePeriod', 'handleUnidentifiedFunds'],
  },
]);

/** A chapter (章) of the 办法: its heading as written and the articles it holds. */
export interface NonTaxRevenueChapter {
  id: string;
  /** The heading verbatim (whitespace aside: the seed writes `总 则`, `附 则`). */
  title: string;
  /** First and last article number of the chapter. */
  articles: readonly [number, number];
}

/** The nine 章 headings of the 办法, verbatim, with their article ranges. */
export const NON_TAX_REVENUE_CHAPTERS: readonly NonTaxRevenueChapter[] = /* @__PURE__ */ deepFreeze([
  { id: '第一章', title: '总 则', articles: [1, 9] },
  { id: '第二章', title: '银行账户管理', articles: [10, 11] },
  { id: '第三章', title: '非税收入资金收缴', articles: [12, 17] },
  { id: '第四章', title: '非税收入资金退付', articles: [18, 21] },
  { id: '第五章', title: '非税收入资金分成', articles: [22, 24] },
  { id: '第六章', title: '票据管理', articles: [25, 26] },
  { id: '第七章', title: '监督管理', articles: [27, 31] },
  { id: '第八章', title: '法律责任', articles: [32, 34] },
  { id: '第九章', title: '附 则', articles: [35, 37] },
] as const);

/** The covering notice that issued the 办法 (not part of the 办法's articles), verbatim. */
export const NON_TAX_REVENUE_NOTICE = '各非税收入执收单位、非税收入代理银行：\n为加强伊犁州本级非税收入收缴管理，规范非税收入收缴行为，州财政局制定了《伊犁州本级政府非税收入收缴管理办法》，现予以印发，请遵照执行。';

/** Builds verified citations of 伊财规字〔2024〕1号. */
export const cite = /* @__PURE__ */ createCiter(DOCUMENT, ARTICLES);
