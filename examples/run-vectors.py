#!/usr/bin/env python3
"""Run every shipped test-vector row through ONE `ili-policy --ndjson` process and report pass/fail.

Standard library only. Works from the repository (after `npm run build`) and from an installed
package, because it finds everything relative to itself:

    python3 examples/run-vectors.py                      # repository, after npm run build
    python3 node_modules/ili-policy/examples/run-vectors.py
    python3 examples/run-vectors.py --cli "npx ili-policy"  # any command that speaks --ndjson

The rules are those of test/vectors/README.md:

1. `expected` is matched as a subset (arrays: same length, element by element); `"$absent"`
   means the key must not be in the result.
2. `{"$": "NaN"}`, `{"$": "Infinity"}`, `{"$": "-Infinity"}`, `{"$": "undefined"}` stand for what
   JSON cannot carry. They cannot travel to the CLI either (the CLI does not decode them, and
   sending `null` or leaving a key out would test something else), so rows using them are
   reported as SKIPPED, with their count; the JavaScript suite runs them.
3. `throws`: the error's `name`, and `code`, `paths` (each among the issues' paths), `issues`
   (each `{ path, code }` among the issues) and `messageIncludes` when the row gives them.
4. Article check (rows with `expected`): when the result has any citation (in any `basis`
   array), some citation's `label` ends with the row's `article`; every quote is non-empty, and
   a quote of one of the six documents appears verbatim (whitespace aside) in the shipped seed
   text, test/fixtures/seed.txt.
5. Rule 6 of the README (the input is not mutated) cannot be observed across a process
   boundary and is not checked here.

Exit status: 0 when no row failed, 1 when some did, 2 when the files or the CLI are missing.
"""

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time

# The six documents (a citation of one of them must quote the seed verbatim).
DOCUMENT_IDS = {
    "safety-report-reward-2024",
    "township-fire-2024",
    "non-tax-revenue-2024",
    "business-environment-plan-2024",
    "business-environment-opinions-2024",
    "provident-fund-discredit-2024",
}
SPECIAL_TAGS = {"NaN", "Infinity", "-Infinity", "undefined"}
# JavaScript's \s, plus U+3000 (stripWhitespace in src/core/citations.ts).
WHITESPACE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]")
MISSING = object()


def strip_ws(text):
    return WHITESPACE.sub("", text)


def special(value):
    """True when the value holds one of the `{"$": ...}` encodings (an unknown tag is a file error)."""
    if isinstance(value, list):
        return any(special(v) for v in value)
    if isinstance(value, dict):
        if list(value) == ["$"]:
            if value["$"] not in SPECIAL_TAGS:
                raise ValueError("unknown special value tag in a vector file")
            return True
        return any(special(v) for v in value.values())
    return False


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def mismatch(actual, expected, path="$"):
    """The first place where `actual` does not match the subset `expected`, or None."""
    if expected == "$absent":
        return None if actual is MISSING else f"{path} should be absent"
    if actual is MISSING:
        return f"{path} is missing"
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{path} should be an array"
        if len(actual) != len(expected):
            return f"{path} should have {len(expected)} elements, has {len(actual)}"
        for i, e in enumerate(expected):
            m = mismatch(actual[i], e, f"{path}[{i}]")
            if m:
                return m
        return None
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{path} should be an object"
        for k, e in expected.items():
            m = mismatch(actual.get(k, MISSING), e, f"{path}.{k}")
            if m:
                return m
        return None
    if is_number(expected) and is_number(actual):
        return None if actual == expected else f"{path}: expected {expected!r}, got {actual!r}"
    if type(actual) is type(expected) and actual == expected:
        return None
    return f"{path}: expected {json.dumps(expected, ensure_ascii=False)}, got {json.dumps(actual, ensure_ascii=False)}"


