import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseFileInput } from '@/lib/lint/lint-file';
import { lintSources } from '@/lib/lint/lint-sources';
import type { RuleSettings } from '@/lib/lint/config';
import type { LintDiagnostic } from '@/lib/lint/types';

export const LINT_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/lint');
/** Fixed, so source-year does not change its mind next year. */
export const CURRENT_YEAR = 2026;

export const fixtureTaxonomy = { file: 'causes.yaml', source: readFileSync(path.join(LINT_FIXTURES, 'causes.yaml'), 'utf8') };

/** The base case every rule's fixtures vary (test/fixtures/lint/schema/good.mdx): clean under every rule. */
export function baseCase(): string {
  return readFileSync(path.join(LINT_FIXTURES, 'schema/good.mdx'), 'utf8');
}

/** Lints `source` as cases/<slug>.mdx, after any other cases (they come first, so near-duplicates point at it). */
export function lintOne(source: string, options: { slug?: string; others?: CaseFileInput[]; settings?: RuleSettings } = {}): LintDiagnostic[] {
  const slug = options.slug ?? 'case';
  return lintSources({
    taxonomy: fixtureTaxonomy,
    cases: [...(options.others ?? []), { file: `${slug}.mdx`, slug, source }],
    settings: options.settings,
    currentYear: CURRENT_YEAR,
  });
}

/** Other cases a rule's fixture is linted with (test/fixtures/lint/<rule>/others/*.mdx). */
export function othersFor(rule: string): CaseFileInput[] {
  const dir = path.join(LINT_FIXTURES, rule, 'others');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ file: `others/${name}`, slug: name.replace(/\.mdx$/, ''), source: readFileSync(path.join(dir, name), 'utf8') }));
}

/** `file:line:col rule-id`, the part of a diagnostic the fixtures pin down. */
export function brief(diagnostic: LintDiagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`;
}
