/**
 * The State Council's holiday and 调休 schedules, one notice per year, entered from the
 * notices themselves (国办发明电〔2023〕7号, 国办发明电〔2024〕12号, 国办发明电〔2025〕7号).
 * Cross-checked day by day against the `chinese-days` package in the tests.
 */
import { dateRange as days } from '../dates.js';
import type { CalendarLayer } from './types.js';

/** The national layer: every year the State Council has published from 2024 on. */
export const NATIONAL_LAYER: CalendarLayer = {
  id: 'national',
  name: '全国（国务院办公厅部分节假日安排）',
  years: [
    {
      year: 2024,
      source: {
        title: '国务院办公厅关于2024年部分节假日安排的通知',
        number: '国办发明电〔2023〕7号',
        publishedOn: '2023-10-25',
        confirmed: true,
      },
      arrangements: [
        { name: '元旦', quote: '一、元旦：1月1日放假，与周末连休。', daysOff: ['2024-01-01'], workdays: [] },
        {
          name: '春节',
          quote: '二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。',
          daysOff: /* @__PURE__ */ days('2024-02-10', '2024-02-17'),
          workdays: ['2024-02-04', '2024-02-18'],
        },
        { name: '清明节', quote: '三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。', daysOff: /* @__PURE__ */ days('2024-04-04', '2024-04-06'), workdays: ['2024-04-07'] },
        {
          name: '劳动节',
          quote: '四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。',
          daysOff: /* @__PURE__ */ days('2024-05-01', '2024-05-05'),
          workdays: ['2024-04-28', '2024-05-11'],
        },
        { name: '端午节', quote: '五、端午节：6月10日放假，与周末连休。', daysOff: ['2024-06-10'], workdays: [] },
        { name: '中秋节', quote: '六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。', daysOff: /* @__PURE__ */ days('2024-09-15', '2024-09-17'), workdays: ['2024-09-14'] },
        {
          name: '国庆节',
          quote: '七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。',
          daysOff: /* @__PURE__ */ days('2024-10-01', '2024-10-07'),
          workdays: ['2024-09-29', '2024-10-12'],
        },
      ],
    },
    {
      year: 2025,
      source: {
        title: '国务院办公厅关于2025年部分节假日安排的通知',
        number: '国办发明电〔2024〕12号',
        publishedOn: '2024-11-12',
        confirmed: true,
        note: '自2025年起，修订后的《全国年节及纪念日放假办法》增加除夕和5月2日两天假日。',
      },
      arrangements: [
        { name: '元旦', quote: '一、元旦：1月1日（周三）放假1天，不调休。', daysOff: ['2025-01-01'], workdays: [] },
        {
          name: '春节',
          quote: '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
          daysOff: /* @__PURE__ */ days('2025-01-28', '2025-02-04'),
          workdays: ['2025-01-26', '2025-02-08'],
        },
        { name: '清明节', quote: '三、清明节：4月4日（周五）至6日（周日）放假，共3天。', daysOff: /* @__PURE__ */ days('2025-04-04', '2025-04-06'), workdays: [] },
        { name: '劳动节', quote: '四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。', daysOff: /* @__PURE__ */ days('2025-05-01', '2025-05-05'), workdays: ['2025-04-27'] },
        { name: '端午节', quote: '五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。', daysOff: /* @__PURE__ */ days('2025-05-31', '2025-06-02'), workdays: [] },
        {
          name: '国庆节、中秋节',
          quote: '六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。',
          daysOff: /* @__PURE__ */ days('2025-10-01', '2025-10-08'),
          workdays: ['2025-09-28', '2025-10-11'],
        },
      ],
    },
    {
      year: 2026,
      source: {
        title: '国务院办公厅关于2026年部分节假日安排的通知',
        number: '国办发明电〔2025〕7号',
        publishedOn: '2025-11-04',
        confirmed: true,
      },
      arrangements: [
        { name: '元旦', quote: '一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。', daysOff: /* @__PURE__ */ days('2026-01-01', '2026-01-03'), workdays: ['2026-01-04'] },
        {
          name: '春节',
          quote: '二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。',
          daysOff: /* @__PURE__ */ days('2026-02-15', '2026-02-23'),
          workdays: ['2026-02-14', '2026-02-28'],
        },
        { name: '清明节', quote: '三、清明节：4月4日（周六）至6日（周一）放假，共3天。', daysOff: /* @__PURE__ */ days('2026-04-04', '2026-04-06'), workdays: [] },
        { name: '劳动节', quote: '四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。', daysOff: /* @__PURE__ */ days('2026-05-01', '2026-05-05'), workdays: ['2026-05-09'] },
        { name: '端午节', quote: '五、端午节：6月19日（周五）至21日（周日）放假，共3天。', daysOff: /* @__PURE__ */ days('2026-06-19', '2026-06-21'), workdays: [] },
        { name: '中秋节', quote: '六、中秋节：9月25日（周五）至27日（周日）放假，共3天。', daysOff: /* @__PURE__ */ days('2026-09-25', '2026-09-27'), workdays: [] },
        {
          name: '国庆节',
          quote: '七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。',
          daysOff: /* @__PURE__ */ days('2026-10-01', '2026-10-07'),
          workdays: ['2026-09-20', '2026-10-10'],
        },
      ],
    },
  ],
};