def citations(value, out):
    if isinstance(value, list):
        for v in value:
            citations(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k == "basis" and isinstance(v, list):
                out.extend(c for c in v if isinstance(c, dict))
            else:
                citations(v, out)
    return out


def check_row(row, answer, seed_compact):
    """None when the answer satisfies the row, else why not."""
    if not isinstance(answer, dict) or "ok" not in answer:
        return "malformed answer"
    if "throws" in row:
        want = row["throws"]
        if answer["ok"]:
            return f"should throw {want['name']}, returned a result"
        err = answer.get("error") or {}
        if err.get("name") != want["name"]:
            return f"should throw {want['name']}, threw {err.get('name')}: {err.get('message')}"
        if "code" in want and err.get("code") != want["code"]:
            return f"code should be {want['code']}, is {err.get('code')}"
        paths = [json.dumps(i.get("path"), ensure_ascii=False) for i in err.get("issues") or []]
        for p in want.get("paths", []):
            if json.dumps(p, ensure_ascii=False) not in paths:
                return f"no issue at {json.dumps(p, ensure_ascii=False)} (issues at {', '.join(paths)})"
        coded = [json.dumps([i.get("path"), i.get("code")], ensure_ascii=False) for i in err.get("issues") or []]
        for i in want.get("issues", []):
            if json.dumps([i["path"], i["code"]], ensure_ascii=False) not in coded:
                return f"no issue {i['code']} at {json.dumps(i['path'], ensure_ascii=False)}"
        for s in want.get("messageIncludes", []):
            if s not in (err.get("message") or ""):
                return f"message should include {s!r}"
        return None
    if not answer["ok"]:
        err = answer.get("error") or {}
        return f"threw {err.get('name')}: {err.get('message')}"
    result = answer.get("result", MISSING)
    m = mismatch(result, row["expected"])
    if m:
        return m
    cites = citations(result, [])
    if cites or (isinstance(result, dict) and "basis" in result):
        if not any(str(c.get("label", "")).endswith(row["article"]) for c in cites):
            return f"no citation ends with {row['article']}"
    for c in cites:
        quote = c.get("quote")
        if not isinstance(quote, str) or quote == "":
            return f"empty quote in {c.get('label')}"
        if c.get("document") in DOCUMENT_IDS and strip_ws(quote) not in seed_compact:
            return f"quote of {c.get('label')} is not verbatim from the seed"
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description="Run the shipped vector rows through one `ili-policy --ndjson` process.")
    ap.add_argument("--cli", help='command that runs the CLI (default: node <package>/dist/cli.js)')
    ap.add_argument("--root", default=root, help="package or repository root (default: the folder above this script)")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only failures and the summary")
    opts = ap.parse_args()

    vector_dir = os.path.join(opts.root, "test", "vectors")
    seed_path = os.path.join(opts.root, "test", "fixtures", "seed.txt")
    if not os.path.isdir(vector_dir) or not os.path.isfile(seed_path):
        print(f"vectors or seed text not found under {opts.root}", file=sys.stderr)
        return 2
    if opts.cli:
        command = shlex.split(opts.cli)
    else:
        cli = os.path.join(opts.root, "dist", "cli.js")
        if not os.path.isfile(cli):
            print("dist/cli.js not found: run `npm run build` first, or pass --cli", file=sys.stderr)
            return 2
        command = ["node", cli]
    with open(seed_path, encoding="utf-8") as f:
        seed_compact = strip_ws(f.read())

    rows, skipped = [], []
    for name in sorted(os.listdir(vector_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(vector_dir, name), encoding="utf-8") as f:
            table = json.load(f)
        for row in table["vectors"]:
            (skipped if special(row["input"]) else rows).append((table["module"], row))

    started = time.monotonic()
    proc = subprocess.Popen(command + ["--ndjson"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def feed():
        for n, (_, row) in enumerate(rows):
            line = json.dumps({"id": n, "function": row["function"], "args": row["input"]}, ensure_ascii=False)
            proc.stdin.write(line.encode("utf-8") + b"\n")
        proc.stdin.close()

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    answers = [json.loads(line) for line in proc.stdout]
    writer.join()
    stderr = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait()
    elapsed = time.monotonic() - started

    failures = []
    if code != 0:
        failures.append(("(cli)", f"exit {code}: {stderr.strip()[:500]}"))
    if len(answers) != len(rows):
        failures.append(("(cli)", f"{len(rows)} requests, {len(answers)} answers"))
    by_module = {}
    for n, (module, row) in enumerate(rows):
        answer = answers[n] if n < len(answers) else None
        why = "no answer" if answer is None else ("answer out of order" if answer.get("id") != n else check_row(row, answer, seed_compact))
        stats = by_module.setdefault(module, [0, 0, 0])
        if why:
            stats[1] += 1
            failures.append((f"{module} {row['id']}", why))
        else:
            stats[0] += 1
    for module, row in skipped:
        by_module.setdefault(module, [0, 0, 0])[2] += 1

    if not opts.quiet:
        for module in sorted(by_module):
            p, f, s = by_module[module]
            print(f"{module:32} {p:5} passed {f:4} failed {s:3} skipped")
    for where, why in failures:
        print(f"FAIL {where}: {why}")
    passed = sum(s[0] for s in by_module.values())
    print(
        f"{passed} passed, {len(failures)} failed, {len(skipped)} skipped "
        f"(NaN/Infinity/undefined cannot travel as JSON) — {len(rows)} rows through one "
        f"--ndjson process in {elapsed:.2f} s ({len(rows) / elapsed:.0f} rows/s)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
