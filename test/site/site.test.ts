// The policy reader's generator without a browser (fast; the browser test is `npm run test:site`):
// every function's form is built from its JSON Schema with fields named by path (contract:
// name="consecutiveOverduePeriods", name="person.birthDate" — 第十七条's person), an optional
// boolean keeps "not given" apart from false (第十一条's involvesFunds), every document page
// carries every article verbatim (第一条 to 第三十七条, 一 to 附件 末段, 三（五）15…) with its anchor,
// and the test rows the page offers to "试算" read back from the form exactly as the row's input.
import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '../../src/core/citations.js';
import { DOCUMENTS } from '../../src/documents.js';
import { CALENDAR_API, MODULE_APIS, functionsOf } from '../../scripts/lib/modules.js';
import { DOCUMENT_IDS, moduleOf } from '../../scripts/lib/seed.js';
import { NO_FORM, anchorOf, functionsWithForms, loadVectors, structureHeadings } from '../../scripts/site/data.js';
import { buildFormModel, flattenArgs, readArgs, type FormModel, type RawValue } from '../../scripts/site/model.js';
import { calendarPage, documentPage, indexPage } from '../../scripts/site/pages.js';

function decodeHtml(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function formsOf(module: string): FormModel[] {
  const names = module === 'calendar' ? functionsOf(CALENDAR_API) : functionsOf(MODULE_APIS[DOCUMENT_IDS.find((id) => moduleOf(id) === module)!]);
  return functionsWithForms(module, names).forms.map((f) => f.model);
}

const MODULES = [...DOCUMENT_IDS.map(moduleOf), 'calendar'];

describe('forms from the JSON Schemas', () => {
  it('every function of every module has a form, except those said why not', () => {
    for (const id of DOCUMENT_IDS) {
      const { forms, without } = functionsWithForms(moduleOf(id), functionsOf(MODULE_APIS[id]));
      expect(without, moduleOf(id)).toEqual([]);
      expect(forms.length).toBe(functionsOf(MODULE_APIS[id]).length);
    }
    const cal = functionsWithForms('calendar', functionsOf(CALENDAR_API));
    expect(cal.without.map((w) => w.name)).toEqual(Object.keys(NO_FORM));
    expect(cal.forms.map((f) => f.name)).toEqual(expect.arrayContaining(['computeDeadline', 'isWorkingDay', 'statutoryRetirementDate']));
  });

  it('names fields by their path; positional arguments by the argument name (第十七条 person, isWorkingDay(date, options))', () => {
    const fund = formsOf('provident-fund-discredit');
    const rp = fund.find((m) => m.fn === 'computeRestrictionPeriod')!;
    expect(rp.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['level', 'determinedOn', 'involvesFunds', 'fundsClearedOn', 'litigation', 'person.birthDate', 'person.sex', 'person.originalRetirementAge']),
    );
    expect(rp.fields.find((f) => f.name === 'level')!.kind).toBe('enum');
    expect(rp.fields.find((f) => f.name === 'determinedOn')!.kind).toBe('date');
    expect(rp.fields.find((f) => f.name === 'involvesFunds')!.kind).toBe('boolean'); // optional: a select with 未填写
    expect(rp.fields.find((f) => f.name === 'person.originalRetirementAge')!.options!.map((o) => o.value)).toEqual([60, 55, 50]);
    expect(rp.groups.map((g) => [g.name, g.required])).toEqual([['person', false]]);
    const wd = formsOf('calendar').find((m) => m.fn === 'isWorkingDay')!;
    expect(wd.fields.map((f) => [f.name, f.arg, f.kind])).toEqual([
      ['date', 0, 'date'],
      ['options.calendar', 1, 'enum'],
      ['options.provisional', 1, 'boolean'], // the provisional statutory calendar, opt-in
    ]);
    const safety = formsOf('safety-report-reward').find((m) => m.fn === 'classifyReport')!;
    expect(safety.fields.map((f) => f.kind)).toEqual(['checkbox', 'checkbox']); // 第四条: required booleans
  });

  it('an optional boolean left empty is absent, not false; a required object is passed as {} so the library names what is missing (第十一条, 第七条)', () => {
    const rp = formsOf('provident-fund-discredit').find((m) => m.fn === 'computeRestrictionPeriod')!;
    const raw = (values: Record<string, RawValue>) => (f: { name: string }) => values[f.name] ?? '';
    expect(readArgs(rp, raw({ level: 'serious', determinedOn: '2024-05-20' }))).toEqual([{ level: 'serious', determinedOn: '2024-05-20' }]);
    expect(readArgs(rp, raw({ level: 'serious', determinedOn: '2024-05-20', involvesFunds: 'false' }))).toEqual([{ level: 'serious', determinedOn: '2024-05-20', involvesFunds: false }]);
    expect(readArgs(rp, raw({ 'person.sex': 'male', 'person.originalRetirementAge': '60' }))).toEqual([{ person: { sex: 'male', originalRetirementAge: 60 } }]);
    const ga = formsOf('provident-fund-discredit').find((m) => m.fn === 'gradeArrears')!;
    expect(readArgs(ga, () => '')).toEqual([{}]);
    expect(readArgs(ga, raw({ consecutiveOverduePeriods: '3' }))).toEqual([{ consecutiveOverduePeriods: 3 }]);
  });

  it('a union of objects becomes a choice with the chosen variant’s fields (classifyDiscredit, 第四条至第八条)', () => {
    const cd = formsOf('provident-fund-discredit').find((m) => m.fn === 'classifyDiscredit')!;
    const disc = cd.fields.find((f) => f.discriminator)!;
    expect(disc.name).toBe('conduct');
    expect(disc.options!.map((o) => o.value)).toEqual(['falsified-material', 'non-housing-withdrawal-via-agent', 'loan-arrears', 'other']);
    const values = flattenArgs(cd, [{ conduct: 'loan-arrears', consecutiveOverduePeriods: 6 }]);
    expect(values).not.toBeNull();
  });

  it('reads enum titles and $refs when the schemas carry them (oneOf of { const, title })', () => {
    const m = buildFormModel('f', {
      type: 'array',
      minItems: 1,
      prefixItems: [
        {
          title: 'input',
          type: 'object',
          required: ['level'],
          properties: {
            level: { title: '失信等级', oneOf: [{ const: 'general', title: '一般失信行为' }, { const: 'serious', title: '较重失信行为' }] },
            on: { $ref: '#/$defs/IsoDate', title: '日期' },
          },
        },
      ],
      $defs: { IsoDate: { type: 'string', format: 'date' } },
    });
    expect(m.fields[0]).toMatchObject({ name: 'level', title: '失信等级', kind: 'enum', options: [{ value: 'general', label: '一般失信行为' }, { value: 'serious', label: '较重失信行为' }] });
    expect(m.fields[1]).toMatchObject({ name: 'on', kind: 'date', title: '日期' });
  });

  it('every row the pages offer to 试算 reads back from the form as its input; rows a form cannot hold are not offered', () => {
    let offered = 0;
    let total = 0;
    for (const module of MODULES) {
      const forms = new Map(formsOf(module).map((m) => [m.fn, m]));
      for (const v of loadVectors(module)?.vectors ?? []) {
        total++;
        const m = forms.get(v.function);
        if (!m || JSON.stringify(v.input).includes('{"$":')) continue;
        const values = flattenArgs(m, v.input);
        if (!values) continue;
        offered++;
        const blank = (f: (typeof m.fields)[number]): RawValue => (f.kind === 'checkbox' ? false : f.kind === 'enum-multi' ? [] : '');
        const disc = (name: string) => {
          const i = m.fields.findIndex((f) => f.discriminator && f.name === name);
          return values.get(i) as string | undefined;
        };
        const back = readArgs(
          m,
          (f) => values.get(m.fields.indexOf(f)) ?? blank(f),
          (f) => !f.variant || disc(f.variant.name) === String(f.variant.value),
        );
        const input = [...v.input];
        while (input.length && input[input.length - 1] === undefined) input.pop();
        expect(back, `${module} ${v.id}`).toEqual(input);
      }
    }
    expect(offered / total).toBeGreaterThan(0.6);
  });
});

