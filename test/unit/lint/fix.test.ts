import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMdxBody } from '@/lib/content/parse-mdx-body';
import { splitFrontMatter } from '@/lib/content/split-front-matter';
import { runLint } from '@/lib/lint/run-lint';
import { baseCase, CURRENT_YEAR, LINT_FIXTURES } from './fixtures';

/** The base case with every safely fixable problem, some only reachable after another is fixed. */
function messyCase(): string {
  return baseCase()
    .replace('  fatalities: 0\n', '  fatalities: 0 \t\n')
    .replace('tags: [counters, numeric]', 'tags: [numeric, counters]')
    .replace('    tags: [soak-testing]\n', '    tags:\n      - soak-testing\n      - long-run\n      - inquiry-r10\n      - inquiry-r2\n')
    .replace("check: Can this counter overflow within the system's service life?", "check: Can this counter overflow within the system's service life.")
    .replace('check: Has this controller run longer than it ever will in service?', 'check: "Has this controller run longer than it ever will in service"')
    .replace('A *fictional* counter wrapped. See', 'A *fictional* counter wrapped.  \nSee')
    .replace('The counter was widened to 32 bits.', 'The counter was widened to 32 bits.   \n\n```c\nuint32_t ticks;  \n```');
}

async function contentDir(source: string): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lessons-fix-'));
  await mkdir(path.join(dir, 'cases'));
  await cp(path.join(LINT_FIXTURES, 'causes.yaml'), path.join(dir, 'causes.yaml'));
  const file = path.join(dir, 'cases/messy.mdx');
  await writeFile(file, source);
  return { dir, file };
}

const lint = (dir: string, fix: boolean) => runLint({ cwd: dir, paths: ['.'], settings: new Map(), fix, currentYear: CURRENT_YEAR });

/** The body's Markdown tree without positions: what the page is rendered from. */
function bodyTree(source: string): unknown {
  const parsed = parseMdxBody(splitFrontMatter(source).body);
  if (!parsed.ok) throw new Error(parsed.message);
  return JSON.parse(JSON.stringify(parsed.tree, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

describe('lessons lint --fix', () => {
  it('fixes every safely fixable problem in place, in as many passes as it takes', async () => {
    const { dir, file } = await contentDir(messyCase());
    const before = await lint(dir, false);
    expect(before.diagnostics.map((d) => d.ruleId).sort()).toEqual([
      'check-question',
      'check-question',
      'trailing-whitespace',
      'trailing-whitespace',
      'trailing-whitespace',
      'trailing-whitespace',
    ]);

    const run = await lint(dir, true);
    expect(run.fixed).toEqual([{ file: 'cases/messy.mdx', count: 8 }]);
    expect(run.diagnostics).toEqual([]);
    const fixed = await readFile(file, 'utf8');
    expect(fixed).toContain('  fatalities: 0\n');
    expect(fixed).toContain("check: Can this counter overflow within the system's service life?\n");
    expect(fixed).toContain('check: "Has this controller run longer than it ever will in service?"\n');
    expect(fixed).toContain('tags: [counters, numeric]\n');
    expect(fixed).toContain('    tags:\n      - inquiry-r2\n      - inquiry-r10\n      - long-run\n      - soak-testing\n');
    expect(fixed).toContain('A *fictional* counter wrapped.\\\nSee');
    expect(fixed).toContain('The counter was widened to 32 bits.\n\n```c\nuint32_t ticks;\n```');
  });

  it('changes nothing the page shows: a hard line break stays one, written as a backslash', async () => {
    const { dir, file } = await contentDir(messyCase());
    const original = await readFile(file, 'utf8');
    await lint(dir, true);
    const fixed = await readFile(file, 'utf8');
    const withoutCodeSpaces = (tree: unknown) => JSON.stringify(tree).replace('uint32_t ticks;  ', 'uint32_t ticks;');
    expect(withoutCodeSpaces(bodyTree(fixed))).toBe(withoutCodeSpaces(bodyTree(original)));
  });

  it('is idempotent: a second run finds nothing to fix and leaves the file alone', async () => {
    const { dir, file } = await contentDir(messyCase());
    await lint(dir, true);
    const once = await readFile(file, 'utf8');
    const again = await lint(dir, true);
    expect(again.fixed).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(once);
  });

  it('leaves a problem it cannot fix safely for a person, and says where', async () => {
    const source = baseCase().replace('(https://example.org/report).\n', '(https://example.org/report).\\ \n');
    const { dir, file } = await contentDir(source);
    const run = await lint(dir, true);
    expect(run.fixed).toEqual([]);
    expect(run.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.fix ? 'fixable' : 'manual'}`)).toEqual([
      'cases/messy.mdx:43:78 trailing-whitespace manual',
    ]);
    expect(await readFile(file, 'utf8')).toBe(source);
  });
});
