/**
 * Who owes what (三（三）强化协同联动: 各负其责，各尽其责): the tasks of a unit, as lead
 * (牵头单位) or as responsible unit (责任单位), with unit names normalised by readings
 * R-BEP-6 to R-BEP-9.
 */
import type { Citation } from '../core/citations.js';
import { stripWhitespace } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { ILI_COUNTIES, type IliCounty } from '../township-fire/counties.js';
import type { PlanWindow } from './deadline-text.js';
import { cite } from './document.js';
import { READING_COLLECTIVE, READING_COUNTY_GOVERNMENTS, READING_UNIT_MATCH } from './readings.js';
import { PLAN_FIELD_LABELS, unitSchema } from './schemas.js';
import { TASK_RECORDS, type PlanTaskId, type TaskRecord } from './tasks.js';
import { unitKeys, type WrittenUnit } from './units.js';

/** 三（三）: each unit answers for its own share. */
export const C_3_3 = /* @__PURE__ */ cite('三（三）', { excerpt: '州直各县市、各有关部门要根据职责分工，各负其责，各尽其责。' });

/** A unit's role in a task. */
export type PlanUnitRole = 'lead' | 'responsible';

/** A unit of the register: the library's name, how the text writes it, and its tasks. */
export interface PlanUnit {
  /** The library's name (R-BEP-6 to R-BEP-8), e.g. `州工信局`, `州发改委<州信用办>`. */
  name: string;
  /** Names it is found under: `['州发改委', '州信用办']` for `州发改委<州信用办>`. */
  keys: readonly string[];
  /** Every way the text writes it. */
  writtenAs: readonly string[];
  /** A group designation (各县市人民政府, …各成员单位), not one named unit (R-BEP-9). */
  collective: boolean;
  /** Tasks it leads. */
  lead: readonly PlanTaskId[];
  /** Tasks it is a responsible unit of. */
  responsible: readonly PlanTaskId[];
}

interface Assignment {
  record: TaskRecord;
  role: PlanUnitRole;
  unit: WrittenUnit;
}

/** How a unit is held in a task: named in its list, or as one of 各县市人民政府 (R-BEP-11). */
export type PlanUnitHolding = 'named' | 'member-of-collective';


/** How a queried name was recognised (R-BEP-12); `null` in a result when it was not. */
export type PlanUnitMatch = 'name' | 'written-form' | 'state-prefix' | 'county-government';


/** @internal An assignment of a queried unit, with how the unit holds it. */
export interface HeldAssignment extends Assignment {
  heldAs: PlanUnitHolding;
}

function buildIndex(): {
  byKey: ReadonlyMap<string, readonly Assignment[]>;
  byWritten: ReadonlyMap<string, readonly string[]>;
  units: readonly PlanUnit[];
} {
  const byKey = new Map<string, Assignment[]>();
  const byWritten = new Map<string, string[]>();
  const units = new Map<string, { keys: readonly string[]; writtenAs: Set<string>; collective: boolean; lead: PlanTaskId[]; responsible: PlanTaskId[] }>();
  for (const record of TASK_RECORDS) {
    const add = (unit: WrittenUnit, role: PlanUnitRole) => {
      for (const k of unit.keys) {
        const list = byKey.get(k) ?? [];
        list.push({ record, role, unit });
        byKey.set(k, list);
      }
      const names = byWritten.get(unit.writtenAs) ?? [];
      if (!names.includes(unit.keys[0]!)) names.push(unit.keys[0]!);
      byWritten.set(unit.writtenAs, names);
      const u = units.get(unit.name) ?? { keys: unit.keys, writtenAs: new Set<string>(), collective: unit.collective, lead: [], responsible: [] };
      u.writtenAs.add(unit.writtenAs);
      const ids = role === 'lead' ? u.lead : u.responsible;
      if (!ids.includes(record.task.id)) ids.push(record.task.id);
      units.set(unit.name, u);
    };
    for (const u of record.lead) add(u, 'lead');
    for (const u of record.responsible) add(u, 'responsible');
  }
  const list = [...units].map(([name, u]): PlanUnit => Object.freeze({
    name,
    keys: u.keys,
    writtenAs: Object.freeze([...u.writtenAs]),
    collective: u.collective,
    lead: Object.freeze(u.lead),
    responsible: Object.freeze(u.responsible),
  }));
  return { byKey, byWritten, units: Object.freeze(list) };
}

