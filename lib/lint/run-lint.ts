import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { listCaseFiles, type CaseFileEntry } from '../content/load-corpus';
import type { CauseCategory } from '../content/schema';
import { applyFixes } from './apply-fixes';
import type { RuleSettings } from './config';
import { finishLint } from './finish';
import { lintCaseFile, lintTaxonomyFile, loaderFindings, type FileLintResult } from './lint-file';
import { resolveTargets, type LintTarget } from './resolve-targets';
import type { LintDiagnostic } from './types';
import { lintInThreads } from './worker/pool';

export interface LintRunOptions {
  /** Paths are resolved and reported relative to this folder. */
  cwd: string;
  /** Content folders, cases/ folders, case files or causes.yaml files. */
  paths: readonly string[];
  settings: RuleSettings;
  /** Write safe fixes to the files, then report what is left. */
  fix?: boolean;
  /** Worker threads besides the main one; default: enough for one thread per core, from 64 files a thread. */
  workers?: number;
  /** For source-year; default: this year. */
  currentYear?: number;
}

export interface LintRun {
  /** Problems in the files asked for, sorted by file, line and column. */
  diagnostics: LintDiagnostic[];
  /** How many files were checked. */
  fileCount: number;
  /** Files `--fix` changed, with how many problems it fixed in each. */
  fixed: { file: string; count: number }[];
}

/** Cases per thread below which starting a worker costs more than it saves. */
const FILES_PER_THREAD = 64;
/** Fixes can uncover fixes (e.g. a sorted list); stop after this many passes. */
const MAX_FIX_PASSES = 10;

/** Lints content folders on disk: the CLI's engine. Content problems become diagnostics; only bad paths throw. */
export async function runLint(options: LintRunOptions): Promise<LintRun> {
  const targets = await resolveTargets(options.cwd, options.paths);
  const run: LintRun = { diagnostics: [], fileCount: 0, fixed: [] };
  for (const target of targets) {
    const part = await lintTarget(target, options);
    run.diagnostics.push(...part.diagnostics);
    run.fileCount += part.fileCount;
    run.fixed.push(...part.fixed);
  }
  return run;
}

interface Folder {
  taxonomy: { path: string; result: FileLintResult; categories: CauseCategory[] | undefined };
  entries: CaseFileEntry[];
  results: Map<string, FileLintResult>;
}

async function lintTarget(target: LintTarget, options: LintRunOptions): Promise<LintRun> {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const display = (file: string) => path.relative(options.cwd, file).split(path.sep).join('/') || file;
  const inScope = (file: string) => target.only === undefined || target.only.has(file);

  const taxonomyPath = path.join(target.contentDir, 'causes.yaml');
  const taxonomy = lintTaxonomyFile(display(taxonomyPath), await readFile(taxonomyPath, 'utf8'));
  const { entries, strays } = await listCaseFiles(target.contentDir, display);
  const folder: Folder = {
    taxonomy: { path: taxonomyPath, ...taxonomy },
    entries,
    results: new Map(),
  };
  for (const stray of strays) folder.results.set(stray.file, { file: stray.file, findings: loaderFindings([stray], undefined), directives: [], lessons: [] });
  const caseResults = await lintCases(entries, taxonomy.categories, currentYear, options.workers);
  caseResults.forEach((result) => folder.results.set(result.file, result));

  let diagnostics = finishLint([folder.taxonomy.result, ...folder.results.values()], options.settings);
  const fixed: LintRun['fixed'] = [];
  if (options.fix) {
    const fixable = new Set(diagnostics.filter((diagnostic) => diagnostic.fix).map((diagnostic) => diagnostic.file));
    const files = [{ path: taxonomyPath, file: display(taxonomyPath), slug: '' }, ...entries].filter(
      (entry) => fixable.has(entry.file) && inScope(entry.path),
    );
    for (const entry of files) {
      const count = await fixFile(entry, folder, options.settings, currentYear);
      if (count > 0) fixed.push({ file: entry.file, count });
    }
    if (fixed.length > 0) diagnostics = finishLint([folder.taxonomy.result, ...folder.results.values()], options.settings);
  }

  const scope = new Set(
    [taxonomyPath, ...entries.map((entry) => entry.path), ...strays.map((stray) => path.resolve(options.cwd, stray.file))]
      .filter(inScope)
      .map(display),
  );
  return { diagnostics: diagnostics.filter((diagnostic) => scope.has(diagnostic.file)), fileCount: scope.size, fixed };
}

async function lintCases(
  entries: readonly CaseFileEntry[],
  categories: CauseCategory[] | undefined,
  currentYear: number,
  workers: number | undefined,
): Promise<FileLintResult[]> {
  const threads = workers === undefined ? Math.min(availableParallelism(), Math.ceil(entries.length / FILES_PER_THREAD)) : workers + 1;
  return lintInThreads(entries, categories, currentYear, Math.max(1, threads));
}

/** Fixes one file pass by pass until nothing fixable is left; writes it once; updates the folder's results. */
async function fixFile(entry: CaseFileEntry, folder: Folder, settings: RuleSettings, currentYear: number): Promise<number> {
  const isTaxonomy = entry.path === folder.taxonomy.path;
  const lint = (source: string): FileLintResult =>
    isTaxonomy
      ? lintTaxonomyFile(entry.file, source).result
      : lintCaseFile({ file: entry.file, slug: entry.slug, source }, folder.taxonomy.categories, currentYear);
  const original = await readFile(entry.path, 'utf8');
  let source = original;
  let result = lint(source);
  let count = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { output, fixed } = applyFixes(source, finishLint([result], settings));
    if (fixed === 0 || output === source) break;
    source = output;
    count += fixed;
    result = lint(source);
  }
  if (source !== original) await writeFile(entry.path, source);
  if (isTaxonomy) folder.taxonomy.result = result;
  else folder.results.set(entry.file, result);
  return source === original ? 0 : count;
}
