/**
 * Xinjiang's own holidays: 肉孜节 (1 day) and 古尔邦节 (3 days) for all residents and offices,
 * under 《新疆维吾尔自治区少数民族习惯节日放假办法》 as amended by 自治区人民政府令第174号
 * (in force since 2012-01-01). The region announces each year's dates in a notice.
 *
 * 2025 is confirmed from the regional notice (as reposted by a county government);
 * 2024 and 2026 come from secondary sources that agree, and are marked `confirmed: false`.
 * The `quote` of each arrangement states the dates as recorded, not the notice's wording,
 * because the notice text itself is not held by the library.
 */
import { dateRange as days } from '../dates.js';
import type { CalendarLayer } from './types.js';

const RULE = '《新疆维吾尔自治区少数民族习惯节日放假办法》（自治区人民政府令第174号修正，2012年1月1日起施行）：肉孜节放假1天，古尔邦节放假3天，全体公民放假。';

/** The Xinjiang layer: 肉孜节 and 古尔邦节 days off for 2024–2026. */
export const XINJIANG_LAYER: CalendarLayer = {
  id: 'xinjiang',
  name: '新疆维吾尔自治区（肉孜节、古尔邦节）',
  years: [
    {
      year: 2024,
      source: {
        title: '新疆维吾尔自治区2024年肉孜节、古尔邦节放假安排',
        confirmed: false,
        note: `未经自治区通知原文确认，依据相互一致的二手来源。${RULE}`,
      },
      arrangements: [
        { name: '肉孜节', quote: '2024年肉孜节：4月10日放假1天。', daysOff: ['2024-04-10'], workdays: [] },
        { name: '古尔邦节', quote: '2024年古尔邦节：6月17日至19日放假，共3天。', daysOff: /* @__PURE__ */ days('2024-06-17', '2024-06-19'), workdays: [] },
      ],
    },
    {
      year: 2025,
      source: {
        title: '新疆维吾尔自治区2025年肉孜节、古尔邦节放假安排',
        confirmed: true,
        note: `据自治区通知（县级政府转发）。无节日调休上班日。${RULE}`,
      },
      arrangements: [
        { name: '肉孜节', quote: '2025年肉孜节：3月29日至31日放假（含周末），共3天；3月31日（星期一）为节日。', daysOff: /* @__PURE__ */ days('2025-03-29', '2025-03-31'), workdays: [] },
        { name: '古尔邦节', quote: '2025年古尔邦节：6月6日至10日放假（含周末），共5天。', daysOff: /* @__PURE__ */ days('2025-06-06', '2025-06-10'), workdays: [] },
      ],
    },
    {
      year: 2026,
      source: {
        title: '新疆维吾尔自治区2026年肉孜节、古尔邦节放假安排',
        confirmed: false,
        note: `未经自治区通知原文确认，依据二手来源。${RULE}`,
      },
      arrangements: [
        { name: '肉孜节', quote: '2026年肉孜节：3月20日至22日放假（含周末），共3天。', daysOff: /* @__PURE__ */ days('2026-03-20', '2026-03-22'), workdays: [] },
        { name: '古尔邦节', quote: '2026年古尔邦节：5月27日至31日放假（含周末），共5天。', daysOff: /* @__PURE__ */ days('2026-05-27', '2026-05-31'), workdays: [] },
      ],
    },
  ],
};
