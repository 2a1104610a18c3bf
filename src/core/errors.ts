/**
 * The three errors of the library. Every one carries a stable `code` so that callers
 * (and other languages through the CLI) can tell them apart without `instanceof`,
 * which breaks across the ESM and CommonJS copies of a package.
 */

/**
 * What kind of problem an issue is, for programs (other languages through the CLI included):
 * a required field absent, a value of the wrong type, a value outside the allowed ones, a string
 * of the wrong shape (a date, money), a number or list too small or too big, a key the input
 * may not have, or fields that are each fine but do not go together.
 */
export type PolicyInputIssueCode =
  | 'missing'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unknown_field'
  | 'invalid_combination';

/** Every {@link PolicyInputIssueCode}, in the order of the contract. */
export const POLICY_INPUT_ISSUE_CODES: readonly PolicyInputIssueCode[] = /* @__PURE__ */ Object.freeze([
  'missing',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'unknown_field',
  'invalid_combination',
] as const);

/** One problem with the input: where it is, what kind, and what is wrong, in Chinese. Never the value itself. */
export interface PolicyInputIssue {
  path: (string | number)[];
  code: PolicyInputIssueCode;
  message: string;
}

/** Issues an error keeps (the rest are counted in its message), and how many its message lists. */
export const MAX_REPORTED_ISSUES = 100;
const MAX_MESSAGE_ISSUES = 10;

/**
 * Thrown for input that is not well formed: wrong type, missing field, unknown enum value,
 * malformed date or money, negative count, NaN, Infinity, extra unknown fields.
 *
 * The message names the field but never echoes the value: inputs can carry reporters'
 * and depositors' personal data (ID numbers, phone numbers).
 *
 * @example
 * try { gradeArrears({ consecutiveOverduePeriods: -1 }) }
 * catch (e) { if (isPolicyInputError(e)) console.log(e.issues) }
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError' as const;
  readonly code = 'POLICY_INPUT_INVALID' as const;
  readonly issues: PolicyInputIssue[];

  constructor(issues: readonly PolicyInputIssue[]) {
    const list: PolicyInputIssue[] = issues.length > 0 ? issues.slice(0, MAX_REPORTED_ISSUES) : [{ path: [], code: 'invalid_value', message: '输入无效' }];
    const shown = list.slice(0, MAX_MESSAGE_ISSUES).map((i) => i.message).join('；');
    const more = issues.length > MAX_MESSAGE_ISSUES ? `；另有 ${issues.length - MAX_MESSAGE_ISSUES} 处问题${issues.length > MAX_REPORTED_ISSUES ? `（issues 列出前 ${MAX_REPORTED_ISSUES} 处）` : ''}` : '';
    super(`输入无效：${shown}${more}`);
    this.issues = list;
  }
}

/** Thrown when the event a decision is about happened while the document was not in force. */
export class PolicyNotInForceError extends Error {
  override readonly name = 'PolicyNotInForceError' as const;
  readonly code = 'POLICY_NOT_IN_FORCE' as const;
  readonly document: string;
  readonly date: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;

  constructor(args: {
    document: string;
    documentNumber: string;
    date: string;
    effectiveFrom: string;
    effectiveUntil: string | null;
    event: string;
  }) {
    const window = args.effectiveUntil
      ? `${args.effectiveFrom} 至 ${args.effectiveUntil}`
      : `${args.effectiveFrom} 起`;
    super(`${args.documentNumber} 的有效期为 ${window}，${args.event}（${args.date}）不在其有效期内`);
    this.document = args.document;
    this.date = args.date;
    this.effectiveFrom = args.effectiveFrom;
    this.effectiveUntil = args.effectiveUntil;
  }
}

/** A calendar layer a computation needed and did not find, for {@link CalendarRangeError}. */
export interface MissingLayer {
  /** Layer id: `national`, `xinjiang`, or a caller's own layer. */
  id: string;
  /** The layer's Chinese name. */
  name: string;
}

/** Chinese names of the built-in layers, and how each year of them is loaded. */
const LAYER_HINTS: Readonly<Record<string, { name: string; source: string }>> = {
  national: { name: '全国（国务院办公厅部分节假日安排）', source: '国务院办公厅当年部分节假日安排的通知' },
  xinjiang: { name: '新疆（自治区肉孜节、古尔邦节放假安排）', source: '自治区当年肉孜节、古尔邦节放假安排的通知' },
};

/** The built-in calendars, the only calendar ids a message names (a caller's own id is the caller's data). */
const BUILT_IN_CALENDARS: Readonly<Record<string, string>> = { xinjiang: '新疆（默认）', national: '全国' };

/**
 * Thrown when a computation needs a day of a year that the calendar has no data for.
 * `missingLayers` lists the layer ids that lack the year (`['national', 'xinjiang']`); the
 * message names each in Chinese and says how to load it. It never repeats a caller's own
 * calendar id, layer id or name. With `provisionalYears` (the computation already used the
 * provisional statutory calendar), it says which years that calendar covers instead of
 * suggesting it.
 */
export class CalendarRangeError extends Error {
  override readonly name = 'CalendarRangeError' as const;
  readonly code = 'CALENDAR_DATA_UNAVAILABLE' as const;
  readonly year: number;
  readonly calendar: string;
  readonly missingLayers: string[];

  constructor(
    year: number,
    calendar: string,
    coveredYears: readonly number[],
    missingLayers: readonly MissingLayer[] = [],
    options: { provisionalYears?: readonly [number, number] } = {},
  ) {
    const covered = coveredYears.length > 0 ? `${coveredYears[0]}–${coveredYears[coveredYears.length - 1]}` : '无';
    const named = missingLayers.map((l) => {
      const hint = LAYER_HINTS[l.id];
      // A caller's own layer is not named: its id and name are the caller's data.
      return hint ? `${hint.name}：待${hint.source}公布后补入` : '调用方自定义的日历层：待其来源公布后补入';
    });
    const p = options.provisionalYears;
    const builtIn = BUILT_IN_CALENDARS[calendar];
    super(
      `${builtIn ? `日历「${builtIn}」` : '调用方的日历'}没有 ${year} 年的节假日与调休数据（${p ? '连同暂定数据' : ''}已有：${covered}）。` +
        (named.length > 0 ? `缺少的日历层：${named.join('；')}。` : '') +
        `补入方法：extendCalendar(基础日历, [{ layer: 'national', years: [...] }, { layer: 'xinjiang', years: [...] }])，` +
        `或命令行 --calendar 文件（docs/calendar-operations.md）；` +
        (p
          ? `暂定日历（provisional: true）只有全国、新疆两层 ${p[0]}–${p[1]} 年的法定假日。`
          : '也可传入 { provisional: true } 按法定假日得出暂定结果。') +
        '本库不做推测。',
    );
    this.year = year;
    this.calendar = calendar;
    this.missingLayers = missingLayers.map((l) => l.id);
  }
}

/** `true` for a {@link PolicyInputError}, from any copy of the package (checks `code`). */
export function isPolicyInputError(e: unknown): e is PolicyInputError {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'POLICY_INPUT_INVALID';
}

/** `true` for a {@link PolicyNotInForceError}, from any copy of the package (checks `code`). */
export function isPolicyNotInForceError(e: unknown): e is PolicyNotInForceError {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'POLICY_NOT_IN_FORCE';
}

/** `true` for a {@link CalendarRangeError}, from any copy of the package (checks `code`). */
export function isCalendarRangeError(e: unknown): e is CalendarRangeError {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'CALENDAR_DATA_UNAVAILABLE';
}
