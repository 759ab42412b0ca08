import { mkdir, mkdtemp, readdir, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '@/lib/lint/run-lint';
import { CURRENT_YEAR } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');

describe('linting on worker threads', () => {
  it('gives exactly the diagnostics of linting in one thread', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-workers-'));
    await mkdir(path.join(dir, 'cases'));
    await cp(path.join(root, 'content/causes.yaml'), path.join(dir, 'causes.yaml'));
    const names = (await readdir(path.join(root, 'content/cases'))).filter((name) => name.endsWith('.mdx')).sort();
    // Two copies of each real case (near-duplicates across files), and one broken file among them.
    for (const [i, name] of [...names, ...names].entries()) {
      const source = await readFile(path.join(root, 'content/cases', name), 'utf8');
      await writeFile(path.join(dir, 'cases', `copy-${String(i).padStart(2, '0')}.mdx`), i === 5 ? source.replace(/date: \S+/, 'date: 1999-02-30') : source);
    }
    const options = { cwd: dir, paths: ['.'], settings: new Map(), currentYear: CURRENT_YEAR };
    const inline = await runLint({ ...options, workers: 0 });
    const threaded = await runLint({ ...options, workers: 2 });
    expect(threaded).toEqual(inline);
    expect(inline.diagnostics.filter((d) => d.ruleId === 'schema').map((d) => d.file)).toEqual(['cases/copy-05.mdx']);
    expect(inline.diagnostics.filter((d) => d.ruleId === 'near-duplicate-lesson').length).toBeGreaterThan(60);
  });
});
