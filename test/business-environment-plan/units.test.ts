/**
 * The unit register behind planTasksForUnit (三（三）各负其责): how the lists of 二（一） … 二（三）2.
 * are split and what each unit is filed under (readings R-BEP-6 to R-BEP-9).
 */
import { describe, expect, it } from 'vitest';
import { PLAN_TASKS, PLAN_UNITS, planTasksForUnit } from '../../src/business-environment-plan/index.js';
import { ILI_COUNTIES } from '../../src/township-fire/index.js';
import { parseUnitList, splitUnitList, unitKeys } from '../../src/business-environment-plan/units.js';

describe('splitting unit lists (二（二）1.（1）: 州财政局、工信局、工商联…，各县市人民政府)', () => {
  it('splits on 、 and ， into runs, never inside （…） or <…>', () => {
    expect(splitUnitList('州财政局、工信局，各县市人民政府')).toEqual([['州财政局', '工信局'], ['各县市人民政府']]);
    expect(splitUnitList('州党委宣传部，州发改委<州信用办>')).toEqual([['州党委宣传部'], ['州发改委<州信用办>']]);
    expect(splitUnitList('中国（新疆、霍尔果斯）办公室，甲、乙')).toEqual([['中国（新疆、霍尔果斯）办公室'], ['甲', '乙']]);
  });

  it('carries the 州 of a run to the units written without it, not to self-standing names', () => {
    const units = parseUnitList('州财政局、工信局、工商联、国家金融监管总局伊犁监管分局、人民银行伊犁州分行，各县市人民政府');
    expect(units.map((u) => u.name)).toEqual(['州财政局', '州工信局', '州工商联', '国家金融监管总局伊犁监管分局', '人民银行伊犁州分行', '各县市人民政府']);
    expect(units.map((u) => u.writtenAs)).toEqual(['州财政局', '工信局', '工商联', '国家金融监管总局伊犁监管分局', '人民银行伊犁州分行', '各县市人民政府']);
    expect(units.map((u) => u.collective)).toEqual([false, false, false, false, false, true]);
  });

  it('shares a trailing 管委会 across its run (二（二）7.（2）)', () => {
    const units = parseUnitList('霍尔果斯经济开发区、奎屯—独山子经济技术开发区、伊宁边境经济合作区、伊犁国家农业科技园区管委会');
    expect(units.map((u) => u.name)).toEqual(['霍尔果斯经济开发区管委会', '奎屯—独山子经济技术开发区管委会', '伊宁边境经济合作区管委会', '伊犁国家农业科技园区管委会']);
  });

  it('splits on a 、 or ， right after a closing bracket, and never on one inside <…> or （…）', () => {
    expect(splitUnitList('州发改委<州信用办>、工商联')).toEqual([['州发改委<州信用办>', '工商联']]);
    expect(splitUnitList('州发改委<州信用办、工商联>，各县市人民政府')).toEqual([['州发改委<州信用办、工商联>'], ['各县市人民政府']]);
    expect(splitUnitList('中国（新疆，霍尔果斯）办公室、工商联')).toEqual([['中国（新疆，霍尔果斯）办公室', '工商联']]);
  });

  it('trims each unit and refuses an empty one (a doubled or trailing separator)', () => {
    expect(splitUnitList(' 州财政局、 工信局 ，各县市人民政府')).toEqual([['州财政局', '工信局'], ['各县市人民政府']]);
    for (const list of ['州财政局、、工信局', '州财政局，', '、工信局', '', '州财政局、 ，工信局']) {
      expect(() => splitUnitList(list), list).toThrowError('splitUnitList: empty unit');
    }
  });

  it('carries no 州 in a run that does not begin with 州 (R-BEP-6)', () => {
    const units = parseUnitList('国家金融监管总局伊犁监管分局、工商联，州财政局、工信局');
    expect(units.map((u) => u.name)).toEqual(['国家金融监管总局伊犁监管分局', '工商联', '州财政局', '州工信局']);
  });

  it('records the readings applied to each unit, once each', () => {
    const units = parseUnitList('州财政局、工信局、广播电视局等单位、市场监管局，州发改委<州信用办>');
    expect(units.map((u) => [u.writtenAs, u.name, u.readings.map((c) => c.part)])).toEqual([
      ['州财政局', '州财政局', []],
      ['工信局', '州工信局', ['R-BEP-6']],
      ['广播电视局等单位', '州广播电视局', ['R-BEP-6', 'R-BEP-8']],
      ['市场监管局', '州市场监督管理局', ['R-BEP-6', 'R-BEP-8']],
      ['州发改委<州信用办>', '州发改委<州信用办>', ['R-BEP-7']],
    ]);
    const [zone] = parseUnitList('霍尔果斯经济开发区、伊犁国家农业科技园区管委会');
    expect(zone!.readings.map((c) => c.part)).toEqual(['R-BEP-8']);
  });

  it('files each 管委会 also under its zone name (R-BEP-8), a bare 管委会 only under itself', () => {
    const units = parseUnitList('霍尔果斯经济开发区、奎屯—独山子经济技术开发区、伊宁边境经济合作区、伊犁国家农业科技园区管委会');
    expect(units.map((u) => u.keys)).toEqual([
      ['霍尔果斯经济开发区管委会', '霍尔果斯经济开发区'],
      ['奎屯—独山子经济技术开发区管委会', '奎屯—独山子经济技术开发区'],
      ['伊宁边境经济合作区管委会', '伊宁边境经济合作区'],
      ['伊犁国家农业科技园区管委会', '伊犁国家农业科技园区'],
    ]);
    expect(unitKeys('管委会', []).keys).toEqual(['管委会']);
    expect(unitKeys('州工信局', []).keys).toEqual(['州工信局']);
  });

  it('shares a trailing 管委会 only when no other unit of the run writes its own', () => {
    const units = parseUnitList('霍尔果斯经济开发区、伊宁边境经济合作区管委会、伊犁国家农业科技园区管委会');
    expect(units.map((u) => u.name)).toEqual(['霍尔果斯经济开发区', '伊宁边境经济合作区管委会', '伊犁国家农业科技园区管委会']);
    expect(units.map((u) => u.readings)).toEqual([[], [], []]);
  });

  it('files 州发改委<州信用办> under both names', () => {
    const [u] = parseUnitList('州发改委<州信用办>');
    expect(u!.name).toBe('州发改委<州信用办>');
    expect(u!.keys).toEqual(['州发改委', '州信用办']);
  });
});

