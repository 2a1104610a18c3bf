// Deadline.confirmed, Citation.confirmed and CalendarRangeError.missingLayers (CONTRACT
// "Additions of 2026-12 › The calendar edge"); 民法典 第二百零三条 over holiday data that is or is
// not confirmed from its notice (REFERENCE-FACTS §3: Xinjiang 2025 confirmed, 2024 and 2026 not).
import { describe, expect, it } from 'vitest';
import { computeDeadline, extendCalendar, nationalCalendar, xinjiangCalendar } from '../../src/calendar/index.js';
import { deadlineOrUnavailable } from '../../src/core/calendar/partial.js';
import { CITE_CIVIL_201 } from '../../src/core/sources.js';
import { thrown } from '../support/thrown.js';

const d15 = (start: string, calendar?: 'national' | 'xinjiang') =>
  computeDeadline({ start, days: 15, unit: 'calendar-days' }, calendar ? { calendar } : undefined);

describe('Deadline.confirmed (第二百零三条 on confirmed / unconfirmed data)', () => {
  // [start, calendar, confirmed, why]
  const rows: [string, 'national' | 'xinjiang', boolean, string][] = [
    ['2025-03-16', 'xinjiang', true, '2025-03-31 肉孜节: the 2025 regional notice is confirmed'],
    ['2025-03-16', 'national', true, 'the national 2025 notice is confirmed'],
    ['2024-03-26', 'xinjiang', false, '2024-04-10 肉孜节: 2024 festivals unconfirmed'],
    ['2024-03-26', 'national', true, 'national 2024 is confirmed'],
    ['2026-05-12', 'xinjiang', false, '2026-05-27 古尔邦节: 2026 festivals unconfirmed'],
    ['2026-05-12', 'national', true, 'national 2026 is confirmed'],
    ['2025-12-20', 'xinjiang', false, 'due 2026-01-04 (调休 Sunday) lies in 2026, unconfirmed in Xinjiang'],
    ['2025-12-10', 'xinjiang', true, 'due 2025-12-25, inside confirmed 2025'],
  ];
  for (const [start, calendar, confirmed, why] of rows) {
    it(`${start} + 15 on ${calendar}: confirmed ${confirmed} (${why})`, () => {
      expect(d15(start, calendar).confirmed).toBe(confirmed);
    });
  }

  it('a rollover across the year boundary reads the later year too (2025-12-17 + 15 = 2026-01-01 元旦, 1月1日至3日放假, 1月4日（周日）上班 → 2026-01-04)', () => {
    const d = d15('2025-12-17', 'national');
    expect(d).toMatchObject({ nominalDue: '2026-01-01', due: '2026-01-04', rolledOver: true, confirmed: true });
    expect(d15('2025-12-17', 'xinjiang').confirmed).toBe(false);
  });

  it('rollover: false looks nothing up, so it is confirmed even on unconfirmed years (第二百零四条)', () => {
    expect(computeDeadline({ start: '2026-05-12', days: 15, unit: 'calendar-days', rollover: false }).confirmed).toBe(true);
  });

  it('a working-day count consults every day it counts', () => {
    expect(computeDeadline({ start: '2025-12-25', days: 10, unit: 'working-days' }, { calendar: 'national' }).confirmed).toBe(true);
    expect(computeDeadline({ start: '2025-12-25', days: 10, unit: 'working-days' }).confirmed).toBe(false);
    expect(computeDeadline({ start: '2025-12-01', days: 10, unit: 'working-days' }).confirmed).toBe(true);
  });

  it('calendar citations carry confirmed: 古尔邦节 2026 false, 国庆节 2024 true', () => {
    const kb = d15('2026-05-12');
    expect(kb.basis.find((c) => c.label.includes('古尔邦节'))?.confirmed).toBe(false);
    const gq = d15('2024-09-16');
    expect(gq.basis.find((c) => c.label.includes('国庆节'))?.confirmed).toBe(true);
  });
});

