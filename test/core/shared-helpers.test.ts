// The helpers every module builds on (所有模块的共同约定): validating input (createParser, the
// plain-object guards, the Chinese messages), citing a text exactly (款, 项, parts, readings), and
// the programming errors that say "validate first".
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { basisOf, createCiter, defineArticles, fromChineseNumeral, shortHash, stripWhitespace, toChineseNumeral } from '../../src/core/citations.js';
import { addMonthsClamped, isIsoDate, toDayNumber } from '../../src/core/dates.js';
import { DOCUMENT_HEADERS } from '../../src/core/documents.js';
import { isPolicyInputError } from '../../src/core/errors.js';
import { CORE_READINGS, findReading } from '../../src/core/sources.js';
import { createParser, describeIssue, hasOnlyKeys, isPlainObject, parseInput, toPolicyInputError } from '../../src/core/validation.js';
import { policyInputErrorOf as errorOf } from '../support/thrown.js';

describe('createParser: a fast guard, else the schema', () => {
  const schema = z.strictObject({ n: z.number() });

  it('without a guard, the schema decides: a copy of good input, PolicyInputError for bad input', () => {
    const parse = createParser(schema, { name: 'x' });
    const input = { n: 1 };
    expect(parse(input)).toEqual({ n: 1 });
    expect(parse(input)).not.toBe(input);
    expect(errorOf(() => parse({ n: 'a' })).issues.map((i) => i.path)).toEqual([['x', 'n']]);
  });

  it('input the guard accepts is used as is; input it refuses goes to the schema', () => {
    const parse = createParser(schema, { fast: (v) => isPlainObject(v) && typeof v.n === 'number' && v.n > 0 });
    const fast = { n: 1 };
    // Issue 13 item 4: even the fast path returns the one-pass copy, never the caller's object.
    expect(parse(fast)).toEqual(fast);
    expect(parse(fast)).not.toBe(fast);
    const slow = { n: 0 };
    expect(parse(slow)).toEqual({ n: 0 });
    expect(parse(slow)).not.toBe(slow);
    expect(isPolicyInputError(errorOf(() => parse({ n: 'a' })))).toBe(true);
  });
});

describe('isPlainObject and hasOnlyKeys (the guards\' twins of z.strictObject)', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [null, false],
    [undefined, false],
    [[], false],
    [[1], false],
    ['abc', false],
    [5, false],
    [new Date(0), false],
    [new Map(), false],
    [Object.create(null), false],
  ])('isPlainObject(%o) → %s', (v, ok) => expect(isPlainObject(v)).toBe(ok));

  it('hasOnlyKeys', () => {
    expect(hasOnlyKeys({}, [])).toBe(true);
    expect(hasOnlyKeys({ a: 1 }, ['a', 'b'])).toBe(true);
    expect(hasOnlyKeys({ a: 1, c: 2 }, ['a', 'b'])).toBe(false);
    expect(hasOnlyKeys({ c: 2 }, ['a'])).toBe(false);
  });
});

describe('describeIssue: one Chinese message per kind of issue, naming the field, never the value', () => {
  const issue = (i: Record<string, unknown>) => ({ message: '', input: undefined, ...i }) as never;

  it('missing (the parent holds no such own key) against wrong type', () => {
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'string', path: ['a', 'b'] }), { a: null })).toBe('缺少字段「a.b」');
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'string', path: ['s', 0] }), { s: 'abc' })).toBe('缺少字段「s[0]」');
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'string', path: ['toString'] }), {})).toBe('缺少字段「toString」');
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'string', path: ['a'] }), { a: 5 })).toBe('字段「a」类型错误，应为字符串');
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'number', path: [] }), undefined)).toBe('输入类型错误，应为数字');
  });

  it('kinds the library\'s own schemas do not produce', () => {
    expect(describeIssue(issue({ code: 'unrecognized_keys', keys: ['a', 'b'], path: ['x'] }), {})).toBe('字段「x」含有未知字段：「a」、「b」');
    expect(describeIssue(issue({ code: 'invalid_element', path: ['m'] }), {})).toBe('字段「m」含有无效的元素');
    expect(describeIssue(issue({ code: 'something_new', path: ['q'] }), {})).toBe('字段「q」无效');
    expect(describeIssue(issue({ code: 'invalid_format', format: 'regex', path: ['r'] }), {})).toBe('字段「r」格式不正确');
    expect(describeIssue(issue({ code: 'invalid_format', format: 'email', path: ['e'] }), {})).toBe('字段「e」格式不正确（email）');
  });

  it('a custom message gets a colon unless it starts with one or with a comma', () => {
    expect(describeIssue(issue({ code: 'custom', message: '须大于1', path: ['c'] }), {})).toBe('字段「c」：须大于1');
    expect(describeIssue(issue({ code: 'custom', message: '：须大于1', path: ['c'] }), {})).toBe('字段「c」：须大于1');
    expect(describeIssue(issue({ code: 'custom', message: '，须大于1', path: ['c'] }), {})).toBe('字段「c」，须大于1');
    expect(describeIssue(issue({ code: 'custom', message: '须大于1，', path: ['c'] }), {})).toBe('字段「c」：须大于1，');
  });

  it('a label is looked up by the dotted path or the last key name, never by an array index', () => {
    const labels = { '0': '第一项', n: '数量' };
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'number', path: ['list', 0] }), { list: ['a'] }, labels)).toBe('字段「list[0]」类型错误，应为数字');
    expect(describeIssue(issue({ code: 'invalid_type', expected: 'number', path: ['x', 'n'] }), { x: { n: 'a' } }, labels)).toBe('字段「x.n」（数量）类型错误，应为数字');
  });

  it('through parseInput: a key inherited from Object.prototype is missing, not of the wrong type', () => {
    const e = errorOf(() => parseInput(z.strictObject({ constructor: z.string() }), {}));
    expect(e.issues).toEqual([{ path: ['constructor'], code: 'missing', message: '缺少字段「constructor」' }]);
    expect(errorOf(() => parseInput(z.number(), undefined)).message).toBe('输入无效：输入类型错误，应为数字');
  });
});