const INDEX = /* @__PURE__ */ buildIndex();

/** Every unit the plan names, in order of first mention, with its tasks. */
export const PLAN_UNITS: readonly PlanUnit[] = INDEX.units;

/** The written designation every county government holds its tasks through (R-BEP-11). */
const ALL_COUNTIES = '各县市人民政府';

/** `霍城县人民政府` or `霍城县政府` → 霍城县 (R-BEP-11). */
function countyOf(name: string): IliCounty | null {
  for (const c of ILI_COUNTIES) if (name === `${c}人民政府` || name === `${c}政府`) return c;
  return null;
}

/** The assignments filed under one lookup key set, first per task (lead before responsible), in the plan's order. */
function byKeys(keys: readonly string[]): Assignment[] {
  const candidates = INDEX.byKey.get(keys[0]!) ?? [];
  // `candidates` is in the plan's order, and within a task its lead units come before its
  // responsible units (buildIndex): keeping the first match per task keeps that order and the lead role.
  const seen = new Map<PlanTaskId, Assignment>();
  for (const a of candidates) {
    if (!keys.every((k) => a.unit.keys.includes(k))) continue;
    seen.set(a.record.task.id, seen.get(a.record.task.id) ?? a);
  }
  return [...seen.values()];
}

/** @internal A queried unit, recognised or not (R-BEP-12). */
export interface ResolvedUnit {
  /** The library's name, or the query (whitespace removed) when not recognised. */
  name: string;
  matched: boolean;
  matchedBy: PlanUnitMatch | null;
  assignments: HeldAssignment[];
  /** The readings used to recognise the query itself. */
  readings: Citation[];
}

/**
 * @internal The assignments of a unit in the plan's order (lead first where a unit is in both
 * lists), recognising the name as R-BEP-12 says.
 */
export function assignmentsOf(unit: string): ResolvedUnit {
  const query = stripWhitespace(unit);
  const named = (keys: readonly string[]): HeldAssignment[] => byKeys(keys).map((a) => ({ ...a, heldAs: 'named' as const }));
  const tryKeys = (raw: string): { name: string; keys: string[]; readings: Citation[] } | null => {
    const readings: Citation[] = [];
    const k = unitKeys(raw, readings);
    return INDEX.byKey.has(k.keys[0]!) && byKeys(k.keys).length > 0 ? { ...k, readings } : null;
  };
  const county = countyOf(query);
  if (county !== null) {
    // Its own tasks (named) and every task of 各县市人民政府, once each, in the plan's order.
    const own = named([`${county}人民政府`]);
    const ownIds = new Set(own.map((a) => a.record.task.id));
    const viaAll = byKeys([ALL_COUNTIES])
      .filter((a) => !ownIds.has(a.record.task.id))
      .map((a) => ({ ...a, heldAs: 'member-of-collective' as const }));
    const assignments = [...own, ...viaAll].sort((a, b) => a.record.index - b.record.index);
    return { name: `${county}人民政府`, matched: true, matchedBy: 'county-government', assignments, readings: [READING_COUNTY_GOVERNMENTS, READING_UNIT_MATCH] };
  }
  const exact = tryKeys(query);
  if (exact) return { name: exact.name, matched: true, matchedBy: 'name', assignments: named(exact.keys), readings: exact.readings };
  const written = INDEX.byWritten.get(query);
  if (written !== undefined) {
    // A written form names one unit, or the two units of R-BEP-13 (which hold the same tasks).
    const first = tryKeys(written[0]!)!;
    return { name: first.name, matched: true, matchedBy: 'written-form', assignments: named(first.keys), readings: [...first.readings, READING_UNIT_MATCH] };
  }
  for (const candidate of query.startsWith('自治州') ? [`州${query.slice(3)}`] : query.startsWith('州') ? [] : [`州${query}`]) {
    const k = tryKeys(candidate);
    if (k) return { name: k.name, matched: true, matchedBy: 'state-prefix', assignments: named(k.keys), readings: [...k.readings, READING_UNIT_MATCH] };
  }
  return { name: query, matched: false, matchedBy: null, assignments: [], readings: [READING_UNIT_MATCH] };
}

