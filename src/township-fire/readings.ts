/**
 * Where 伊州政办规〔2024〕2号 allows two readings, the one the library takes, and why.
 * Mirrored in docs/township-fire-readings.md; decisions cite them with `citeReading`.
 */
import { citeReading, type Reading } from '../core/sources.js';
import { deepFreeze } from '../core/frozen.js';

/** 在效力：印发即施行，无终止日；事件日为乡镇作出处理或移送决定之日（可选）。 */
export const R_TF_IN_FORCE: Reading = {
  id: 'R-TF-1',
  question: '本方案自何时起适用？移送、处理的判定以哪一天为准？',
  answer:
    '自印发之日2024年1月23日起适用，未设终止日。routeFireViolation、routeFireViolations、planHazardHandling 可选传入 decidedOn（乡镇作出处理或移送决定之日）；早于2024-01-23的抛出 PolicyNotInForceError；不传则按现行方案判定，不作日期检查。townshipBrigadeRequirement 是常设建设要求，不取日期。',
  reason:
    '文件未写施行日期与有效期（印发通知落款2024年1月23日）。移送清单调整的是乡镇处理与移送的程序，程序规则适用于作出程序行为之时，故以决定之日而非隐患发生之日为事件日。',
};

/** 附件的编号。 */
export const R_TF_ANNEX_NAME: Reading = {
  id: 'R-TF-2',
  question: '五（十三）写“具体见附件1”，而文末附件标为“附件”且未编号；附件各项及其末段如何称引？',
  answer:
    '“附件1”即唯一的附件《拒不整改隐患问题移送处理清单》。各项称“附件 第1项”至“附件 第6项”（原文以“1.”至“6.”编号），清单后的不编号段落称“附件 末段”。',
  reason: '文件只有一个附件；引用以附件本身的标题与编号为准，不自行添加原文没有的“附件1”编号。',
};

/** 多部门：先移交至主要部门，适用于全部移交，按本案涉及的全部部门计。 */
export const R_TF_MULTI_DEPARTMENT: Reading = {
  id: 'R-TF-3',
  question:
    '附件末段“如移交的消防违法行为涉及多部门处理，应先移交至主要部门”是只适用于清单列举之外的行为，还是适用于全部移交？“多部门”如何计算？',
  answer:
    '适用于全部移交（列举的与列举之外的）。一案（一次移交）中的违法行为所涉移送部门合计多于一个的，即“涉及多部门处理”，包括单独一项第5项行为（公安机关、消防救援机构两个部门）。此时先移交主要部门，由其细化分解移交；主要部门由调用方指定，且须是本案涉及的部门之一；未指定的，结果标明 mainDepartmentRequired: true，不作推测。同一规则只有一个实现：routeFireViolations 与 planHazardHandling 的移送阶段（劝阻、制止无效且超出执法权限）用同一函数、同名输入 mainDepartment（及列举之外行为的 otherDepartments），同样的事实给出同样的 routing；主要部门只能在移送时填写，其他阶段填写属输入错误。',
  reason:
    '该句主语是“移交的消防违法行为”，未限于列举之外的行为；第5项本身列有两个移送部门。文件没有规定如何确定主要部门，本库不代为认定。',
};

/** 五（十三）的处理步骤：拒不整改后，权限之内依法处理并告知，超出权限的移送。 */
export const R_TF_HANDLING_STEPS: Reading = {
  id: 'R-TF-4',
  question:
    '五（十三）中“对劝阻、制止无效的，依法予以处理，并告知相关职能部门”与“对超出执法权限的……移送县市相关职能部门依法处理”是先后两步还是二选一？移送是否以拒不整改为前提？',
  answer:
    '二选一，均以劝阻、制止无效（拒不整改）为前提：属于乡镇（街道）执法权限（六（十五）的权责清单）的，由乡镇依法处理并告知该违法行为在附件中对应的职能部门；超出执法权限的，按附件移送县市职能部门。已整改的，五（十三）不再要求处理或移送。',
  reason:
    '附件标题为“拒不整改隐患问题移送处理清单”，移送针对拒不整改的隐患；“超出执法权限”与“依法予以处理”以乡镇是否有权处理相区分。是否超出权限取决于各乡镇的赋权清单，由调用方给出。',
};

