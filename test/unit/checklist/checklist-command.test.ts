import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { renderChecklist } from '@/lib/checklist/render-checklist';
import type { ChecklistJson } from '@/lib/checklist/to-json';
import { main } from '@/lib/cli/main';
import type { CliIO } from '@/lib/cli/io';
import { SITE_URL } from '@/lib/site';
import { loadRealCorpus } from '../../support/real-corpus';

const root = path.resolve(import.meta.dirname, '../../..');
const checklist = deriveChecklist(await loadRealCorpus());

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { out: (text) => (stdout += text), err: (text) => (stderr += text), isTTY: false, cwd: root };
  const code = await main(['checklist', ...args], io);
  return { code, stdout, stderr };
}

function expected(request: Parameters<typeof renderChecklist>[1]): string {
  const result = renderChecklist(checklist, request, { siteUrl: SITE_URL, defaultFormat: 'md' });
  if (!result.ok) throw new Error(result.error);
  return result.body;
}

describe('lessons checklist', () => {
  it('prints the whole checklist as GitHub task-list Markdown by default, one line per item', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.match(/^- \[ \] /gm)).toHaveLength(checklist.items.length);
    expect(stdout).toBe(expected({}));
  });

  it('prints the selection the options make, as the API would', async () => {
    const { code, stdout } = await run('--format', 'md', '--phase', 'testing', '--phase', 'review', '--tag', 'numeric');
    expect(code).toBe(0);
    expect(stdout).toBe(expected({ format: ['md'], phase: ['testing', 'review'], tag: ['numeric'] }));
    expect(stdout.match(/^## .+$/gm)).toEqual(['## Testing', '## Review']);
  });

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await run('--format', 'json', '--cause', 'numeric-overflow');
    expect(code).toBe(0);
    const data: ChecklistJson = JSON.parse(stdout);
    expect(data.filter.cause).toEqual(['numeric-overflow']);
    const items = data.phases.flatMap((p) => p.categories.flatMap((c) => c.items));
    expect(items.length).toBe(data.count);
    for (const item of items) expect(item.categories).toContain('numeric-overflow');
  });

  it.each([
    [['--phase', 'desing'], 'unknown phase "desing"; valid phases: design, implementation, testing, review, deployment, operations'],
    [['--cause', 'cosmic-rays'], 'unknown cause category "cosmic-rays"; valid cause categories: numeric-overflow,'],
    [['--tag', 'no-such-tag'], 'unknown tag "no-such-tag"; valid tags: '],
    [['--format', 'html'], 'unknown format "html"; valid formats: md, json'],
    [['--colour'], "Unknown option '--colour'"],
  ])('rejects %j with exit 2 and a message listing what is valid', async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`lessons checklist: ${message}`);
    expect(stderr).toContain('Run "lessons checklist --help" for usage.');
  });

  it('explains itself with --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: lessons checklist [--format md|json] [--phase P]... [--cause C]... [--tag T]...');
  });

  it('is listed in the top-level help', async () => {
    let stdout = '';
    await main(['--help'], { out: (text) => (stdout += text), err: () => {}, isTTY: false, cwd: root });
    expect(stdout).toMatch(/^ {2}checklist +print the code-review checklist/m);
  });

  it('runs as the installed command', () => {
    const result = spawnSync(process.execPath, ['bin/lessons.mjs', 'checklist', '--format', 'md'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected({ format: ['md'] }));
  }, 30_000);
});