describe('toPolicyInputError', () => {
  it('without a prefix keeps the issue\'s own path; a symbol key is written as text', () => {
    const e = toPolicyInputError([{ code: 'custom', message: '不对', path: ['a', 1], input: undefined }] as never, { a: [0, 1] });
    expect(e.issues).toEqual([{ path: ['a', 1], code: 'invalid_value', message: '字段「a[1]」：不对' }]);
    const s = toPolicyInputError([{ code: 'custom', message: '不对', path: [Symbol('k')], input: undefined }] as never, {});
    expect(s.issues[0]!.path).toEqual(['Symbol(k)']);
  });
});

describe('citations: labels, fields, numerals, hashes', () => {
  const doc = DOCUMENT_HEADERS['township-fire-2024'];
  const articles = defineArticles([
    { id: '第一条', article: 1, text: '第一款。\n第二款：\n（一）甲；\n（二）乙。' },
    { id: '五（十三）', part: '五（十三）', text: '分部分编号的一段。' },
  ]);
  const cite = createCiter(doc, articles);

  it('an article\'s 款, and an item, carry exactly the fields that apply (no key set to undefined)', () => {
    expect(cite('第一条', { paragraph: 2 })).toStrictEqual({
      document: 'township-fire-2024',
      article: 1,
      paragraph: 2,
      label: '伊州政办规〔2024〕2号 第一条第二款',
      quote: '第二款：',
      textHash: articles[0]!.textHash,
    });
    expect(cite('第一条', { item: 2, reading: '本库的理解' })).toStrictEqual({
      document: 'township-fire-2024',
      article: 1,
      paragraph: 2,
      item: 2,
      label: '伊州政办规〔2024〕2号 第一条第二款第（二）项',
      quote: '（二）乙。',
      textHash: articles[0]!.textHash,
      reading: '本库的理解',
    });
    expect(cite('第一条')).toStrictEqual({ document: 'township-fire-2024', article: 1, label: '伊州政办规〔2024〕2号 第一条', quote: articles[0]!.text, textHash: articles[0]!.textHash });
  });

  it('a part of a document numbered by sections has a part and no article', () => {
    expect(cite('五（十三）')).toStrictEqual({
      document: 'township-fire-2024',
      part: '五（十三）',
      label: '伊州政办规〔2024〕2号 五（十三）',
      quote: '分部分编号的一段。',
      textHash: articles[1]!.textHash,
    });
    expect(articles[1]).not.toHaveProperty('article');
    expect(articles[0]).not.toHaveProperty('part');
  });

  it('an article\'s text and hash: lines trimmed, hash whitespace aside', () => {
    const [a] = defineArticles([{ id: 'x', text: '  甲，\n\n  乙。  ' }]);
    expect(a!.text).toBe('甲，\n乙。');
    expect(a!.textHash).toBe(shortHash('甲，乙。'));
    expect(stripWhitespace(' 甲\u3000 乙\n丙\t')).toBe('甲乙丙');
  });

  it('numerals 1–999 only', () => {
    for (const n of [0, 1000, 1.5, -1]) expect(() => toChineseNumeral(n), String(n)).toThrow(/1–999/);
    expect(toChineseNumeral(999)).toBe('九百九十九');
    expect(fromChineseNumeral('九百九十九')).toBe(999);
    expect(fromChineseNumeral('一千')).toBeNull();
  });

  it('hashes are eight hex digits, leading zeros kept', () => {
    expect(shortHash('t344')).toBe('0094f468');
    expect(shortHash('')).toBe('811c9dc5');
  });

  it('basisOf lists the citations given, in order', () => {
    const a = cite('第一条');
    const b = cite('五（十三）');
    expect(basisOf(a, b)).toEqual([a, b]);
    expect(basisOf()).toEqual([]);
  });
});

describe('programming errors (validate first)', () => {
  it('name the function and say what to do', () => {
    expect(() => toDayNumber('2024-02-30')).toThrow(/^toDayNumber: not a valid IsoDate \(validate input first\)$/);
    expect(() => addMonthsClamped('x', 1)).toThrow(/^addMonthsClamped: not a valid IsoDate \(validate input first\)$/);
    expect(() => findReading(CORE_READINGS, 'R-NONE')).toThrow(/^no reading R-NONE$/);
    expect(findReading(CORE_READINGS, 'R-CAL-1').id).toBe('R-CAL-1');
  });

  it('a date with a character below "0" among its digits is not a date', () => {
    for (const s of ['202 -01-01', '2024-0 -01', '2024-01-0 ', '2024-01-+1', '+024-01-01', '2024-01-1.']) expect(isIsoDate(s), s).toBe(false);
  });
});
