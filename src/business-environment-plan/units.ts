/**
 * Unit lists of the plan (牵头单位 / 责任单位): splitting them as written, and the names the
 * library files them under for lookups (readings R-BEP-6 to R-BEP-9, R-BEP-13).
 */
import type { Citation } from '../core/citations.js';
import { READING_ALIASES, READING_CREDIT_OFFICE, READING_OFFICE_AND_MEMBERS, READING_STATE_PREFIX } from './readings.js';

/**
 * Splits a unit list on the separators the text uses, never inside （…） or <…>, keeping every
 * unit as written: the runs separated by ，, each a list of the units separated by 、.
 *
 * @example
 * splitUnitList('州财政局、工信局，各县市人民政府') // [['州财政局', '工信局'], ['各县市人民政府']]
 */
export function splitUnitList(list: string): string[][] {
  const runs: string[][] = [[]];
  let depth = 0;
  let cur = '';
  const push = () => {
    const u = cur.trim();
    if (u.length === 0) throw new Error('splitUnitList: empty unit');
    runs[runs.length - 1]!.push(u);
    cur = '';
  };
  for (const ch of list) {
    if (ch === '（' || ch === '<') depth++;
    else if (ch === '）' || ch === '>') depth--;
    if (depth === 0 && ch === '、') push();
    else if (depth === 0 && ch === '，') {
      push();
      runs.push([]);
    } else cur += ch;
  }
  push();
  return runs;
}

/** Names that stand on their own: they never take the 州 of the list they are in. */
const SELF_STANDING = /^(州|自治州|国家|人民银行|各|中国|\d|伊宁|伊犁|霍尔果斯|奎屯)/;
const ET_CETERA = /等(相关)?单位$/;
const ALIASES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([['州市场监管局', '州市场监督管理局']]);
const COLLECTIVE = /(^各|各有关部门|各成员单位|对应行业主管部门)/;

/** A unit as written in one task, with the names it is filed under. */
export interface WrittenUnit {
  /** Exactly as the text writes it in this list. */
  writtenAs: string;
  /** The library's name for it (`州工信局` for `工信局` after `州财政局、`; `州发改委<州信用办>`). */
  name: string;
  /** Lookup keys: one name, or two for `州发改委<州信用办>` (`州发改委`, `州信用办`). */
  keys: readonly string[];
  /** A designation of a group (各县市人民政府, …各成员单位) rather than one named unit. */
  collective: boolean;
  /** The readings applied to get from `writtenAs` to `name`. */
  readings: readonly Citation[];
}

function canonicalName(raw: string, readings: Citation[]): string {
  let n = raw;
  if (ET_CETERA.test(n)) {
    n = n.replace(ET_CETERA, '');
    readings.push(READING_ALIASES);
  }
  const alias = ALIASES.get(n);
  if (alias !== undefined) {
    n = alias;
    readings.push(READING_ALIASES);
  }
  return n;
}

/** Normalises one unit name (a query, or a unit of a list after the 州 prefix is applied). */
export function unitKeys(raw: string, readings: Citation[]): { name: string; keys: string[] } {
  // `raw` is already trimmed: a query by the unit schema, a listed unit by splitUnitList.
  const s = raw.replace(/[＜〈]/g, '<').replace(/[＞〉]/g, '>');
  const m = /^([^<>]+)<([^<>]+)>$/.exec(s);
  if (m) {
    readings.push(READING_CREDIT_OFFICE);
    const a = canonicalName(m[1]!.trim(), readings);
    const b = canonicalName(m[2]!.trim(), readings);
    return { name: `${a}<${b}>`, keys: [a, b] };
  }
  const n = canonicalName(s, readings);
  // A 管委会 is also found under its zone's name (霍尔果斯经济开发区 → …管委会, R-BEP-8).
  return { name: n, keys: n.endsWith('管委会') && n.length > 3 ? [n, n.slice(0, -3)] : [n] };
}

/** `…领导小组办公室及各成员单位`: the office, and the members of its 领导小组 (R-BEP-13). */
const OFFICE_AND_MEMBERS = /^(.+)办公室及各成员单位$/;

/**
 * Parses one 牵头单位 or 责任单位 list into units: as written, with the 州 prefix carried over
 * within a run that begins with 州… (R-BEP-6), a trailing 管委会 shared by a run (R-BEP-8),
 * the aliases of R-BEP-8, and `X办公室及各成员单位` read as two units written together, the
 * office and the members of X (R-BEP-13): both carry the same `writtenAs`.
 */
export function parseUnitList(list: string): WrittenUnit[] {
  const out: WrittenUnit[] = [];
  for (const run of splitUnitList(list)) {
    const statePrefix = run[0]!.startsWith('州');
    const last = run[run.length - 1]!;
    // (A run of one unit ending in 管委会 "shares" it with itself: nothing changes.)
    const sharedSuffix = last.endsWith('管委会') && run.slice(0, -1).every((u) => !u.endsWith('管委会')) ? '管委会' : '';
    for (const writtenAs of run) {
      const readings: Citation[] = [];
      let raw = writtenAs;
      if (statePrefix && !SELF_STANDING.test(raw)) {
        raw = `州${raw}`;
        readings.push(READING_STATE_PREFIX);
      }
      if (sharedSuffix && !raw.endsWith(sharedSuffix)) {
        raw += sharedSuffix;
        readings.push(READING_ALIASES);
      }
      const both = OFFICE_AND_MEMBERS.exec(raw);
      if (both) {
        const r = Object.freeze([...new Set([...readings, READING_OFFICE_AND_MEMBERS])]);
        for (const [name, collective] of [[`${both[1]!}办公室`, false], [`${both[1]!}各成员单位`, true]] as const) {
          out.push(Object.freeze({ writtenAs, name, keys: Object.freeze([name]), collective, readings: r }));
        }
        continue;
      }
      const { name, keys } = unitKeys(raw, readings);
      out.push(Object.freeze({
        writtenAs,
        name,
        keys: Object.freeze(keys),
        collective: COLLECTIVE.test(name),
        readings: Object.freeze([...new Set(readings)]),
      }));
    }
  }
  return out;
}
