import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { contentDirSetting } from '../../content/content-dir-setting';
import { loadConfig } from '../../lint/config';
import { formatJson } from '../../lint/format/json';
import { formatPretty } from '../../lint/format/pretty';
import { formatRules } from '../../lint/format/rules';
import { formatSarif } from '../../lint/format/sarif';
import { summarize } from '../../lint/format/summary';
import { plural } from '../../plural';
import { LintInputError } from '../../lint/input-error';
import { runLint } from '../../lint/run-lint';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { parseOptions } from '../parse-options';

const HELP = `Usage: lessons lint [paths…] [--format pretty|json|sarif] [--max-warnings N] [--fix] [--config FILE]
       lessons lint --list-rules [--format pretty|json|markdown]

Checks case studies with the site's own loader and schema, then the rules in "lessons lint --list-rules".
Paths: content folders (holding causes.yaml and cases/), cases/ folders, or single case files; default: content
(or $LESSONS_CONTENT_DIR). A single file is checked against its whole folder but only its problems are shown.

Options:
  --format F        pretty (default; grouped by file, coloured on a terminal), json, or sarif (SARIF 2.1.0)
  --max-warnings N  fail (exit 1) when there are more than N warnings
  --fix             write the safe fixes (trailing whitespace, tag order, a missing "?"), then report the rest
  --config FILE     rule severities (default: lessons.config.json here, if present)
  --list-rules      list every rule with its default severity and what it asks

Silence one rule on one line with a comment on the line above it:
  # lessons-disable-next-line https-source -- the archive has no https   (front matter)
  {/* lessons-disable-next-line heading-levels */}                         (body)

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage or internal error.`;

const OUTPUT_FORMATS = ['pretty', 'json', 'sarif'] as const;
const RULE_FORMATS = ['pretty', 'json', 'markdown'] as const;

export const lintCommand: Command = {
  summary: 'check the case studies: schema, lessons, sources, MDX (pretty, json or sarif)',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string' },
      'max-warnings': { type: 'string' },
      fix: { type: 'boolean', default: false },
      config: { type: 'string' },
      'list-rules': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    if (values['list-rules']) {
      const format = oneOf(values.format ?? 'pretty', RULE_FORMATS, '--format with --list-rules');
      io.out(formatRules(format));
      return EXIT.ok;
    }
    const format = oneOf(values.format ?? 'pretty', OUTPUT_FORMATS, '--format');
    const maxWarnings = values['max-warnings'] === undefined ? undefined : count(values['max-warnings']);

    try {
      const { settings } = await loadConfig(io.cwd, values.config);
      const paths = positionals.length > 0 ? positionals : [contentDirSetting()];
      const run = await runLint({ cwd: io.cwd, paths, settings, fix: values.fix });
      if (format === 'json') io.out(formatJson(run));
      else if (format === 'sarif') io.out(formatSarif(run, await toolVersion()));
      else io.out(formatPretty(run, { color: io.isTTY && !process.env.NO_COLOR }));

      const { errors, warnings } = summarize(run);
      if (errors > 0) return EXIT.findings;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.err(`lessons lint: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}`);
        return EXIT.findings;
      }
      return EXIT.ok;
    } catch (error) {
      if (error instanceof LintInputError) throw new UsageError(error.message);
      throw error;
    }
  },
};

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const match = allowed.find((candidate) => candidate === value);
  if (!match) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return match;
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

async function toolVersion(): Promise<string> {
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
}
