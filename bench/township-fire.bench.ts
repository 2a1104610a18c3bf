/**
 * routeFireViolation (附件 拒不整改隐患问题移送处理清单), input validation included, beside the
 * same routing rule written for json-rules-engine (one rule per annex item, facts validated by
 * the engine's `in` operator only). The engine is asynchronous; ours is synchronous.
 */
import { Engine } from 'json-rules-engine';
import {
  FIRE_TRANSFER_LIST,
  routeFireViolation,
  routeFireViolations,
  townshipBrigadeRequirement,
  villageGridDissuasion,
  type FireViolation,
} from '../src/township-fire/index.js';
import { measure, report } from './support.js';

export const title = 'township-fire: routeFireViolation vs json-rules-engine';

function engine(): Engine {
  const e = new Engine([], { allowUndefinedFacts: true });
  for (const it of FIRE_TRANSFER_LIST) {
    e.addRule({
      name: `附件 第${it.item}项`,
      conditions: { all: [{ fact: 'violation', operator: 'in', value: it.violations.map((v) => v.violation) }] },
      event: { type: 'listed', params: { annexItem: it.item, departments: [...it.departments] } },
    });
  }
  return e;
}

export async function run(): Promise<void> {
  const e = engine();
  const codes: FireViolation[] = FIRE_TRANSFER_LIST.flatMap((i) => i.violations.map((v) => v.violation));
  // Same answers first: the engine's event must match ours for every code.
  for (const v of codes) {
    const { events } = await e.run({ violation: v });
    const ours = routeFireViolation({ violation: v });
    const theirs = events[0]?.params as { annexItem: number; departments: string[] } | undefined;
    if (ours.kind !== 'listed' || theirs?.annexItem !== ours.annexItem || theirs.departments.join() !== ours.departments.join()) {
      throw new Error(`bench: json-rules-engine disagrees on ${v}`);
    }
  }
  let i = 0;
  const next = () => codes[i++ % codes.length] as FireViolation;
  const results = await measure([
    { name: 'routeFireViolation (validated, sync)', fn: () => void routeFireViolation({ violation: next() }) },
    { name: 'routeFireViolation with decidedOn (zod path)', fn: () => void routeFireViolation({ violation: next(), decidedOn: '2024-05-06' }) },
    { name: 'routeFireViolations, 3 violations', fn: () => void routeFireViolations({ violations: [next(), next(), next()] }) },
    { name: 'townshipBrigadeRequirement, prefixed name (R-TF-8)', fn: () => void townshipBrigadeRequirement({ county: '伊宁市', town: '伊宁市潘津镇' }) },
    { name: 'villageGridDissuasion (三（六）)', fn: () => void villageGridDissuasion({ behaviour: 'fire-lane-blocked', dissuasion: 'failed' }) },
    {
      name: 'json-rules-engine, same rule (async)',
      fn: async () => {
        await e.run({ violation: next() });
      },
    },
  ]);
  report(results, [
    ['routeFireViolation (validated, sync)', 'json-rules-engine, same rule (async)'],
    ['routeFireViolation with decidedOn (zod path)', 'json-rules-engine, same rule (async)'],
  ]);
}