describe('CalendarRangeError.missingLayers', () => {
  it('2027 on the default calendar lacks both layers, each named in Chinese with how to load it', () => {
    const e = thrown(() => d15('2026-12-20')) as ReturnType<typeof thrown> & { missingLayers: string[] };
    expect(e.name).toBe('CalendarRangeError');
    expect(e.year).toBe(2027);
    expect(e.missingLayers).toEqual(['national', 'xinjiang']);
    expect(e.message).toContain('全国');
    expect(e.message).toContain('新疆');
    expect(e.message).toContain('extendCalendar');
  });

  it('with the national 2027 layer loaded, only the Xinjiang layer is missing', () => {
    const cal = extendCalendar(xinjiangCalendar, {
      layer: 'national',
      years: [{ year: 2027, source: { title: '（测试用）2027', confirmed: false }, arrangements: [] }],
    });
    const e = thrown(() => computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal })) as ReturnType<typeof thrown> & { missingLayers: string[] };
    expect(e.missingLayers).toEqual(['xinjiang']);
    expect(e.message).not.toContain('全国（');
  });

  it('the national calendar lacks only its own layer', () => {
    const e = thrown(() => computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: nationalCalendar })) as ReturnType<typeof thrown> & { missingLayers: string[] };
    expect(e.missingLayers).toEqual(['national']);
  });
});

describe('deadlineOrUnavailable (R-CAL-7)', () => {
  it('marks a computed deadline available and turns a CalendarRangeError into an entry', () => {
    const ok = deadlineOrUnavailable(() => d15('2026-12-01'), [CITE_CIVIL_201]);
    expect(ok).toMatchObject({ unavailable: false, due: '2026-12-16' });
    const no = deadlineOrUnavailable(() => d15('2026-12-20'), [CITE_CIVIL_201]);
    expect(no).toMatchObject({ unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027, missingLayers: ['national', 'xinjiang'] });
    if (no.unavailable) expect(no.basis.map((c) => c.label)).toEqual([CITE_CIVIL_201.label, '本库解读 R-CAL-7']);
  });

  it('lets any other error through', () => {
    expect(() => deadlineOrUnavailable(() => { throw new TypeError('x'); }, [])).toThrow(TypeError);
  });
});

