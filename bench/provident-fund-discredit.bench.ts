/**
 * 伊州公积金管办〔2024〕2号 第六条（一）、第七条（一）、第八条（三）: `gradeArrears` with input
 * validation, beside the same rule written for json-rules-engine, in the same run.
 *
 * Fairness: both sides see the same rotating inputs (0–9 periods, with and without cause) and
 * produce a level. The json-rules-engine side does no input validation at all and its
 * `engine.run` is asynchronous, so each call is awaited (tinybench awaits async tasks): that is
 * how a caller has to use it. The library side validates every call (hand-written fast guard,
 * zod for anything the guard does not accept) and returns a level, label and cited basis.
 */
import { Engine } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { gradeArrears, restrictionStatus, type RestrictionStatusInput } from '../src/provident-fund-discredit/index.js';
import { measure, report } from './support.js';
import { parseInput } from '../src/core/validation.js';
import { gradeArrearsInputSchema } from '../src/provident-fund-discredit/schemas.js';

export const title =
  'provident-fund-discredit: gradeArrears (第六条（一）/第七条（一）/第八条（三）) vs json-rules-engine; restrictionStatus (第十一条/第十二条（四）/第十七条) vs gradeArrears';

/**
 * What a loan system sends at a withdrawal or loan application: cases of every status, with and
 * without `person` (第十七条), on days before, inside and after their periods.
 */
const STATUS_INPUTS: RestrictionStatusInput[] = [
  { level: 'serious', determinedOn: '2024-05-20', asOf: '2026-12-01' },
  { level: 'serious', determinedOn: '2024-05-20', asOf: '2029-05-21' },
  { level: 'serious', determinedOn: '2024-08-01', involvesFunds: true, fundsClearedOn: '2024-07-15', asOf: '2025-03-03' },
  { level: 'serious', determinedOn: '2024-05-20', involvesFunds: true, asOf: '2026-12-01' },
  { level: 'serious', determinedOn: '2024-06-03', fundsClearedOn: '2024-10-08', person: { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: 60 }, asOf: '2026-07-31' },
  { level: 'severe', determinedOn: '2024-07-01', litigation: true, fundsClearedOn: '2025-01-10', asOf: '2026-12-01' },
  { level: 'severe', determinedOn: '2024-07-01', asOf: '2026-12-01' },
  { level: 'general', determinedOn: '2025-02-10', asOf: '2026-12-01' },
  { level: 'serious', determinedOn: '2024-08-01', fundsClearedOn: '2025-01-10', person: { birthDate: '1964-12-20', sex: 'male', originalRetirementAge: 60 }, asOf: '2024-12-19' },
  { level: 'severe', determinedOn: '2025-03-01', litigation: true, person: { birthDate: '1980-05-05', sex: 'female', originalRetirementAge: 55 }, asOf: '2026-12-01' },
];

type Pair = { gradeArrears: typeof gradeArrears; restrictionStatus: typeof restrictionStatus };

/**
 * Calls per second of time (1 / mean latency) of `gradeArrears` and `restrictionStatus`, in the
 * same run. Each sample makes BATCH calls (one pass over a rotating list of inputs), so the
 * timer's resolution does not dominate sub-microsecond calls. Run twice: on the sources (as
 * every other figure of `npm run bench`, through tsx, whose module wrappers turn each use of
 * another module's export into a getter call) and on the built package in `dist/` (what a
 * system imports), when it has been built (`npm run build`).
 */
async function statusAgainstGrade(fns: Pair, what: string): Promise<void> {
  const BATCH = 200;
  const grades = Array.from({ length: BATCH }, (_, i) => INPUTS[i % INPUTS.length]!);
  const statuses = Array.from({ length: BATCH }, (_, i) => STATUS_INPUTS[i % STATUS_INPUTS.length]!);
  for (const x of STATUS_INPUTS) {
    if (JSON.stringify(fns.restrictionStatus(x)) !== JSON.stringify(restrictionStatus(x))) throw new Error(`${what}: restrictionStatus differs from the sources`);
  }
  let sink = 0;
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add('gradeArrears', () => {
    for (let i = 0; i < BATCH; i++) sink += fns.gradeArrears(grades[i]!).basis.length;
  });
  bench.add('restrictionStatus', () => {
    for (let i = 0; i < BATCH; i++) sink += fns.restrictionStatus(statuses[i]!).basis.length;
  });
  await bench.run();
  const perSecond = new Map<string, number>();
  for (const t of bench.tasks) {
    const r = t.result as { latency?: { mean: number } } | undefined;
    const ms = r?.latency?.mean ?? 0;
    perSecond.set(t.name, ms > 0 ? (BATCH * 1000) / ms : 0);
  }
  for (const [name, hz] of perSecond) {
    console.log(`  ${`${name}, validated, ${what} (1 / mean latency)`.padEnd(64)} ${Math.round(hz).toLocaleString('en-US').padStart(14)} calls/s  (${(1e9 / hz).toFixed(0)} ns/call)`);
  }
  const g = perSecond.get('gradeArrears') ?? 0, s = perSecond.get('restrictionStatus') ?? 0;
  console.log(`  ratio restrictionStatus / gradeArrears, ${what}: ${g > 0 ? (s / g).toFixed(2) : 'n/a'}× (issue 15 asks for gradeArrears' speed: ${g > 0 && s / g >= 0.9 ? 'met' : 'NOT met'}); gradeArrears' own target ≥ 2,000,000 validated calls/s: ${s >= 2_000_000 ? 'met' : 'NOT met'}`);
  if (sink < 0) console.log(sink);
}

