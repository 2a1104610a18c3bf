/**
 * The package a user installs (issue 17 items 1, 2, 10): what `npm pack` puts in the tarball.
 * Every relative link of every shipped Markdown file resolves inside the tarball; the seed text
 * (the six documents, 第一条 to the 附件, that every quote is checked against) ships beside the
 * vectors as `ili-policy/vectors/seed.txt`; the exports map points at shipped files; the
 * module guide and the built `.d.ts` comments name no file a user does not have.
 * .ci/package-smoke.sh then installs the real tarball and uses it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-fixtures.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  files: string[];
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  repository?: { url?: string };
  homepage?: string;
};

/** The files `npm pack` ships (without running prepack: dist/ is in the list only when built). */
const packed: string[] = (() => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
})();
const shipped = new Set(packed);
const isShipped = (p: string) => shipped.has(p) || packed.some((f) => f.startsWith(p.endsWith('/') ? p : `${p}/`));

/** Relative link targets of a Markdown text (no scheme, no bare anchor), without their #anchor. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^[a-z]+:/i.test(t) && !t.startsWith('#'))
    .map((t) => t.split('#')[0]!);
}

describe('the packed package (README links, the seed text beside the vectors)', () => {
  it('ships the README, docs, examples, vectors, the seed text and the schemas', () => {
    for (const f of ['README.md', 'package.json', 'test/fixtures/seed.txt', 'test/vectors/README.md', 'test/vectors/calendar.json', 'docs/README.md', 'docs/module-guide.md', 'examples/index.ts', 'examples/run-vectors.py', 'schemas/README.md']) {
      expect(shipped.has(f), f).toBe(true);
    }
    for (const f of readdirSync(join(REPO, 'test/vectors')).filter((x) => x.endsWith('.json'))) expect(shipped.has(`test/vectors/${f}`), f).toBe(true);
    expect(packed.some((f) => f.startsWith('src/') || f.startsWith('scripts/') || f.startsWith('bench/') || /^test\/(?!vectors\/|fixtures\/seed\.txt$)/.test(f))).toBe(false);
  });

  it('every relative link of every shipped Markdown file resolves inside the package', () => {
    const markdown = packed.filter((f) => f.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(10);
    let links = 0;
    for (const md of markdown) {
      for (const target of relativeLinks(readFileSync(join(REPO, md), 'utf8'))) {
        const resolved = posix.normalize(posix.join(posix.dirname(md), target));
        expect(isShipped(resolved), `${md} links ${target}, which the package does not ship`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(30);
    expect(relativeLinks(readFileSync(join(REPO, 'README.md'), 'utf8')).length).toBeGreaterThanOrEqual(11);
  });

  it('exports the seed text as ili-policy/vectors/seed.txt, and every non-built export target ships', () => {
    expect(pkg.exports['./vectors/seed.txt']).toBe('./test/fixtures/seed.txt');
    const keys = Object.keys(pkg.exports);
    expect(keys.indexOf('./vectors/seed.txt')).toBeLessThan(keys.indexOf('./vectors/*'));
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'string') continue;
      const base = target.replace(/^\.\//, '').replace(/\*$/, '');
      expect(isShipped(base) || shipped.has(base), `${key} → ${target}`).toBe(true);
    }
    // The shipped seed is the project's seed, byte for byte.
    expect(readFileSync(join(REPO, 'test/fixtures/seed.txt'), 'utf8')).toContain('第一条');
  });

  it('builds before packing (prepack), names its repository, and its bin is the bundled CLI', () => {
    expect(pkg.scripts.prepack).toMatch(/npm run build|tsup/);
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bin['ili-policy']).toBe('./dist/cli.js');
    expect(pkg.files).toContain('dist');
  });

  it('the module guide points only to shipped files or to the repository', () => {
    const guide = readFileSync(join(REPO, 'docs/module-guide.md'), 'utf8');
    const withoutAbsoluteLinks = guide.replace(/\[[^\]]*\]\(https:\/\/[^)]+\)/g, '');
    const local = [...withoutAbsoluteLinks.matchAll(/(?<![\w/.-])(?:\.\.\/)*(?:src|scripts|bench|test|examples|shared)\/[\w./<>*-]*/g)].map((m) => m[0]);
    const resolve = (p: string) => (p.startsWith('../') ? posix.normalize(posix.join('docs', p)) : p).replace(/[<>*].*$/, '');
    expect(local.filter((p) => !isShipped(resolve(p)))).toEqual([]);
    expect(local.length).toBeGreaterThan(0);
    expect(guide).not.toMatch(/\.\.\/shared\//);
  });
});

const dist = join(REPO, 'dist');
const built = existsSync(join(dist, 'index.d.ts'));

describe.skipIf(!built)('the built .d.ts (第…条 in comments; needs `npm run build`, which .ci/run does first)', () => {
  function dtsFiles(d: string): string[] {
    return readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      return statSync(p).isDirectory() ? dtsFiles(p) : /\.d\.c?ts$/.test(f) ? [p] : [];
    });
  }

  it('comments name no file a user does not have (CONTRACT.md, source files, scripts/…)', () => {
    const bad = new Set<string>();
    for (const f of dtsFiles(dist)) {
      const comments = (readFileSync(f, 'utf8').match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g) ?? []).join('\n');
      for (const m of comments.matchAll(/(?<![\w./-])[A-Za-z][\w./-]*\.(?:ts|md|json|txt|mjs|cjs)\b/g)) {
        const token = m[0].replace(/^ili-policy\/vectors\/seed\.txt$/, 'test/fixtures/seed.txt').replace(/^ili-policy\/vectors\//, 'test/vectors/');
        if (!shipped.has(token) && !shipped.has(`docs/${token}`)) bad.add(token);
      }
      for (const m of comments.matchAll(/(?<![\w/.-])(?:src|scripts|bench|test)\/[\w./-]*/g)) if (!isShipped(m[0])) bad.add(m[0]);
    }
    expect([...bad].sort()).toEqual([]);
  });
});
