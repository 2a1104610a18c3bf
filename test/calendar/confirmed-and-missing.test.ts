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