/** 报告上一级政府：两个条件同时具备，且隐患仍然存在。 */
export const R_TF_REPORT_UP: Reading = {
  id: 'R-TF-5',
  question: '何时“及时报告上一级政府统筹解决”？',
  answer:
    '同时满足：属于重大火灾隐患或区域性消防安全突出问题，且依靠本级政府（机构）难以解决；并且隐患尚未整改。此项与督促整改、依法处理、移送并行，不替代它们。',
  reason: '原文以“……的，依靠本级政府（机构）难以解决的”连用两个条件；已整改的隐患不再是“辖区内存在的”隐患。',
};

/** 两处易混的归类。 */
export const R_TF_TRAPS: Reading = {
  id: 'R-TF-6',
  question:
    '在消防车通道停放电动自行车或为其充电，也是“占用消防车通道”；使用不合格消防产品，也与“不合格消防产品”有关。应归第几项？',
  answer:
    '在建筑的公共门厅、疏散通道、电梯间、楼梯间、安全出口和消防车通道等公共区域停放电动自行车或为其充电，归第3项（消防救援机构）；其他占用、堵塞消防车通道、消防登高作业场地的，归第5项（公安机关、消防救援机构）。使用不合格消防产品归第3项（消防救援机构）；生产、流通领域存在不合格消防产品归第1项（市场监督管理部门）。',
  reason: '第3项对电动自行车停放、充电作了专门列举，专门列举优先于第5项的一般规定；第1项限于“生产、流通领域”，“使用”另列于第3项。',
};

/** 四（七）：乡镇以所在县市加乡镇名称识别；县市为伊犁州直的县级行政区。 */
export const R_TF_TOWNS: Reading = {
  id: 'R-TF-7',
  question: '四（七）点名的乡镇如何识别？其他乡镇的要求与点名乡镇有何不同？',
  answer:
    '乡镇以“所在县市＋乡镇名称”识别，名称须与原文一致（忽略空白）；同名乡镇在其他县市的不属于点名乡镇。县市取伊犁州直的11个县级行政区（伊宁市、奎屯市、霍尔果斯市、伊宁县、察布查尔锡伯自治县、霍城县、巩留县、新源县、昭苏县、特克斯县、尼勒克县），其名单来自行政区划，不在原文中。点名乡镇“按照”GB/T 35547-2017建设一级或二级乡镇专职消防队，其他乡镇“参照”该标准建立乡镇志愿消防队。',
  reason:
    '伊宁市与伊宁县是两个县级单位，仅凭乡镇名称可能误认；原文对点名乡镇用“按照国家标准”，对其他乡镇用“参照国家标准”。',
};

/** 四（七）的名称识别：县市前缀、人民政府、空白；认不出的名称如实说明，不当作“未点名”。 */
export const R_TF_TOWN_NAMES: Reading = {
  id: 'R-TF-8',
  question: '乡镇名称带县市前缀（“伊宁市潘津镇”）、带“人民政府”或写法不全（“惠远”）时怎样识别？认不出的名称是否按“未点名的其他乡镇”处理？',
  answer:
    '先去掉空白、开头的“伊犁哈萨克自治州”“伊犁州直”“伊犁州”，再去掉与 county 相同的县市前缀（前缀是另一个县市的，属输入错误），末尾的“人民政府”“办事处”也去掉。余下的名称以“乡”“镇”结尾的读作乡镇（四（七）），以“街道”结尾的读作街道（三（五），R-TF-9）；都不是的（如“惠远”“某某村”），以及与本县市点名乡镇只差“乡/镇”一字的（如伊宁市“潘津乡”），结果为 status: unmatched，不给出建队要求，而不是当作“未点名的其他乡镇”。识别出的名称在 resolvedTown 中给出。',
  reason:
    '本库不掌握伊犁州直全部乡镇的名单，无法区分错字与真实的未点名乡镇；把认不出的名称说成“未点名、建志愿消防队”会让错字悄无声息地得出结论。带县市前缀正是原文的写法（伊宁市潘津镇），理应识别。',
};

