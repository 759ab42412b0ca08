import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

const root = path.resolve(import.meta.dirname, '../../..');
const CONTENT = path.join(root, 'test/fixtures/review-engine/content');
const run = promisify(execFile);

function bufferIO(cwd: string): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY: false,
    cwd,
    out: (text: string) => void (io.stdout += `${text}\n`),
    err: (text: string) => void (io.stderr += `${text}\n`),
  };
  return io;
}

const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd });

const ORIGINAL = 'int scale(long v) {\n  long h = v;\n  return (int) h;\n}\n';
const CHANGED = 'int scale(long v) {\n  long h = v;\n  short s = (short) h;\n  return s;\n}\n';

/** A repository with nav.c committed on `branch`, then a feature branch whose working tree narrows a value on line 3. */
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function repository(branch = 'main'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lessons-review-'));
  made.push(dir);
  await git(dir, 'init', '-q', '-b', branch);
  await writeFile(path.join(dir, 'nav.c'), ORIGINAL);
  await git(dir, 'add', 'nav.c');
  await git(dir, 'commit', '-q', '-m', 'initial');
  await git(dir, 'checkout', '-q', '-b', 'feature');
  await writeFile(path.join(dir, 'nav.c'), CHANGED);
  return dir;
}

/** Runs the real `lessons` binary, with `input` on stdin. */
function lessons(args: string[], cwd: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/lessons.mjs'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let repo: string;
let diffText: string;
beforeAll(async () => {
  repo = await repository();
  diffText = (await git(repo, 'diff', 'main')).stdout;
});

const savedContentDir = process.env.LESSONS_CONTENT_DIR;
afterEach(() => {
  if (savedContentDir === undefined) delete process.env.LESSONS_CONTENT_DIR;
  else process.env.LESSONS_CONTENT_DIR = savedContentDir;
});

describe('lessons review', () => {
  it('by default reviews the working tree against the merge base with main, naming the file:line and the lesson', async () => {
    const io = bufferIO(repo);
    expect(await main(['review', '--content', CONTENT], io)).toBe(0);
    expect(io.stdout).toContain('- [ ] **Guard every narrowing conversion with a range check.**');
    expect(io.stdout).toContain('  - `nav.c:3` `short s = (short) h;` — cast to a 16- or 8-bit integer');
    expect(io.stdout).toContain('/cases/narrow-cast#guard-narrowing');
    expect(io.stderr).toBe('');
  });

  it('diffs against the merge base, so what main changed since the branch point is not reviewed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-review-'));
    made.push(dir);
    await git(dir, 'init', '-q', '-b', 'main');
    await writeFile(path.join(dir, 'nav.c'), ORIGINAL);
    await writeFile(path.join(dir, 'legacy.c'), 'short old(long v) { return (short) v; }\n');
    await git(dir, 'add', '.');
    await git(dir, 'commit', '-q', '-m', 'initial');
    await git(dir, 'checkout', '-q', '-b', 'feature');
    await writeFile(path.join(dir, 'nav.c'), CHANGED);
    await git(dir, 'commit', '-q', '-am', 'narrow');
    // main moves on and deletes legacy.c: against main itself, the feature branch would seem to add it back.
    await git(dir, 'checkout', '-q', 'main');
    await git(dir, 'rm', '-q', 'legacy.c');
    await git(dir, 'commit', '-q', '-m', 'drop legacy');
    await git(dir, 'checkout', '-q', 'feature');
    const io = bufferIO(dir);
    expect(await main(['review', '--content', CONTENT, '--format', 'json'], io)).toBe(0);
    const files = (JSON.parse(io.stdout) as { findings: { matches: { file: string; line: number }[] }[] }).findings.flatMap((f) => f.matches.map((m) => `${m.file}:${m.line}`));
    expect(files).toEqual(['nav.c:3']);
    expect((await git(dir, 'diff', 'main')).stdout).toContain('+short old(long v) { return (short) v; }');
  });

  it('falls back to master, and exits 2 saying what to pass when there is no main, origin/main or master', async () => {
    const onMaster = await repository('master');
    const io = bufferIO(onMaster);
    expect(await main(['review', '--content', CONTENT, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ findings: [{ lessonId: 'guard-narrowing', matches: [{ file: 'nav.c', line: 3, column: 13 }] }] });

    const orphan = await repository('trunk');
    const lost = bufferIO(orphan);
    expect(await main(['review', '--content', CONTENT], lost)).toBe(2);
    expect(lost.stderr).toContain('found no main, origin/main, master branch to compare with: pass --base <git-ref> or --diff <file>');
    const based = bufferIO(orphan);
    expect(await main(['review', '--content', CONTENT, '--base', 'trunk'], based)).toBe(0);
    expect(based.stdout).toContain('`nav.c:3`');
  });

  it('exits 2 naming a --base ref that does not exist', async () => {
    const io = bufferIO(repo);
    expect(await main(['review', '--content', CONTENT, '--base', 'no-such-branch'], io)).toBe(2);
    expect(io.stderr).toContain('--base "no-such-branch" does not name a commit in this repository');
    expect(io.stdout).toBe('');
  });

  it('reads --diff <file>, and fails only with --fail-on-match and a match', async () => {
    const file = path.join(repo, '.git', 'saved.diff');
    await writeFile(file, diffText);
    const io = bufferIO(repo);
    expect(await main(['review', '--content', CONTENT, '--diff', file], io)).toBe(0);
    expect(io.stdout).toContain('`nav.c:3`');
    expect(await main(['review', '--content', CONTENT, '--diff', file, '--fail-on-match'], bufferIO(repo))).toBe(1);

    const clean = path.join(repo, '.git', 'clean.diff');
    await writeFile(clean, diffText.replace('(short) h', 'clamp_short(h)'));
    const quiet = bufferIO(repo);
    expect(await main(['review', '--content', CONTENT, '--diff', clean, '--fail-on-match'], quiet)).toBe(0);
    expect(quiet.stdout).toBe('No lesson from Lessons from Failure applies to this change (1 changed file, 2 added lines reviewed).\n');
  });

  it('reads a diff from stdin with "-", through the real binary, with the same exit codes', async () => {
    const matched = await lessons(['review', '-', '--content', CONTENT, '--fail-on-match'], repo, diffText);
    expect(matched).toMatchObject({ code: 1, stderr: '' });
    expect(matched.stdout).toContain('`nav.c:3`');
    const empty = await lessons(['review', '-', '--content', CONTENT, '--fail-on-match'], repo, '');
    expect(empty).toMatchObject({ code: 0, stdout: 'No lesson from Lessons from Failure applies to this change (0 changed files, 0 added lines reviewed).\n' });
    const prose = await lessons(['review', '-', '--content', CONTENT], repo, 'Please review my change.\n');
    expect(prose.code).toBe(2);
    expect(prose.stderr).toContain('standard input is not a unified diff');
  }, 30_000);

  it('rejects bad usage with exit 2', async () => {
    const cases: [string[], string][] = [
      [['--format', 'xml'], '--format must be one of markdown, json, sarif, not "xml"'],
      [['--diff', 'a.diff', '--base', 'main'], 'give only one of --base, --diff and -, not --base and --diff'],
      [['changes.diff'], 'unexpected argument "changes.diff" (to read a diff from a file, use --diff changes.diff)'],
      [['--diff', 'missing.diff'], 'cannot read --diff missing.diff: no such file'],
      [['--colour'], "Unknown option '--colour'"],
    ];
    for (const [args, message] of cases) {
      const io = bufferIO(repo);
      expect(await main(['review', '--content', CONTENT, ...args], io)).toBe(2);
      expect(io.stderr).toContain(message);
    }
  });

  it('takes the knowledge base from --content, else $LESSONS_CONTENT_DIR, else the one shipped with the CLI', async () => {
    const file = path.join(repo, '.git', 'env.diff');
    await writeFile(file, diffText);
    process.env.LESSONS_CONTENT_DIR = CONTENT;
    const fromEnv = bufferIO(repo);
    expect(await main(['review', '--diff', file, '--format', 'json'], fromEnv)).toBe(0);
    expect(JSON.parse(fromEnv.stdout)).toMatchObject({ findings: [{ slug: 'narrow-cast' }] });

    // Run from a folder with no content/ of its own: the shipped knowledge base still loads.
    delete process.env.LESSONS_CONTENT_DIR;
    const shipped = bufferIO(tmpdir());
    expect(await main(['review', '--diff', file, '--format', 'json'], shipped)).toBe(0);
    expect(JSON.parse(shipped.stdout)).not.toMatchObject({ findings: [{ slug: 'narrow-cast' }] });
  });

  it('prints SARIF with the match on its exact line and column', async () => {
    const io = bufferIO(repo);
    expect(await main(['review', '--content', CONTENT, '--format', 'sarif'], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({
      runs: [{ results: [{ ruleId: 'narrow-cast/guard-narrowing', locations: [{ physicalLocation: { region: { startLine: 3, startColumn: 13 } } }] }] }],
    });
  });

  it('has --help', async () => {
    const io = bufferIO(repo);
    expect(await main(['review', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('Usage: lessons review [--base <git-ref> | --diff <file> | -]');
    expect(io.stdout).toContain('Exit codes: 0 reviewed');
  });
});
