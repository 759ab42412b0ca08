import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/content');

function checkContent(dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', dir], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('npm run check:content (runs before every build)', () => {
  it('exits 0 and counts what it checked on valid content', async () => {
    const result = await checkContent(path.join(fixtures, 'good'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content ok: 1 cases, 2 cause categories');
  });

  it('exits 1 and prints each problem as file:line:col field: message', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-check-'));
    await cp(path.join(fixtures, 'good'), dir, { recursive: true });
    await cp(path.join(fixtures, 'bad/bad-date.mdx'), path.join(dir, 'cases/bad-date.mdx'));
    const result = await checkContent(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cases\/bad-date\.mdx:3:7 date: must be a real date written YYYY-MM-DD/);
    expect(result.stderr).toContain('1 problem(s) in content');
  });
});
