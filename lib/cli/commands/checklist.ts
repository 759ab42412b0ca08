import { deriveChecklist } from '../../checklist/derive-checklist';
import { renderChecklist } from '../../checklist/render-checklist';
import { SITE_URL } from '../../site';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { loadCorpusForCli } from '../load-corpus-for-cli';
import { parseOptions } from '../parse-options';

const HELP = `Usage: lessons checklist [--format md|json] [--phase P]... [--cause C]... [--tag T]...

Prints the code-review checklist derived from every lesson: the same items as /checklist and /api/checklist.

Options:
  --format md|json  GitHub task-list Markdown (default) or JSON
  --phase P         only checks for this phase (design, implementation, testing, review, deployment, operations)
  --cause C         only checks for this cause category id (see content/causes.yaml)
  --tag T           only checks with this lesson tag
Repeat an option to accept any of several values; different options must all match.
Links point at $SITE_URL (now ${SITE_URL}).`;

export const checklistCommand: Command = {
  summary: 'print the code-review checklist as Markdown or JSON',
  async run(args, io) {
    const { values } = parseOptions(
      args,
      {
        format: { type: 'string' },
        phase: { type: 'string', multiple: true },
        cause: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      false,
    );
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const checklist = deriveChecklist(await loadCorpusForCli(io));
    const result = renderChecklist(
      checklist,
      {
        format: values.format === undefined ? [] : [values.format],
        phase: values.phase,
        cause: values.cause,
        tag: values.tag,
      },
      { siteUrl: SITE_URL, defaultFormat: 'md' },
    );
    if (!result.ok) throw new UsageError(result.error);
    io.out(result.body);
    return EXIT.ok;
  },
};
