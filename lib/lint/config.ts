import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseLocatedYaml } from '../content/yaml-document';
import { LintInputError } from './input-error';
import { isLoaderOnly, RULES } from './registry';
import { isRuleId, RULE_IDS, type RuleId } from './rule-ids';
import type { Severity } from './types';

export const CONFIG_FILE = 'lessons.config.json';

export type RuleSetting = Severity | 'off';
/** The config's overrides; a rule not in the map runs at its default severity. */
export type RuleSettings = ReadonlyMap<RuleId, RuleSetting>;

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.record(z.string(), z.enum(['off', 'warning', 'error'])).default({}),
});

export function settingFor(settings: RuleSettings, rule: { id: RuleId; severity: Severity }): RuleSetting {
  return settings.get(rule.id) ?? rule.severity;
}


/**
 * The rule settings from `file` (or lessons.config.json in `cwd` when there is one), over the defaults.
 * Unknown rule ids and attempts to turn down a rule the site needs to build are errors, not silently ignored.
 */
export async function loadConfig(cwd: string, file?: string): Promise<{ settings: RuleSettings; file: string | undefined }> {
  const configPath = path.resolve(cwd, file ?? CONFIG_FILE);
  const display = path.relative(cwd, configPath) || configPath;
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    if (file === undefined && isNotFound(error)) return { settings: new Map(), file: undefined };
    throw new LintInputError(`cannot read config file ${display}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { settings: parseConfig(display, text), file: display };
}

export function parseConfig(display: string, text: string): RuleSettings {
  const yaml = parseLocatedYaml(text);
  const [syntaxError] = yaml.errors;
  if (syntaxError) throw new LintInputError(`${display}:${syntaxError.line}:${syntaxError.column} invalid JSON: ${syntaxError.message}`);
  const at = (keys: readonly PropertyKey[], message: string) => {
    const { line, column } = yaml.locate(keys, { at: 'key' });
    return `${display}:${line}:${column} ${keys.map(String).join('.')}: ${message}`;
  };
  const data: unknown = yaml.doc.toJS();
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) {
    throw new LintInputError(
      parsed.error.issues
        .map((issue) => at(issue.path, issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}; only "rules" is read` : issue.message))
        .join('\n'),
    );
  }
  const settings = new Map<RuleId, RuleSetting>();
  const problems: string[] = [];
  for (const [id, setting] of Object.entries(parsed.data.rules)) {
    if (!isRuleId(id)) {
      problems.push(at(['rules', id], `unknown rule "${id}"${suggestion(id)}; run "lessons lint --list-rules" to see them`));
      continue;
    }
    const rule = RULES.find((candidate) => candidate.id === id);
    if (rule && isLoaderOnly(rule) && setting !== 'error') {
      problems.push(at(['rules', id], `"${id}" guards what the site needs to build a page, so it is always an error`));
      continue;
    }
    settings.set(id, setting);
  }
  if (problems.length > 0) throw new LintInputError(problems.join('\n'));
  return settings;
}

function suggestion(id: string): string {
  const close = RULE_IDS.find((known) => distance(known, id) <= 2 || known.includes(id) || id.includes(known));
  return close ? `; did you mean "${close}"?` : '';
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
