// Which texts a deadline cites (民法典 第二百零一条, 第二百零三条; the holiday notices; readings
// R-CAL-1 and R-CAL-3), on calendars built at run time with extendCalendar, where the schedule can
// be chosen to separate cases the built-in 2024–2026 schedules never produce:
// - a period whose due day is a Friday right after a one-day holiday (the weekend after the due
//   day is not part of the period and must not be cited);
// - a notice's holiday block interrupted by a regional festival (each notice cited once);
// - the citation of a notice: its number, or its title when it has none; whether it was
//   confirmed from the notice itself, and by whom it would have to be (国务院 or 自治区).
import { describe, expect, it } from 'vitest';
import { computeDeadline, describeDay, extendCalendar, xinjiangCalendar } from '../../src/calendar/index.js';

const CIVIL_201 = '《中华人民共和国民法典》第二百零一条第一款';
const CIVIL_203 = '《中华人民共和国民法典》第二百零三条第一款';
const R_CAL_1 = '本库解读 R-CAL-1';
const R_CAL_3 = '本库解读 R-CAL-3';
const R_CAL_6 = '本库解读 R-CAL-6';

// 2027-01-01 is a Friday; 2027-02-08 a Monday.
type Source = { title: string; number?: string; confirmed: boolean; note?: string };
const NATIONAL_2027 = {
  year: 2027,
  source: { title: '（测试用）国务院办公厅关于2027年部分节假日安排的通知', confirmed: false } as Source,
  arrangements: [
    { name: '测试日', quote: '测试：1月7日（星期四）放假1天。', daysOff: ['2027-01-07'], workdays: [] },
    { name: '春节', quote: '测试：2月8日至12日放假。', daysOff: ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], workdays: [] },
  ],
};
const XINJIANG_2027 = {
  year: 2027,
  source: { title: '（测试用）新疆维吾尔自治区2027年肉孜节、古尔邦节放假安排', confirmed: false },
  arrangements: [{ name: '肉孜节', quote: '测试：2月10日放假1天。', daysOff: ['2027-02-10'], workdays: [] }],
};

function calendar2027(national = NATIONAL_2027, xinjiang = XINJIANG_2027) {
  return extendCalendar(extendCalendar(xinjiangCalendar, { layer: 'national', years: [national] }), { layer: 'xinjiang', years: [xinjiang] });
}

const labels = (basis: { label: string }[]) => basis.map((c) => c.label);

describe('computeDeadline basis on a calendar built at run time (第二百零三条第一款)', () => {
  it('a one-day holiday on a Thursday: due on the Friday; the weekend after the due day is not cited', () => {
    const d = computeDeadline({ start: '2027-01-06', days: 1, unit: 'calendar-days' }, { calendar: calendar2027() });
    expect(d).toMatchObject({ due: '2027-01-08', nominalDue: '2027-01-07', rolledOver: true, restDaysSkipped: ['2027-01-07'] });
    expect(labels(d.basis)).toEqual([CIVIL_201, CIVIL_203, '（测试用）国务院办公厅关于2027年部分节假日安排的通知 测试日']);
  });

  it('a notice\'s block interrupted by a regional festival: the notice is cited once, then the festival, then the readings', () => {
    const d = computeDeadline({ start: '2027-02-07', days: 1, unit: 'calendar-days' }, { calendar: calendar2027() });
    expect(d).toMatchObject({ due: '2027-02-15', nominalDue: '2027-02-08', rolledOver: true });
    expect(d.restDaysSkipped).toEqual(['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14']);
    expect(labels(d.basis)).toEqual([
      CIVIL_201,
      CIVIL_203,
      '（测试用）国务院办公厅关于2027年部分节假日安排的通知 春节',
      '（测试用）新疆维吾尔自治区2027年肉孜节、古尔邦节放假安排 肉孜节',
      R_CAL_3,
      R_CAL_1,
    ]);
  });

  it('working days over the same block: the notice once, the festival once, the weekend by R-CAL-6 (第二百零一条; issue 16 item 7: not R-CAL-1)', () => {
    const d = computeDeadline({ start: '2027-02-05', days: 1, unit: 'working-days' }, { calendar: calendar2027() });
    expect(d.due).toBe('2027-02-15');
    expect(labels(d.basis)).toEqual([
      CIVIL_201,
      '（测试用）国务院办公厅关于2027年部分节假日安排的通知 春节',
      '（测试用）新疆维吾尔自治区2027年肉孜节、古尔邦节放假安排 肉孜节',
      R_CAL_3,
      R_CAL_6,
    ]);
  });
});

describe('the citation of a notice line (describeDay), on a calendar built at run time', () => {
  it('unconfirmed, without a note: says which authority\'s notice would confirm it', () => {
    const cal = calendar2027();
    const national = describeDay('2027-01-07', { calendar: cal }).basis;
    expect(national).toHaveLength(1);
    expect(national[0]).toMatchObject({
      document: 'state-council-holiday-notice',
      label: '（测试用）国务院办公厅关于2027年部分节假日安排的通知 测试日',
      quote: '测试：1月7日（星期四）放假1天。',
    });
    expect(national[0]!.reading).toContain('国务院');
    expect(national[0]!.reading).not.toContain('自治区');
    const regional = describeDay('2027-02-10', { calendar: cal });
    expect(regional).toMatchObject({ kind: 'holiday', holiday: '肉孜节', working: false });
    expect(regional.basis[0]).toMatchObject({ document: 'xinjiang-festival-holidays', quote: '测试：2月10日放假1天。' });
    expect(regional.basis[0]!.reading).toContain('自治区');
    expect(regional.basis[0]!.reading).not.toContain('国务院');
  });

  it('unconfirmed with a note: the note is the reading', () => {
    const cal = calendar2027({ ...NATIONAL_2027, source: { ...NATIONAL_2027.source, note: '测试说明：待通知公布后核对。' } });
    expect(describeDay('2027-01-07', { calendar: cal }).basis[0]!.reading).toBe('测试说明：待通知公布后核对。');
  });

  it('confirmed, with a number: the label starts with the number and there is no reading', () => {
    const cal = calendar2027({ ...NATIONAL_2027, source: { title: '（测试用）通知', number: '国办发明电〔2026〕99号', confirmed: true, note: '测试说明。' } });
    const c = describeDay('2027-01-07', { calendar: cal }).basis[0]!;
    expect(c.label).toBe('国办发明电〔2026〕99号 测试日');
    expect(c).not.toHaveProperty('reading');
  });
});