/** The built package's two functions, or `null` before `npm run build`. */
async function builtPair(): Promise<Pair | null> {
  const url = new URL('../dist/provident-fund-discredit/index.js', import.meta.url);
  try {
    return (await import(url.href)) as Pair;
  } catch {
    return null;
  }
}

const INPUTS = Array.from({ length: 20 }, (_, i) => ({ consecutiveOverduePeriods: i % 10, withoutCause: i % 7 !== 3 }));

function buildEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const cause = { fact: 'withoutCause', operator: 'equal', value: true };
  engine.addRule({
    name: '第八条（三）',
    priority: 3,
    conditions: { all: [cause, { fact: 'consecutiveOverduePeriods', operator: 'greaterThanInclusive', value: 6 }] },
    event: { type: 'severe', params: { label: '严重失信行为' } },
  });
  engine.addRule({
    name: '第七条（一）',
    priority: 2,
    conditions: {
      all: [
        cause,
        { fact: 'consecutiveOverduePeriods', operator: 'greaterThanInclusive', value: 3 },
        { fact: 'consecutiveOverduePeriods', operator: 'lessThan', value: 6 },
      ],
    },
    event: { type: 'serious', params: { label: '较重失信行为' } },
  });
  engine.addRule({
    name: '第六条（一）',
    priority: 1,
    conditions: {
      all: [
        cause,
        { fact: 'consecutiveOverduePeriods', operator: 'greaterThanInclusive', value: 1 },
        { fact: 'consecutiveOverduePeriods', operator: 'lessThanInclusive', value: 2 },
      ],
    },
    event: { type: 'general', params: { label: '一般失信行为' } },
  });
  return engine;
}

export async function run(): Promise<void> {
  const engine = buildEngine();
  const engineGrade = async (x: { consecutiveOverduePeriods: number; withoutCause: boolean }): Promise<string> => {
    const { events } = await engine.run(x);
    return events[0]?.type ?? 'none';
  };

  // Both sides must agree before they are timed.
  for (const x of INPUTS) {
    const ours = gradeArrears(x).level;
    const theirs = await engineGrade(x);
    if (ours !== theirs) throw new Error(`disagreement on ${JSON.stringify(x)}: ${ours} vs ${theirs}`);
  }

  let i = 0, j = 0, k = 0;
  let sink = 0;
  const OURS = 'gradeArrears, validated (fast guard)';
  const ZOD = "gradeArrears' zod schema alone (parse, no decision)";
  const THEIRS = 'json-rules-engine, await engine.run (no validation)';
  const results = await measure(
    [
      { name: OURS, fn: () => { sink += gradeArrears(INPUTS[i++ % 20]!).basis.length; } },
      { name: ZOD, fn: () => { sink += parseInput(gradeArrearsInputSchema, INPUTS[j++ % 20]!).consecutiveOverduePeriods; } },
      { name: THEIRS, fn: async () => { sink += (await engineGrade(INPUTS[k++ % 20]!)).length; } },
    ],
    1000,
  );
  report(results, [[OURS, THEIRS], [ZOD, THEIRS], [OURS, ZOD]]);
  const hz = results.get(OURS) ?? 0;
  console.log(`  target ≥ 2,000,000 validated calls/s: ${hz >= 2_000_000 ? 'met' : 'NOT met'}; target ≥ 20× json-rules-engine: ${hz / (results.get(THEIRS) || 1) >= 20 ? 'met' : 'NOT met'}`);
  if (sink < 0) console.log(sink);
  await statusAgainstGrade({ gradeArrears, restrictionStatus }, 'sources');
  const built = await builtPair();
  if (built === null) console.log('  (dist/ not built: run `npm run build` for the built package\'s figures)');
  else await statusAgainstGrade(built, 'built package');
}