/** 街道：按三（五）建立专职消防队、微型消防站，而不套用四（七）的乡镇要求。 */
export const R_TF_SUBDISTRICT: Reading = {
  id: 'R-TF-9',
  question: '四（七）只说“各乡镇”，街道（街道办事处）应建什么消防队？townshipBrigadeRequirement 对街道是回答还是拒绝？',
  answer:
    '回答：街道按三（五）“根据当地经济社会发展和消防工作需要建立专职消防队、微型消防站”，level 为 subdistrict-full-time-or-micro-station，不是乡镇志愿消防队；三（五）未写国家标准，standard 与 standardApplication 为 null。四（七）点名的五个乡镇与“对距县（市）域城市消防救援站较远的乡镇”可整合建立专职消防队的规定只针对乡镇，街道的 consolidatedFullTimeBrigadeOption 恒为 false。',
  reason:
    '方案把乡镇人民政府（三（四））与街道办事处（三（五））的职责分开写：乡镇建“专职消防队、志愿消防队”，街道建“专职消防队、微型消防站”；四（七）的“各乡镇”“其他乡镇”不包括街道。',
};

/** 三（六）：村（居）民委员会阶段；所列行为各按附件对应项移送。 */
export const R_TF_GRID: Reading = {
  id: 'R-TF-10',
  question: '三（六）所列的消防安全违法行为劝阻、制止无效、由乡镇（街道）依法处理时，各属附件的哪一项？“等”之外的行为怎样处理？',
  answer:
    '村（居）民委员会阶段在五（十三）之前：网格员等基层群防群治力量劝阻、制止并督促整改；劝阻、制止无效的，由乡镇（街道）依法处理，即进入五（十三）（planHazardHandling，status: refused）。所列行为按附件归项：楼道堆放杂物属第3项“占用堵塞疏散通道和安全出口”；占用堵塞消防车通道属第5项；在楼内（屋内）和安全出口处停放电动自行车、电动摩托车或为其充电属第3项“在建筑的公共门厅、疏散通道、电梯间、楼梯间、安全出口和消防车通道等公共区域停放电动自行车或者为其充电”；管道井内堆放可燃物、烧荒、大风天期间室外明火作业附件未列举，依据现行法律法规归口移交（附件 末段，violation: other）。“等”读作等外：三（六）未列举的同类行为用 behaviour: other，同样按附件末段处理。',
  reason:
    '三（六）与五（十三）用同一个条件“劝阻、制止无效”，乡镇依法处理的就是五（十三）的处理与移送；楼道是住宅的疏散通道，堆放杂物即占用疏散通道；附件中关于电动自行车停放、充电的只有第3项，楼内、安全出口处都在其所列公共区域之内。附件没有列举的行为，只能按附件末段归口移交，本库不代为指定部门。',
};

/** Every reading of the module, in order. */
export const TOWNSHIP_FIRE_READINGS: readonly Reading[] = /* @__PURE__ */ deepFreeze([
  R_TF_IN_FORCE,
  R_TF_ANNEX_NAME,
  R_TF_MULTI_DEPARTMENT,
  R_TF_HANDLING_STEPS,
  R_TF_REPORT_UP,
  R_TF_TRAPS,
  R_TF_TOWNS,
  R_TF_TOWN_NAMES,
  R_TF_SUBDISTRICT,
  R_TF_GRID,
]);

/** Citations of the readings, built once. */
export const CITE_R_TF_IN_FORCE = /* @__PURE__ */ citeReading(R_TF_IN_FORCE);
export const CITE_R_TF_ANNEX_NAME = /* @__PURE__ */ citeReading(R_TF_ANNEX_NAME);
export const CITE_R_TF_MULTI_DEPARTMENT = /* @__PURE__ */ citeReading(R_TF_MULTI_DEPARTMENT);
export const CITE_R_TF_HANDLING_STEPS = /* @__PURE__ */ citeReading(R_TF_HANDLING_STEPS);
export const CITE_R_TF_REPORT_UP = /* @__PURE__ */ citeReading(R_TF_REPORT_UP);
export const CITE_R_TF_TRAPS = /* @__PURE__ */ citeReading(R_TF_TRAPS);
export const CITE_R_TF_TOWNS = /* @__PURE__ */ citeReading(R_TF_TOWNS);
export const CITE_R_TF_TOWN_NAMES = /* @__PURE__ */ citeReading(R_TF_TOWN_NAMES);
export const CITE_R_TF_SUBDISTRICT = /* @__PURE__ */ citeReading(R_TF_SUBDISTRICT);
export const CITE_R_TF_GRID = /* @__PURE__ */ citeReading(R_TF_GRID);
