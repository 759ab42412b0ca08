import type { RuleSettings } from './config';
import { finishLint } from './finish';
import { lintCaseFile, lintTaxonomyFile, type CaseFileInput } from './lint-file';
import type { LintDiagnostic } from './types';

export interface LintSourcesInput {
  taxonomy: { file: string; source: string };
  cases: readonly CaseFileInput[];
  /** Config overrides (default: none). */
  settings?: RuleSettings;
  /** For source-year (default: this year). */
  currentYear?: number;
}

/** Lints a corpus held in memory: the taxonomy and every case, with the corpus-wide rules. Never throws on content. */
export function lintSources({ taxonomy, cases, settings = new Map(), currentYear = new Date().getFullYear() }: LintSourcesInput): LintDiagnostic[] {
  const { result, categories } = lintTaxonomyFile(taxonomy.file, taxonomy.source);
  const results = cases.map((input) => lintCaseFile(input, categories, currentYear));
  return finishLint([result, ...results], settings);
}
