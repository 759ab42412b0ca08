import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';
import { RULES } from '@/lib/lint/registry';
import { baseCase, LINT_FIXTURES } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');

function bufferIO(cwd: string, isTTY = false): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    isTTY,
    cwd,
    out: (text: string) => void (io.stdout += `${text}\n`),
    err: (text: string) => void (io.stderr += `${text}\n`),
  };
  return io;
}

/** A project folder with content/causes.yaml and the given cases. */
async function project(cases: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lessons-cli-lint-'));
  await mkdir(path.join(dir, 'content/cases'), { recursive: true });
  await cp(path.join(LINT_FIXTURES, 'causes.yaml'), path.join(dir, 'content/causes.yaml'));
  for (const [slug, source] of Object.entries(cases)) await writeFile(path.join(dir, `content/cases/${slug}.mdx`), source);
  return dir;
}

const withWarning = () => baseCase().replace('url: "https://example.org/commentary"', 'url: "http://example.org/commentary"');
const withError = () => baseCase().replace('date: 2001-02-03', 'date: 2001-02-30');

describe('lessons lint', () => {
  it('exits 0 on clean content and says so', async () => {
    const io = bufferIO(await project({ clean: baseCase() }));
    expect(await main(['lint'], io)).toBe(0);
    expect(io.stdout).toBe('✔ 2 files checked, no problems\n');
  });

  it('exits 0 with warnings, and 1 once they pass --max-warnings', async () => {
    const dir = await project({ warned: withWarning() });
    expect(await main(['lint'], bufferIO(dir))).toBe(0);
    expect(await main(['lint', '--max-warnings', '1'], bufferIO(dir))).toBe(0);
    const io = bufferIO(dir);
    expect(await main(['lint', '--max-warnings', '0'], io)).toBe(1);
    expect(io.stderr).toContain('lessons lint: 1 warning, more than --max-warnings 0');
  });

  it('exits 1 on errors and prints each as file:line:col, severity, field: message, rule', async () => {
    const io = bufferIO(await project({ broken: withError(), warned: withWarning() }));
    expect(await main(['lint'], io)).toBe(1);
    expect(io.stdout).toBe(
      [
        'content/cases/broken.mdx:3:7  error    date: must be a real date written YYYY-MM-DD  schema',
        '',
        'content/cases/warned.mdx:38:51  warning  sources[1].url: source "Fixture commentary" links over http; use its https:// address if the site serves one  https-source',
        '',
        '✖ 2 problems (1 error, 1 warning) in 2 of 3 files',
        '',
      ].join('\n'),
    );
  });

  it('colours only on a terminal', async () => {
    const dir = await project({ broken: withError() });
    const tty = bufferIO(dir, true);
    await main(['lint'], tty);
    expect(tty.stdout).toContain('\u001b[31merror  \u001b[0m');
    const pipe = bufferIO(dir, false);
    await main(['lint'], pipe);
    expect(pipe.stdout).not.toContain('\u001b[');
  });

  it('lints one named file against its folder, reporting only that file', async () => {
    const dir = await project({ broken: withError(), warned: withWarning() });
    const io = bufferIO(dir);
    expect(await main(['lint', 'content/cases/warned.mdx', '--format', 'json'], io)).toBe(0);
    const report: unknown = JSON.parse(io.stdout);
    expect(report).toMatchObject({
      summary: { files: 1, errors: 0, warnings: 1 },
      diagnostics: [{ file: 'content/cases/warned.mdx', line: 38, column: 51, severity: 'warning', ruleId: 'https-source', field: 'sources[1].url' }],
    });
  });

  it('fixes files with --fix and reports what it fixed', async () => {
    const dir = await project({ messy: baseCase().replace('tags: [counters, numeric]', 'tags: [numeric, counters]') });
    const io = bufferIO(dir);
    expect(await main(['lint', '--fix'], io)).toBe(0);
    expect(io.stdout).toBe('fixed 1 problem in content/cases/messy.mdx\n\n✔ 2 files checked, no problems\n');
    expect(await readFile(path.join(dir, 'content/cases/messy.mdx'), 'utf8')).toContain('tags: [counters, numeric]');
  });

  it('reads rule severities from lessons.config.json, or --config', async () => {
    const dir = await project({ warned: withWarning() });
    await writeFile(path.join(dir, 'lessons.config.json'), '{ "rules": { "https-source": "error" } }');
    expect(await main(['lint'], bufferIO(dir))).toBe(1);
    await writeFile(path.join(dir, 'quiet.json'), '{ "rules": { "https-source": "off" } }');
    const io = bufferIO(dir);
    expect(await main(['lint', '--config', 'quiet.json', '--max-warnings', '0'], io)).toBe(0);
  });

  it.each([
    [['--format', 'xml'], '--format must be one of pretty, json, sarif, not "xml"'],
    [['--max-warnings', 'few'], '--max-warnings takes a whole number, not "few"'],
    [['nowhere'], 'no such file or folder: nowhere'],
    [['content/cases/../..'], 'is not a content folder: it has no causes.yaml'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['--config', 'missing.json'], 'cannot read config file missing.json'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const io = bufferIO(await project({ clean: baseCase() }));
    expect(await main(['lint', ...args], io)).toBe(2);
    expect(io.stderr).toContain(message);
    expect(io.stderr).toContain('Run "lessons lint --help" for usage.');
  });

  it('exits 2 on a config with an unknown rule, naming file:line:col', async () => {
    const dir = await project({ clean: baseCase() });
    await writeFile(path.join(dir, 'lessons.config.json'), '{\n  "rules": { "tag-ordr": "off" }\n}\n');
    const io = bufferIO(dir);
    expect(await main(['lint'], io)).toBe(2);
    expect(io.stderr).toContain('lessons.config.json:2:14 rules.tag-ordr: unknown rule "tag-ordr"; did you mean "tag-order"?');
  });

  it('lists the rules, as text, JSON or the README table', async () => {
    const io = bufferIO(root);
    expect(await main(['lint', '--list-rules', '--format', 'markdown'], io)).toBe(0);
    const rows = io.stdout.trim().split('\n');
    expect(rows.slice(2).map((row) => /^\| `([a-z-]+)` \|/.exec(row)?.[1])).toEqual(RULES.map((rule) => rule.id));
    const json = bufferIO(root);
    await main(['lint', '--list-rules', '--format', 'json'], json);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ id: 'tag-order', severity: 'warning', fixable: true, configurable: true }));
  });

  it('runs as `lessons lint` from the package bin, with exit code 1 on errors', async () => {
    const dir = await project({ broken: withError() });
    const result = await promisify(execFile)(process.execPath, [path.join(root, 'bin/lessons.mjs'), 'lint', '--format', 'sarif'], { cwd: dir }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ version: '2.1.0', runs: [{ results: [{ ruleId: 'schema' }] }] });
  });
});