describe('pages', () => {
  it('every document page carries every article verbatim, with its anchor and hash (第十一条, 三（五）15, 附件 第4项…)', () => {
    for (const id of DOCUMENT_IDS) {
      const html = documentPage(id);
      const text = stripWhitespace(decodeHtml(html));
      for (const a of DOCUMENTS[id].articles) {
        expect(text.includes(stripWhitespace(a.text)), `${id} ${a.id}`).toBe(true);
        expect(html).toContain(`id="${anchorOf(a.id)}" data-article="${a.id}"`);
        expect(html).toContain(a.textHash);
      }
      for (const fn of functionsOf(MODULE_APIS[id])) expect(html).toContain(`<form class="fn" id="fn-${fn}" data-function="${fn}"`);
      expect(html.match(/data-output/g)!.length).toBe(functionsOf(MODULE_APIS[id]).length);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing external
    }
  });

  it('follows the document’s own structure: 第一章 to 第九章 before their first article; 三、重点任务 where 三 has no article of its own', () => {
    const nonTax = structureHeadings('non-tax-revenue-2024', DOCUMENTS['non-tax-revenue-2024'].articles);
    expect(nonTax.map((h) => `${h.before} ${h.text}`)).toEqual([
      '第一条 第一章 总 则',
      '第十条 第二章 银行账户管理',
      '第十二条 第三章 非税收入资金收缴',
      '第十八条 第四章 非税收入资金退付',
      '第二十二条 第五章 非税收入资金分成',
      '第二十五条 第六章 票据管理',
      '第二十七条 第七章 监督管理',
      '第三十二条 第八章 法律责任',
      '第三十五条 第九章 附 则',
    ]);
    const opinions = structureHeadings('business-environment-opinions-2024', DOCUMENTS['business-environment-opinions-2024'].articles);
    expect(opinions.map((h) => `${h.before} ${h.text}`)).toEqual(['三（一） 三、重点任务', '四（一） 四、组织保障']);
  });

  it('the index lists the six documents; the calendar page has the notices and the three forms (民法典 第二百零三条)', () => {
    const index = indexPage();
    for (const id of DOCUMENT_IDS) {
      expect(index).toContain(`href="${moduleOf(id)}/index.html"`);
      expect(index).toContain(DOCUMENTS[id].title);
    }
    const cal = calendarPage();
    for (const fn of ['computeDeadline', 'isWorkingDay', 'statutoryRetirementDate']) expect(cal).toContain(`data-function="${fn}"`);
    expect(cal).toContain('国办发明电〔2023〕7号');
    expect(cal).toContain('id="第二百零三条"');
  });
});