/** @internal The distinct readings of a query and of the written units it matched. */
export function readingsOf(query: readonly Citation[], matched: readonly { unit: WrittenUnit }[]): Citation[] {
  const out = new Set(query);
  for (const a of matched) for (const r of a.unit.readings) out.add(r);
  return [...out];
}

/** @internal Parses a unit name or throws PolicyInputError. */
export const parseUnit = /* @__PURE__ */ createParser(unitSchema, {
  name: 'unit',
  labels: PLAN_FIELD_LABELS,
  fast: (v) => typeof v === 'string' && v.length > 0 && v.length <= 100 && v.trim() === v,
});

/** One task of a unit. */
export interface PlanUnitTask {
  id: PlanTaskId;
  part: string;
  title: string;
  role: PlanUnitRole;
  /** How the text writes the unit in this task: its own name, or 各县市人民政府 for a county government (R-BEP-11). */
  writtenAs: string;
  /** `named` in the task's list, or `member-of-collective` (one of 各县市人民政府). */
  heldAs: PlanUnitHolding;
  deadline: string;
  windows: PlanWindow[];
  basis: Citation[];
}

/** The tasks of a unit. */
export interface PlanTasksForUnit {
  /** The library's name of the unit asked about (the query itself when not recognised). */
  unit: string;
  /** `false` when the name is neither a unit of the plan nor one the library can resolve (R-BEP-12). */
  matched: boolean;
  /** How the name was recognised; `null` when `matched` is false. */
  matchedBy: PlanUnitMatch | null;
  /** Its tasks in the plan's order; empty when not matched. */
  tasks: PlanUnitTask[];
  basis: Citation[];
}

/**
 * The tasks a unit leads or is responsible for. Names are recognised as R-BEP-12 says (工信局
 * after 州财政局、 is 州工信局; 州市场监管局 is 州市场监督管理局; 州发改委 finds
 * 州发改委<州信用办> too; 公安局 and 自治州公安局 are 州公安局); a county government
 * (霍城县人民政府) holds every task of 各县市人民政府 and its own, each with the written unit it
 * holds it through (R-BEP-11); other group designations count only when asked for by their own
 * name (R-BEP-9). A name the library cannot recognise gives `matched: false` (never a silent
 * empty list); a non-string is PolicyInputError.
 *
 * @example
 * planTasksForUnit('州信用办').tasks.map((t) => t.id) // ['1.2', '2.1', '2.2', '2.3', '4.1']
 * planTasksForUnit('州工信局').tasks.map((t) => t.id) // ['1.1', '3.1', '5.1', '10.2']
 * planTasksForUnit('霍城县人民政府').tasks.length // 20, each writtenAs '各县市人民政府'
 * planTasksForUnit('工信厅') // { matched: false, matchedBy: null, tasks: [], ... }
 */
export function planTasksForUnit(unit: string): PlanTasksForUnit {
  const r = assignmentsOf(parseUnit(unit));
  return {
    unit: r.name,
    matched: r.matched,
    matchedBy: r.matchedBy,
    tasks: r.assignments.map((a) => ({
      id: a.record.task.id,
      part: a.record.task.part,
      title: a.record.task.title,
      role: a.role,
      writtenAs: a.unit.writtenAs,
      heldAs: a.heldAs,
      deadline: a.record.task.deadline,
      windows: a.record.task.windows.map((w) => ({ from: w.from, to: w.to })),
      basis: [a.record.citation],
    })),
    basis: [C_3_3, ...readingsOf(r.readings, r.assignments), READING_COLLECTIVE],
  };
}
