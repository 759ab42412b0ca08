import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { contentDirSetting } from '../../content/content-dir-setting';
import { loadCorpus } from '../../content/load-corpus';
import { formatJson } from '../../review/format/json';
import { formatMarkdown } from '../../review/format/markdown';
import { formatSarif } from '../../review/format/sarif';
import { DiffSourceError, gitDiffAgainstBase } from '../../review/git-diff';
import { DEFAULT_TIME_BUDGET_MS, MAX_LINE_LENGTH, reviewDiff, triggerSetFromCases } from '../../review/review-diff';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { parseOptions } from '../parse-options';

/** The knowledge base shipped with the CLI, found from this file, so the command works inside any repository. */
const SHIPPED_CONTENT = fileURLToPath(new URL('../../../content', import.meta.url));

const HELP = `Usage: lessons review [--base <git-ref> | --diff <file> | -] [--format markdown|json|sarif] [--fail-on-match]
                      [--content <dir>]

Reads a unified diff and lists the lessons from past failures whose triggers its ADDED lines match, each with
the file:line that raised it and the precedent case. Lessons without triggers never appear, and a lesson is
reported at most once per line.

Input (one of):
  (none)            git diff of the working tree (tracked files, staged or not) against the merge base of HEAD
                    with main, else origin/main, else master
  --base <git-ref>  the same, against the merge base with <git-ref>
  --diff <file>     a diff saved in a file (git diff, git format-patch or diff -u output)
  -                 a diff read from standard input

Options:
  --format F        markdown (default; a pull-request comment), json, or sarif (SARIF 2.1.0, for code scanning)
  --fail-on-match   exit 1 when any lesson is triggered
  --content <dir>   the knowledge base to use (holding causes.yaml and cases/); default $LESSONS_CONTENT_DIR, else
                    the one shipped with this CLI

Only the first ${MAX_LINE_LENGTH.toLocaleString('en')} characters of each added line are matched, and a review that takes over
${DEFAULT_TIME_BUDGET_MS / 1000} s stops with a warning saying how many added lines went unchecked.
Untracked files are not in "git diff": "git add -N <file>" makes a new file part of the review.
Exit codes: 0 reviewed (whatever matched), 1 a lesson matched with --fail-on-match, 2 usage error (bad option,
unknown ref, unreadable file, input that is not a diff, or broken content).`;

const FORMATS = ['markdown', 'json', 'sarif'] as const;

export const reviewCommand: Command = {
  summary: 'list the lessons a code change resembles (markdown, json or sarif)',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      base: { type: 'string' },
      diff: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      'fail-on-match': { type: 'boolean', default: false },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const format = FORMATS.find((candidate) => candidate === values.format);
    if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`);
    const stray = positionals.find((positional) => positional !== '-');
    if (stray !== undefined) throw new UsageError(`unexpected argument "${stray}" (to read a diff from a file, use --diff ${stray})`);
    const sources = [values.base !== undefined && '--base', values.diff !== undefined && '--diff', positionals.length > 0 && '-'];
    const given = sources.filter((source) => source !== false);
    if (given.length > 1) throw new UsageError(`give only one of --base, --diff and -, not ${given.join(' and ')}`);

    const contentDir = path.resolve(io.cwd, values.content ?? contentDirSetting(SHIPPED_CONTENT));
    const diffText = await readDiff(io.cwd, values.base, values.diff, positionals.length > 0);
    const corpus = await loadCorpus({ contentDir, relativeTo: io.cwd });
    const triggers = triggerSetFromCases(corpus.cases);
    const result = reviewDiff(diffText, triggers);
    if (result.input === 'not-a-diff') {
      const from = values.diff !== undefined ? `--diff ${values.diff}` : 'standard input';
      throw new UsageError(`${from} is not a unified diff (no "diff --git", "---"/"+++" or "@@" lines)`);
    }

    if (format === 'json') io.out(formatJson(result));
    else if (format === 'sarif') {
      io.out(formatSarif(result, triggers, await toolVersion()));
      for (const warning of result.warnings) io.err(`lessons review: warning: ${warning}`);
    } else io.out(formatMarkdown(result).replace(/\n$/, ''));

    return values['fail-on-match'] && result.findings.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

/** What a failed read of --diff means, in words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

async function readDiff(cwd: string, base: string | undefined, file: string | undefined, stdin: boolean): Promise<string> {
  if (stdin) return readStdin();
  if (file !== undefined) {
    try {
      return await readFile(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      const reason = READ_ERRORS[code] ?? (error instanceof Error ? error.message : String(error));
      throw new UsageError(`cannot read --diff ${file}: ${reason}`);
    }
  }
  try {
    return await gitDiffAgainstBase(cwd, base);
  } catch (error) {
    if (error instanceof DiffSourceError) throw new UsageError(error.message);
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

async function toolVersion(): Promise<string> {
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
}
