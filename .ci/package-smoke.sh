#!/usr/bin/env bash
# The package a user installs: npm pack, install the tarball into a scratch project, then
# `require` and `import` the root and every subpath and call one function of each; run the CLI
# through its bin; read a shipped vector file. Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -1)
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" >/dev/null

cat > calls.json <<'JSON'
[
  ["calendar", "isWorkingDay", ["2024-02-04"], null, true],
  ["safety-report-reward", "classifyReport", [{ "trueName": true, "validContact": true }], "kind", "real-name"],
  ["township-fire", "routeFireViolation", [{ "violation": "fire-lane-or-aerial-site-blocked" }], "annexItem", 5],
  ["non-tax-revenue", "computeRevenueSharingDeadlines", [{ "year": 2024, "quarter": 4 }], "applicationDue", "2024-12-20"],
  ["business-environment-plan", "planTaskDeadlines", ["wrap-up.1"], "windowEnd", "2024-12-10"],
  ["business-environment-opinions", "creditReportReplacesNoViolationProof", ["transport"], "replaces", true],
  ["provident-fund-discredit", "gradeArrears", [{ "consecutiveOverduePeriods": 6 }], "level", "severe"]
]
JSON

cat > check.cjs <<'JS'
const calls = require('./calls.json');
function pick(r, field) {
  if (field === null) return r;
  if (field === 'windowEnd') return r.windows[r.windows.length - 1].to;
  return r[field];
}
module.exports = function check(load, how) {
  let n = 0;
  for (const [sub, fn, args, field, want] of calls) {
    for (const spec of [`ili-policy/${sub}`, 'ili-policy']) {
      const mod = load(spec);
      if (typeof mod[fn] !== 'function') throw new Error(`${how} ${spec}: ${fn} missing`);
      const got = pick(mod[fn](...args), field);
      if (got !== want) throw new Error(`${how} ${spec} ${fn}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (typeof mod.PolicyInputError !== 'function') throw new Error(`${how} ${spec}: PolicyInputError missing`);
      n++;
    }
  }
  const root = load('ili-policy');
  if (Object.keys(root.DOCUMENTS).length !== 6) throw new Error(`${how}: DOCUMENTS should have 6 documents`);
  return n;
};
JS
cat > smoke.cjs <<'JS'
const check = require('./check.cjs');
const n = check((s) => require(s), 'require');
const vectors = require('ili-policy/vectors/calendar.json');
if (!Array.isArray(vectors.vectors) || vectors.vectors.length === 0) throw new Error('vectors not shipped');
// One error class for every subpath (one copy of the core in the CommonJS build too).
const { PolicyInputError } = require('ili-policy');
try { require('ili-policy/provident-fund-discredit').gradeArrears({ consecutiveOverduePeriods: -1 }); } catch (e) {
  if (!(e instanceof PolicyInputError)) throw new Error('PolicyInputError differs between subpaths (CJS)');
}
console.log(`require: ${n} calls ok, vectors ok`);
JS
cat > smoke.mjs <<'JS'
import { createRequire } from 'node:module';
const check = createRequire(import.meta.url)('./check.cjs');
const mods = {};
for (const s of ['ili-policy', 'ili-policy/calendar', 'ili-policy/safety-report-reward', 'ili-policy/township-fire', 'ili-policy/non-tax-revenue', 'ili-policy/business-environment-plan', 'ili-policy/business-environment-opinions', 'ili-policy/provident-fund-discredit']) mods[s] = await import(s);
const n = check((s) => mods[s], 'import');
const { PolicyInputError } = mods['ili-policy'];
try { mods['ili-policy/calendar'].isWorkingDay('2024-02-30'); } catch (e) {
  if (!(e instanceof PolicyInputError)) throw new Error('PolicyInputError differs between subpaths (ESM)');
}
console.log(`import: ${n} calls ok`);
JS
node smoke.cjs
node smoke.mjs
out=$(npx --no-install ili-policy isWorkingDay '["2024-02-04"]')
[ "$out" = "true" ] || { echo "CLI bin: got $out"; exit 1; }
set +e
npx --no-install ili-policy isWorkingDay '["2024-02-30"]' >/dev/null 2>&1
code=$?
set -e
[ "$code" = "2" ] || { echo "CLI bin: bad input should exit 2, got $code"; exit 1; }
echo "package smoke test: ok ($tarball)"