describe('PLAN_UNITS: every unit named in 二（一） … 二（三）2.', () => {
  it('lists the named units under their library names (read from the text)', () => {
    const named = PLAN_UNITS.filter((u) => !u.collective).map((u) => u.name).sort();
    expect(named).toEqual([
      '中国（新疆）自由贸易试验区霍尔果斯片区领导小组办公室', '人民银行伊犁州分行', '伊宁市人民政府', '伊宁边境经济合作区管委会',
      '伊犁国家农业科技园区管委会', '奎屯—独山子经济技术开发区管委会', '州交通运输局', '州人大办公厅', '州人社局', '州住建局',
      '州党委办公厅', '州党委宣传部', '州党委组织部', '州党委统战部', '州公安局', '州商务局', '州国防动员办公室', '州工信局', '州招商引资服务企业领导小组办公室',
      '州工商联', '州广播电视局', '州应急管理局', '州政务服务管理局', '州政协办公厅', '州政府办公厅', '州文旅局', '州林草局',
      '州水利局', '州气象局', '州生态环境局', '州发改委', '州发改委<州信用办>', '州市场监督管理局', '州科技局', '州税务局',
      '州自然资源局', '州财政局', '国家金融监管总局伊犁监管分局', '霍尔果斯经济开发区管委会',
    ].sort());
  });

  it('lists the group designations (R-BEP-9)', () => {
    expect(PLAN_UNITS.filter((u) => u.collective).map((u) => u.name).sort()).toEqual([
      '19个重点领域对应行业主管部门', '各县市人民政府', '州“放管服”改革协调领导小组优化营商环境组各成员单位', '州公平竞争审查工作部门联席会议各成员单位',
      '州招商引资服务企业领导小组各成员单位', '州直各有关部门', '州社会信用体系建设联席会议各成员单位', '自治州各有关部门',
    ].sort());
  });

  it('finds, for every unit of every task, that task under the unit', () => {
    for (const u of PLAN_UNITS) {
      const ids = planTasksForUnit(u.name).tasks.map((t) => t.id);
      for (const id of [...u.lead, ...u.responsible]) expect(ids, `${u.name} ${id}`).toContain(id);
    }
    // One written unit is two units (…办公室及各成员单位, R-BEP-13): one assignment more than written entries.
    const writtenCount = PLAN_TASKS.reduce((n, t) => n + t.leadUnits.length + t.responsibleUnits.length, 0);
    expect(PLAN_UNITS.reduce((n, u) => n + u.lead.length + u.responsible.length, 0)).toBe(writtenCount + 1);
  });

  it('cites 三（三） and the readings it used, each task with its own text', () => {
    const r = planTasksForUnit('州工信局');
    expect(r.basis[0]!.label.endsWith('三（三）')).toBe(true);
    expect(r.basis.some((c) => c.part === 'R-BEP-6')).toBe(true);
    expect(r.tasks[0]!.basis[0]!.label.endsWith('二（二）1.（1）')).toBe(true);
  });

  it('accepts full-width angle brackets for 州发改委<州信用办>', () => {
    expect(planTasksForUnit('州发改委＜州信用办＞').tasks.map((t) => t.id)).toEqual(['1.2', '2.1', '2.2', '2.3', '4.1']);
  });
});

