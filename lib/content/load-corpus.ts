import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type Diagnostic } from './diagnostic';
import { parseCase, type CaseStudy, type ParseCaseResult } from './parse-case';
import { parseTaxonomy } from './parse-taxonomy';
import type { CauseCategory } from './schema';

export interface Corpus {
  /** Newest failure first. */
  cases: CaseStudy[];
  categories: CauseCategory[];
}

export interface LoadCorpusOptions {
  /** The folder holding causes.yaml and cases/. */
  contentDir: string;
  /** Diagnostics name files relative to this folder (default: the working directory). */
  relativeTo?: string;
}

/** One file under cases/, as the loader names it. */
export interface CaseFileEntry {
  /** Absolute path. */
  path: string;
  /** The path diagnostics use (relative to `relativeTo`). */
  file: string;
  slug: string;
}

export interface LoadedCorpus {
  /** The taxonomy (empty when causes.yaml is broken) and every case that parsed. */
  corpus: Corpus;
  /** Every problem in every file; empty when the whole corpus is valid. */
  diagnostics: Diagnostic[];
  /** Each case file with its parse result, in file-name order. */
  files: { entry: CaseFileEntry; source: string; result: ParseCaseResult }[];
}

/**
 * Reads, parses and validates every case and the cause taxonomy. Throws one ContentError listing every
 * problem in every file: a broken file is reported, never skipped.
 */
export async function loadCorpus(options: LoadCorpusOptions): Promise<Corpus> {
  const { corpus, diagnostics } = await loadCorpusWithDiagnostics(options);
  if (diagnostics.length > 0) throw new ContentError(diagnostics);
  return corpus;
}

/**
 * The same load, without throwing: every problem comes back as a diagnostic and every case that parsed is kept,
 * so a tool can report a broken file and still work on the others. A broken taxonomy leaves categories unchecked.
 */
export async function loadCorpusWithDiagnostics({
  contentDir,
  relativeTo = process.cwd(),
}: LoadCorpusOptions): Promise<LoadedCorpus> {
  const display = (file: string) => path.relative(relativeTo, file) || file;
  const taxonomyFile = path.join(contentDir, 'causes.yaml');
  const taxonomy = parseTaxonomy(display(taxonomyFile), await readFile(taxonomyFile, 'utf8'));
  const categoryIds = taxonomy.ok ? new Set(taxonomy.categories.map((category) => category.id)) : undefined;
  const { entries, strays } = await listCaseFiles(contentDir, display);
  const diagnostics: Diagnostic[] = [...strays];
  const files: LoadedCorpus['files'] = [];
  const cases: CaseStudy[] = [];
  for (const entry of entries) {
    const source = await readFile(entry.path, 'utf8');
    const result = parseCase({ file: entry.file, slug: entry.slug, source, categoryIds });
    files.push({ entry, source, result });
    if (result.ok) cases.push(result.caseStudy);
    else diagnostics.push(...result.diagnostics);
  }

  cases.sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug));
  // A stable sort by file keeps each file's problems in the order its checks found them.
  diagnostics.sort((a, b) => a.file.localeCompare(b.file));
  if (!taxonomy.ok) diagnostics.unshift(...taxonomy.diagnostics);
  return { corpus: { cases, categories: taxonomy.ok ? taxonomy.categories : [] }, diagnostics, files };
}

/** The case files in `<contentDir>/cases`, in file-name order, and a diagnostic for each stray non-MDX file. */
export async function listCaseFiles(
  contentDir: string,
  display: (file: string) => string,
): Promise<{ entries: CaseFileEntry[]; strays: Diagnostic[] }> {
  const casesDir = path.join(contentDir, 'cases');
  const dirents = (await readdir(casesDir, { withFileTypes: true })).filter((dirent) => dirent.isFile());
  const entries: CaseFileEntry[] = [];
  const strays: Diagnostic[] = [];
  for (const dirent of dirents.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(casesDir, dirent.name);
    if (dirent.name.endsWith('.mdx')) {
      entries.push({ path: file, file: display(file), slug: dirent.name.slice(0, -'.mdx'.length) });
    } else {
      strays.push({ file: display(file), line: 1, column: 1, message: 'only .mdx files belong in content/cases/', code: 'stray-file' });
    }
  }
  return { entries, strays };
}
