import { isLoaderOnly, RULES } from '../registry';
import type { Rule } from '../types';

export type RulesFormat = 'pretty' | 'json' | 'markdown';

/** The rule list for `lessons lint --list-rules`: as text, JSON, or the Markdown table in the README. */
export function formatRules(format: RulesFormat): string {
  if (format === 'json') {
    return JSON.stringify(
      RULES.map((rule) => ({ id: rule.id, severity: rule.severity, fixable: rule.fixable === true, configurable: !isLoaderOnly(rule), message: rule.message, docs: rule.docs })),
      null,
      2,
    );
  }
  if (format === 'markdown') {
    const row = (rule: Rule) =>
      `| \`${rule.id}\` | ${severityLabel(rule)} | ${rule.fixable ? 'yes' : ''} | ${escape(rule.message)} ${escape(rule.docs)} |`;
    return ['| Rule | Default | `--fix` | What it asks, and why |', '| --- | --- | --- | --- |', ...RULES.map(row)].join('\n');
  }
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  return RULES.map((rule) => {
    const flags = [severityLabel(rule), rule.fixable ? 'fixable' : ''].filter(Boolean).join(', ');
    return `${rule.id.padEnd(width)}  ${flags}\n${' '.repeat(width + 2)}${rule.message}\n${' '.repeat(width + 2)}${rule.docs}`;
  }).join('\n\n');
}

function severityLabel(rule: Rule): string {
  return isLoaderOnly(rule) ? 'error (always)' : rule.severity;
}

/** Makes text safe in a Markdown table cell: pipes escaped everywhere, `<` outside code spans (inside, it is literal). */
function escape(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;')).replace(/\|/g, '\\|'))
    .join('');
}