describe('各县市人民政府 (R-BEP-11) and names the plan does not use (R-BEP-12)', () => {
  const allCounties = PLAN_TASKS.filter((t) => [...t.leadUnits, ...t.responsibleUnits].includes('各县市人民政府')).map((t) => t.id);
  it('every county government holds the tasks of 各县市人民政府 (二十项) and its own, in the plan\'s order', () => {
    expect(allCounties).toHaveLength(20);
    for (const c of ILI_COUNTIES) {
      const own = PLAN_TASKS.filter((t) => [...t.leadUnits, ...t.responsibleUnits].includes(`${c}人民政府`)).map((t) => t.id);
      const r = planTasksForUnit(`${c}人民政府`);
      expect(r.matched).toBe(true);
      expect(r.matchedBy).toBe('county-government');
      expect(r.tasks.map((t) => t.id)).toEqual(PLAN_TASKS.map((t) => t.id).filter((id) => allCounties.includes(id) || own.includes(id)));
      for (const t of r.tasks) {
        expect(t.heldAs).toBe(own.includes(t.id) ? 'named' : 'member-of-collective');
        expect(t.writtenAs).toBe(own.includes(t.id) ? `${c}人民政府` : '各县市人民政府');
      }
      expect(planTasksForUnit(`${c}政府`).tasks).toEqual(r.tasks);
    }
  });
  it('finds every written form and every unit name, and never matches what it cannot read', () => {
    for (const u of PLAN_UNITS) {
      for (const w of u.writtenAs) expect(planTasksForUnit(w).matched, w).toBe(true);
      expect(planTasksForUnit(u.name).matchedBy, u.name).toBe(u.name === '伊宁市人民政府' ? 'county-government' : 'name');
    }
    for (const q of ['工信厅', '州工新局', '霍城县', '伊犁州人民政府', '州', '局']) {
      const r = planTasksForUnit(q);
      expect([q, r.matched, r.matchedBy, r.tasks]).toEqual([q, false, null, []]);
    }
  });
});
