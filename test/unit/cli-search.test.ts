import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

const root = path.resolve(import.meta.dirname, '../..');

function bufferIO(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    cwd: root,
    out: (text: string) => void (io.stdout += `${text}\n`),
    err: (text: string) => void (io.stderr += `${text}\n`),
  };
  return io;
}

describe('lessons search', () => {
  it('prints the same ranking as the site, as JSON', async () => {
    const io = bufferIO();
    expect(await main(['search', 'priority inversion', '--json', '--limit', '2'], io)).toBe(0);
    const payload: unknown = JSON.parse(io.stdout);
    expect(payload).toMatchObject({
      query: 'priority inversion',
      results: [{ slug: 'mars-pathfinder-priority-inversion-1997', url: expect.stringMatching(/^\/cases\/mars-pathfinder/) }, {}],
    });
  });

  it('prints a readable list with the deep link and snippet', async () => {
    const io = bufferIO();
    expect(await main(['search', 'misplaced break'], io)).toBe(0);
    expect(io.stdout).toMatch(/^1\. AT&T long-distance network collapse {2}\(score [\d.]+\)\n {3}\/cases\/att-long-distance-collapse-1990/);
  });

  it('exits 2 with a clear message on bad options', async () => {
    const io = bufferIO();
    expect(await main(['search', 'x', '--phase', 'lunch'], io)).toBe(2);
    expect(io.stderr).toContain('unknown phase "lunch"; valid values: design, implementation, testing, review, deployment, operations');
    const empty = bufferIO();
    expect(await main(['search'], empty)).toBe(2);
    expect(empty.stderr).toContain('give a query');
  });

  it('runs as `lessons` from the package bin', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/lessons.mjs', 'search', 'overfow', '--json'], { cwd: root });
    const payload: unknown = JSON.parse(stdout);
    expect(payload).toMatchObject({ query: 'overfow', results: expect.arrayContaining([expect.objectContaining({ slug: 'ariane-5-flight-501' })]) });
  });
});
