/**
 * The JSON Schema of the calendar file: the JSON that `extendCalendar(base, data)` takes as
 * `data` and that the CLI's `--calendar FILE` loads (one layer's years as an object, or several
 * layers' as an array). Generated from the library's own zod schema (calendarExtensionSchema),
 * with the Chinese titles and descriptions an operations team reads when it enters a notice
 * (docs/calendar-operations.md). Written to schemas/calendar-extension.json by `npm run schemas`.
 */
import * as z from 'zod';
import { CALENDAR_DATA_LIMITS as L, IDENTIFIER_RULE } from '../../../src/core/calendar/calendar-data.js';
import { calendarExtensionSchema } from '../../../src/core/calendar/extend.js';

/** Where the file's schema is written, relative to the repository root. */
export const CALENDAR_FILE_SCHEMA_PATH = 'schemas/calendar-extension.json';

type Json = Record<string, unknown>;

/** Titles and descriptions by the object a property belongs to (recognised by its own properties). */
const TEXTS: Record<string, Record<string, [string, string?]>> = {
  extension: {
    layer: ['日历层', `national（全国：国务院办公厅部分节假日安排的通知）、xinjiang（新疆：自治区肉孜节、古尔邦节放假安排的通知），或新的地区层的标识（${IDENTIFIER_RULE}）`],
    name: ['日历层名称', `新的地区层的中文名称，至多 ${L.name} 个字符；已有的层不填。不出现在错误信息中`],
    years: ['年份数据', `要补入的年份，至少 1 个；单个对象至多 ${L.years} 个。该层已有的年份不能再补`],
    id: ['新日历标识', `结果日历的标识（${IDENTIFIER_RULE}），默认沿用基础日历的；只用于单个对象的形式`],
    calendarName: ['新日历名称', `结果日历的中文名称，至多 ${L.name} 个字符，默认沿用基础日历的；只用于单个对象的形式`],
  },
  year: {
    year: ['年份', '1900–2200；每个日期都必须在这一年之内'],
    source: ['来源', '该年数据所据的通知'],
    arrangements: ['节日安排', `该年的各个节日，按通知逐条录入，至多 ${L.arrangements} 个；新疆层为肉孜节、古尔邦节`],
  },
  source: {
    title: ['通知标题', `如“国务院办公厅关于2027年部分节假日安排的通知”，至多 ${L.title} 个字符`],
    number: ['文号', '如“国办发明电〔2026〕X号”；有文号时，引用以文号开头'],
    publishedOn: ['发布日期', 'YYYY-MM-DD'],
    confirmed: ['是否已据通知原文确认', '据通知原文逐日录入、复核无误时为 true；据转载或二手来源录入时为 false（结果的 confirmed 随之为 false）'],
    note: ['说明', `来源说明（如转载者），至多 ${L.text} 个字符；未确认时作为引用的 reading 显示`],
  },
  arrangement: {
    name: ['节日名称', `如 元旦、春节、国庆节、肉孜节，至多 ${L.name} 个字符`],
    quote: ['通知原文', `通知中该节日的那一段，逐字照录，至多 ${L.text} 个字符；出现在结果的依据（basis）中`],
    daysOff: ['放假日', `放假的每一天（YYYY-MM-DD），假期中的星期六、星期日也列入，至多 ${L.daysOff} 个`],
    workdays: ['调休上班日', `因调休上班的星期六、星期日（YYYY-MM-DD），至多 ${L.workdays} 个；没有则为 []`],
  },
};

function kindOf(properties: Json): keyof typeof TEXTS | undefined {
  if ('layer' in properties) return 'extension';
  if ('arrangements' in properties) return 'year';
  if ('confirmed' in properties) return 'source';
  if ('daysOff' in properties) return 'arrangement';
  return undefined;
}

/** Adds the titles of {@link TEXTS} to every object schema below `node`. */
function addTitles(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addTitles);
  if (node === null || typeof node !== 'object') return;
  const n = node as Json;
  const properties = n.properties as Json | undefined;
  const kind = properties ? kindOf(properties) : undefined;
  if (properties && kind) {
    for (const [key, schema] of Object.entries(properties)) {
      const text = TEXTS[kind]![key];
      if (!text) throw new Error(`calendar file schema: no Chinese title for ${kind}.${key}`);
      const s = schema as Json;
      s.title = text[0];
      if (text[1]) s.description = text[1];
      if (Array.isArray(s.items) || (typeof s.items === 'object' && s.items !== null)) {
        const items = s.items as Json;
        if (items.type === 'string' && !items.title) items.title = text[0];
      }
    }
  }
  for (const v of Object.values(n)) addTitles(v);
}

/** The content of {@link CALENDAR_FILE_SCHEMA_PATH}. Deterministic. */
export function calendarFileSchema(): string {
  const generated = z.toJSONSchema(calendarExtensionSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  const { $schema, ...rest } = generated;
  addTitles(rest);
  const anyOf = rest.anyOf as Json[];
  anyOf[0]!.title = '一个日历层';
  anyOf[0]!.description = '补入一个日历层的年份，如 { "layer": "national", "years": [...] }';
  anyOf[1]!.title = '多个日历层';
  anyOf[1]!.description = `每层一项、同一层不重复，至多 ${L.extensions} 项，如 [{ "layer": "national", "years": [...] }, { "layer": "xinjiang", "years": [...] }]`;
  const doc = {
    $schema,
    $id: 'urn:ili-policy:schemas:calendar-extension',
    $comment: '由 scripts/gen-schemas.ts 生成（npm run schemas），请勿手改。',
    title: '日历扩展数据（extendCalendar 的 data；命令行 --calendar 文件）',
    description:
      '补入本库尚未内置的年份（如国务院2027年部分节假日安排、自治区2027年肉孜节与古尔邦节放假安排）。默认日历（新疆）须两层都补入某年，该年才有数据。' +
      '日期在其年份内、调休上班日为星期六或星期日、同一日期不重复、已有的年份不重复补入：这些规则由 extendCalendar 检查（JSON Schema 不能表达）。操作步骤见 docs/calendar-operations.md。',
    ...rest,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
