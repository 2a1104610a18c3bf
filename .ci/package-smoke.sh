#!/usr/bin/env bash
# The package a user installs: `npm pack` with no dist/ (prepack must build it, as on a clean
# clone), install the tarball into a scratch project, then `require` and `import` the root and
# every subpath and call one function of each; run the CLI through its bin (one self-contained
# file: no import but Node's own modules); check that every relative link of the installed
# README resolves, that the seed text ships as ili-policy/vectors/seed.txt; and run every shipped
# vector row through the installed bin's --ndjson with the shipped Python script
# (examples/run-vectors.py). Leaves the tarball in reports/ for attw.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Never rely on an earlier build: packing must build.
rm -rf dist
mkdir -p "$tmp/pack" reports
if ! npm pack --pack-destination "$tmp/pack" >"$tmp/pack.log" 2>&1; then cat "$tmp/pack.log"; exit 1; fi
tarball=$(ls "$tmp/pack"/*.tgz)
listing=$(tar -tzf "$tarball")
for f in package/dist/cli.js package/dist/index.js package/dist/index.cjs package/dist/index.d.ts package/dist/calendar/index.d.cts \
         package/test/fixtures/seed.txt package/test/vectors/calendar.json package/docs/README.md package/examples/run-vectors.py; do
  grep -qx "$f" <<<"$listing" || { echo "tarball lacks $f"; exit 1; }
done
rm -f reports/*.tgz
cp "$tarball" reports/
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$tarball" >/dev/null

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
version=$(npx --no-install ili-policy --version)
[ "$version" = "$(node -p 'require("ili-policy/package.json").version')" ] || { echo "CLI --version: got $version"; exit 1; }
answers=$(printf '{"id":1,"function":"gradeArrears","input":{"consecutiveOverduePeriods":3}}\nnot json\n' | npx --no-install ili-policy --ndjson)
[ "$(echo "$answers" | wc -l)" = "2" ] && echo "$answers" | head -1 | grep -q '"level":"serious"' || { echo "CLI --ndjson: got $answers"; exit 1; }

cat > package-checks.cjs <<'JS'
const fs = require('fs');
const path = require('path');
const root = path.dirname(require.resolve('ili-policy/package.json'));
// The bin is one file: nothing but Node's own modules is imported (zod and decimal.js inlined).
const cli = fs.readFileSync(path.join(root, 'dist/cli.js'), 'utf8');
const imports = [...cli.matchAll(/(?:^|[;\s])import\s*(?:[^'"();]*?from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] || m[2] || m[3]);
const builtins = new Set(require('module').builtinModules);
const foreign = imports.filter((s) => !builtins.has(s.replace(/^node:/, '')));
if (foreign.length > 0) throw new Error(`dist/cli.js imports ${foreign.join(', ')}`);
// Every relative link of the shipped README resolves inside the installed package.
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0]);
const dead = links.filter((t) => !fs.existsSync(path.join(root, t)));
if (links.length < 11 || dead.length > 0) throw new Error(`README: ${links.length} relative links, dead: ${dead.join(', ')}`);
// The seed text ships beside the vectors, byte for byte the repository's.
const seed = fs.readFileSync(require.resolve('ili-policy/vectors/seed.txt'), 'utf8');
if (seed !== fs.readFileSync(process.argv[2], 'utf8')) throw new Error('ili-policy/vectors/seed.txt differs from test/fixtures/seed.txt');
console.log(`bin self-contained (imports ${[...new Set(imports)].join(', ')}); README: ${links.length} relative links, all resolve; seed text shipped`);
JS
node package-checks.cjs "$repo/test/fixtures/seed.txt"
python3 node_modules/ili-policy/examples/run-vectors.py --quiet
echo "package smoke test: ok ($(basename "$tarball"))"
