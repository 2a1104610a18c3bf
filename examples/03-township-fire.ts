/**
 * Walk-through of 伊州政办规〔2024〕2号 (乡镇（街道）消防工作实施方案): a grid inspector of 潘津镇
 * (伊宁市) finds three violations in one residential building; two are put right, one is refused.
 * 五（十三） decides what the township does, the annex 拒不整改隐患问题移送处理清单 where it goes.
 */
import {
  FIRE_DEPARTMENT_NAMES,
  fireResponsibilityChain,
  planHazardHandling,
  routeFireViolation,
  routeFireViolations,
  townshipBrigadeRequirement,
  villageGridDissuasion,
} from 'ili-policy/township-fire';
import { citations, show, showError } from './print.js';

export const title = '乡镇（街道）消防：网格员巡查、拒不整改隐患的移送（ili-policy/township-fire）';

export function run(): void {
  console.log('\n网格员2024年5月6日巡查伊宁市潘津镇某住宅楼，发现三处问题：');
  console.log('  A 楼梯间停放电动自行车并充电；B 消防车通道被私家车长期占用；C 一楼商铺使用不合格灭火器。');

  // 0. First the village committee stage (三（六）): the grid forces dissuade and stop.
  show(
    '三（六）：网格员劝阻、制止占用消防车通道（B），督促整改',
    villageGridDissuasion({ behaviour: 'fire-lane-blocked', dissuasion: 'pending', decidedOn: '2024-05-06' }),
  );

  // 1. Found: urge immediate or time-limited rectification (五（十三）).
  show(
    '发现当日：三处问题都先督促整改（以 A 为例）',
    planHazardHandling({ violation: 'ebike-parked-or-charged-in-public-area', status: 'found', decidedOn: '2024-05-06' }),
  );

  // 2. A and C are put right at the re-inspection.
  show('复查：A 已整改，五（十三）不再要求处理或移送', planHazardHandling({ violation: 'ebike-parked-or-charged-in-public-area', status: 'rectified' }));
  show('复查：C 已更换合格灭火器', planHazardHandling({ violation: 'nonconforming-product-in-use', status: 'rectified' }));

  // 3. B is refused; occupying a fire lane is beyond the township's enforcement powers.
  show(
    '复查：B 车主拒不整改，超出乡镇执法权限 → 按附件移送（第5项：公安机关、消防救援机构）',
    planHazardHandling({ violation: 'fire-lane-or-aerial-site-blocked', status: 'refused', withinTownshipPowers: false, decidedOn: '2024-05-13' }),
  );

  show(
    '同一事实、指定主要部门：移送阶段与 routeFireViolations 同一实现（附件 末段）',
    planHazardHandling({ violation: 'fire-lane-or-aerial-site-blocked', status: 'refused', withinTownshipPowers: false, mainDepartment: 'public-security' }),
  );

  // 4. One violation, two departments: 先移交至主要部门 — the township names it.
  show(
    '第5项涉及两个部门：未指定主要部门时，结果提示须指定（附件 末段）',
    routeFireViolations({ violations: ['fire-lane-or-aerial-site-blocked'] }),
  );
  show(
    '指定公安机关为主要部门：先移交公安机关，由其细化分解移交',
    routeFireViolations({ violations: ['fire-lane-or-aerial-site-blocked'], mainDepartment: 'public-security' }),
  );

  // 5. The traps the text sets.
  console.log('\n▶ 易混的两处（本库解读 R-TF-6）');
  const pairs = [
    ['在消防车通道停放电动自行车', 'ebike-parked-or-charged-in-public-area'],
    ['占用、堵塞消防车通道', 'fire-lane-or-aerial-site-blocked'],
    ['使用不合格消防产品', 'nonconforming-product-in-use'],
    ['销售不合格消防产品', 'nonconforming-product-in-production-or-circulation'],
  ] as const;
  for (const [what, violation] of pairs) {
    const r = routeFireViolation({ violation });
    if (r.kind === 'listed') console.log(`  ${what.padEnd(16, '　')} → 附件 第${r.annexItem}项：${r.departments.map((d) => FIRE_DEPARTMENT_NAMES[d]).join('、')}`);
  }

  show('清单列举之外的违法行为：依据现行法律法规归口移交', routeFireViolation({ violation: 'other' }));

  // 6. Who answers for it, and what brigade the town must have.
  const chain = fireResponsibilityChain();
  console.log('\n▶ 二（三）责任链（网格平台展示）');
  for (const l of chain.links) console.log(`  ${l.rank}. ${l.holder}：${l.responsibility}`);
  citations(chain.basis);
  show('潘津镇应建什么消防队？（四（七））', townshipBrigadeRequirement({ county: '伊宁市', town: '潘津镇' }));
  show('伊宁县的同名乡镇不是点名乡镇', townshipBrigadeRequirement({ county: '伊宁县', town: '潘津镇' }));
  show('原文的写法“伊宁市潘津镇”同样识别（R-TF-8）', townshipBrigadeRequirement({ county: '伊宁市', town: '伊宁市潘津镇' }));
  show('街道按三（五）建立专职消防队、微型消防站（R-TF-9）', townshipBrigadeRequirement({ county: '伊宁市', town: '喀赞其街道' }));
  show('认不出的名称：unmatched，不当作未点名乡镇', townshipBrigadeRequirement({ county: '霍城县', town: '惠远' }));

  showError('方案印发（2024-01-23）前的移送决定', () => routeFireViolation({ violation: 'fire-lane-or-aerial-site-blocked', decidedOn: '2024-01-22' }));
  showError('未知的违法行为代码', () => routeFireViolation({ violation: 'arson' as never }));
  showError('拒不整改却未说明是否属于乡镇执法权限', () => planHazardHandling({ violation: 'gas-violation', status: 'refused' }));
}
