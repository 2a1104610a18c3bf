/**
 * The calendar and legal periods (ili-policy/calendar) on real dates: China's holidays and
 * 调休, Xinjiang's festivals, 民法典 第二百零一条 to 第二百零三条, the retirement age.
 */
import {
  addLegalYears,
  addWorkingDays,
  computeDeadline,
  describeDay,
  isWorkingDay,
  statutoryRetirementDate,
} from 'ili-policy/calendar';
import { show, showError } from './print.js';

export const title = '日历与法定期间（ili-policy/calendar）';

/** The decisions `npm run demo` shows (the beginnings of their headings). */
export const tour = ['2024-02-04', '9月16日收到告知书', '2027年的放假安排尚未公布', '2026-12-20起算15日，传 { provisional: true }'];

export function run(): void {
  show('2024-02-04（星期日）是工作日吗？（春节调休上班）', describeDay('2024-02-04'));
  show('2025-03-31（星期一，肉孜节）在新疆日历上', describeDay('2025-03-31'));
  console.log(`  全国日历上同一天是工作日：${isWorkingDay('2025-03-31', { calendar: 'national' })}`);

  show(
    '9月16日收到告知书，15日内提出：期满日落在国庆节（民法典第二百零一条、第二百零三条）',
    computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' }),
  );
  show(
    '1月26日起算15日，期满日为春节首日，顺延至2月18日（星期日，调休上班）',
    computeDeadline({ start: '2024-01-26', days: 15, unit: 'calendar-days' }),
  );
  show(
    '古尔邦节：新疆日历顺延，全国日历不顺延',
    {
      xinjiang: computeDeadline({ start: '2025-05-22', days: 15, unit: 'calendar-days' }),
      national: computeDeadline({ start: '2025-05-22', days: 15, unit: 'calendar-days' }, { calendar: 'national' }),
    },
  );
  show(
    '季度结束后10个工作日（2024年第三季度，经国庆节和10月12日调休上班的星期六）',
    computeDeadline({ start: '2024-09-30', days: 10, unit: 'working-days' }),
  );
  console.log(`\n▶ addWorkingDays('2024-01-31', 10) = ${addWorkingDays('2024-01-31', 10)}`);
  console.log(`▶ addLegalYears('2024-02-29', 5) = ${addLegalYears('2024-02-29', 5)}（民法典第二百零二条：到期月无对应日，取月末日）`);

  show(
    '法定退休年龄：1971年4月出生、原退休年龄55周岁的女职工',
    statutoryRetirementDate({ birthDate: '1971-04-30', sex: 'female', originalRetirementAge: 55 }),
  );

  showError('2027年的放假安排尚未公布：不推测，CalendarRangeError 说明缺少哪一层、怎样补入', () => computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }));
  show(
    '2026-12-20起算15日，传 { provisional: true }：按《全国年节及纪念日放假办法》的法定假日得出暂定结果（confirmed: false，通知公布后须重算）',
    computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { provisional: true }),
  );
  showError('错误输入：不存在的日期，且不回显输入值', () =>
    computeDeadline({ start: '2024-02-30', days: 15, unit: 'calendar-days', idNumber: '650102199001011234' } as never),
  );
}
