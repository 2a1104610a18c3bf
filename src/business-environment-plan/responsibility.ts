/**
 * Who owes what (三（三）强化协同联动: 各负其责，各尽其责): the tasks of a unit, as lead
 * (牵头单位) or as responsible unit (责任单位), with unit names normalised by readings
 * R-BEP-6 to R-BEP-9.
 */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import type { PlanWindow } from './deadline-text.js';
import { cite } from './document.js';
import { READING_COLLECTIVE } from './readings.js';
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

function buildIndex(): { byKey: ReadonlyMap<string, readonly Assignment[]>; units: readonly PlanUnit[] } {
  const byKey = new Map<string, Assignment[]>();
  const units = new Map<string, { keys: readonly string[]; writtenAs: Set<string>; collective: boolean; lead: PlanTaskId[]; responsible: PlanTaskId[] }>();
  for (const record of TASK_RECORDS) {
    const add = (unit: WrittenUnit, role: PlanUnitRole) => {
      for (const k of unit.keys) {
        const list = byKey.get(k) ?? [];
        list.push({ record, role, unit });
        byKey.set(k, list);
      }
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
  return { byKey, units: Object.freeze(list) };
}

const INDEX = /* @__PURE__ */ buildIndex();

/** Every unit the plan names, in order of first mention, with its tasks. */
export const PLAN_UNITS: readonly PlanUnit[] = INDEX.units;

/**
 * @internal The assignments of a unit (lead first where a unit is in both lists), in the plan's
 * order, and the readings used to normalise the query itself.
 */
export function assignmentsOf(unit: string): { name: string; assignments: Assignment[]; readings: Citation[] } {
  const readings: Citation[] = [];
  const { name, keys } = unitKeys(unit, readings);
  const candidates = INDEX.byKey.get(keys[0]!) ?? [];
  // `candidates` is in the plan's order, and within a task its lead units come before its
  // responsible units (buildIndex): keeping the first match per task keeps that order and the lead role.
  const seen = new Map<PlanTaskId, Assignment>();
  for (const a of candidates) {
    if (!keys.every((k) => a.unit.keys.includes(k))) continue;
    seen.set(a.record.task.id, seen.get(a.record.task.id) ?? a);
  }
  return { name, assignments: [...seen.values()], readings };
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
  /** How the text writes the unit in this task. */
  writtenAs: string;
  deadline: string;
  windows: PlanWindow[];
  basis: Citation[];
}

/** The tasks of a unit. */
export interface PlanTasksForUnit {
  /** The library's name of the unit asked about. */
  unit: string;
  /** Its tasks in the plan's order; empty for a unit the plan does not name. */
  tasks: PlanUnitTask[];
  basis: Citation[];
}

/**
 * The tasks a unit leads or is responsible for. Names are normalised (工信局 after 州财政局、
 * is 州工信局; 州市场监管局 is 州市场监督管理局; 州发改委 finds 州发改委<州信用办> too); group
 * designations such as 各县市人民政府 count only when asked for by their own name. A
 * well-formed name the plan does not use gives no tasks; a non-string is PolicyInputError.
 *
 * @example
 * planTasksForUnit('州信用办').tasks.map((t) => t.id) // ['1.2', '2.1', '2.2', '2.3', '4.1']
 * planTasksForUnit('州工信局').tasks.map((t) => t.id) // ['1.1', '3.1', '5.1', '10.2']
 * planTasksForUnit('州气象局').tasks.map((t) => t.id) // ['8.2']
 */
export function planTasksForUnit(unit: string): PlanTasksForUnit {
  const { name, assignments, readings } = assignmentsOf(parseUnit(unit));
  return {
    unit: name,
    tasks: assignments.map((a) => ({
      id: a.record.task.id,
      part: a.record.task.part,
      title: a.record.task.title,
      role: a.role,
      writtenAs: a.unit.writtenAs,
      deadline: a.record.task.deadline,
      windows: a.record.task.windows.map((w) => ({ from: w.from, to: w.to })),
      basis: [a.record.citation],
    })),
    basis: [C_3_3, ...readingsOf(readings, assignments), READING_COLLECTIVE],
  };
}