describe('confirmed on periods over the 2024, 2025 and 2026 festivals (第二百零三条; REFERENCE-FACTS §2, §3)', () => {
  // [start, days, national due, xinjiang due, national confirmed, xinjiang confirmed, why]
  const rows: [string, number, string, string, boolean, boolean, string][] = [
    ['2024-01-31', 10, '2024-02-18', '2024-02-18', true, false, '2024 春节 2月10日至17日; 2月18日（星期日）上班; Xinjiang 2024 unconfirmed'],
    ['2024-06-02', 15, '2024-06-17', '2024-06-20', true, false, '2024 古尔邦节 6月17日至19日 (Xinjiang only, unconfirmed)'],
    ['2024-09-16', 15, '2024-10-08', '2024-10-08', true, false, '2024 国庆节 10月1日至7日'],
    ['2025-01-13', 15, '2025-02-05', '2025-02-05', true, true, '2025 春节 1月28日至2月4日; both layers confirmed'],
    ['2025-05-22', 15, '2025-06-06', '2025-06-11', true, true, '2025 古尔邦节 6月6日至10日 (confirmed regional notice)'],
    ['2025-09-16', 15, '2025-10-09', '2025-10-09', true, true, '2025 国庆节、中秋节 10月1日至8日'],
    ['2026-01-31', 15, '2026-02-24', '2026-02-24', true, false, '2026 春节 2月15日至23日; Xinjiang 2026 unconfirmed'],
    ['2026-03-05', 15, '2026-03-20', '2026-03-23', true, false, '2026 肉孜节 3月20日至22日 (unconfirmed)'],
    ['2026-09-16', 15, '2026-10-08', '2026-10-08', true, false, '2026 国庆节 10月1日至7日'],
  ];
  for (const [start, days, nDue, xDue, nOk, xOk, why] of rows) {
    it(`${start} + ${days}: national due ${nDue} (confirmed ${nOk}), Xinjiang due ${xDue} (confirmed ${xOk}) — ${why}`, () => {
      const n = computeDeadline({ start, days, unit: 'calendar-days' }, { calendar: 'national' });
      const x = computeDeadline({ start, days, unit: 'calendar-days' });
      expect([n.due, n.confirmed, n.provisional]).toEqual([nDue, nOk, false]);
      expect([x.due, x.confirmed, x.provisional]).toEqual([xDue, xOk, false]);
    });
  }

  it('working days over 2025 春节 (1月26日（周日）上班 counts; 1月28日至2月4日 do not): 2025-01-24 + 5 = 2月7日, confirmed on both; over 2026 春节 only nationally', () => {
    expect(computeDeadline({ start: '2025-01-24', days: 5, unit: 'working-days' })).toMatchObject({ due: '2025-02-07', confirmed: true });
    expect(computeDeadline({ start: '2025-01-24', days: 5, unit: 'working-days' }, { calendar: 'national' })).toMatchObject({ due: '2025-02-07', confirmed: true });
    // 2026: 2月14日（周六）上班 (1), 2月15日至23日 off, 2月24日 (2).
    expect(computeDeadline({ start: '2026-02-13', days: 2, unit: 'working-days' }, { calendar: 'national' })).toMatchObject({ due: '2026-02-24', confirmed: true });
    expect(computeDeadline({ start: '2026-02-13', days: 2, unit: 'working-days' })).toMatchObject({ due: '2026-02-24', confirmed: false });
  });

  const year2027 = (confirmed: boolean) => ({ year: 2027, source: { title: '（测试用）2027年安排', confirmed }, arrangements: [] });

  it('provisional data is never confirmed; a year loaded with extendCalendar is as confirmed as its source says, for every layer', () => {
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { provisional: true })).toMatchObject({ confirmed: false, provisional: true });
    const both = extendCalendar(xinjiangCalendar, [{ layer: 'national', years: [year2027(true)] }, { layer: 'xinjiang', years: [year2027(true)] }]);
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: both })).toMatchObject({ due: '2027-01-04', confirmed: true, provisional: false });
    // The loaded years win over the provisional ones: still confirmed with the option.
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: both, provisional: true })).toMatchObject({ confirmed: true, provisional: false });
    const half = extendCalendar(xinjiangCalendar, [{ layer: 'national', years: [year2027(true)] }, { layer: 'xinjiang', years: [year2027(false)] }]);
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: half })).toMatchObject({ confirmed: false, provisional: false });
    const nationalOnly = extendCalendar(xinjiangCalendar, { layer: 'national', years: [year2027(true)] });
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: nationalOnly, provisional: true })).toMatchObject({ confirmed: false, provisional: true });
  });
});

describe('CalendarRangeError messages never repeat a caller\'s calendar id, layer id or layer name', () => {
  it('on a calendar and a layer of the caller\'s own', () => {
    const cal = extendCalendar(nationalCalendar, { layer: 'myregion', name: 'SECRET-LAYER-NAME', id: 'mycalendar', calendarName: 'SECRET-CAL-NAME', years: [{ year: 2024, source: { title: 'x', confirmed: true }, arrangements: [] }] });
    const e = thrown(() => computeDeadline({ start: '2024-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal })) as ReturnType<typeof thrown> & { missingLayers: string[]; calendar: string };
    expect(e.missingLayers).toEqual(['myregion']); // the national layer has 2025
    expect(e.calendar).toBe('mycalendar');
    for (const s of ['myregion', 'mycalendar', 'SECRET']) expect(e.message).not.toContain(s);
    expect(e.message).toContain('调用方的日历');
    expect(e.message).toContain('调用方自定义的日历层');
  });
});
