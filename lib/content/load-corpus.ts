import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type Diagnostic } from './diagnostic';
import { parseCase, type CaseStudy } from './parse-case';
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

/**
 * Reads, parses and validates every case and the cause taxonomy. Throws one ContentError listing every
 * problem in every file: a broken file is reported, never skipped.
 */
export async function loadCorpus({ contentDir, relativeTo = process.cwd() }: LoadCorpusOptions): Promise<Corpus> {
  const display = (file: string) => path.relative(relativeTo, file) || file;
  const taxonomyFile = path.join(contentDir, 'causes.yaml');
  const taxonomy = parseTaxonomy(display(taxonomyFile), await readFile(taxonomyFile, 'utf8'));
  if (!taxonomy.ok) throw new ContentError(taxonomy.diagnostics);

  const categoryIds = new Set(taxonomy.categories.map((category) => category.id));
  const casesDir = path.join(contentDir, 'cases');
  const entries = (await readdir(casesDir, { withFileTypes: true })).filter((entry) => entry.isFile());
  const diagnostics: Diagnostic[] = [];
  const cases: CaseStudy[] = [];

  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(casesDir, entry.name);
    if (!entry.name.endsWith('.mdx')) {
      diagnostics.push({ file: display(file), line: 1, column: 1, message: 'only .mdx files belong in content/cases/' });
      continue;
    }
    const result = parseCase({
      file: display(file),
      slug: entry.name.slice(0, -'.mdx'.length),
      source: await readFile(file, 'utf8'),
      categoryIds,
    });
    if (result.ok) cases.push(result.caseStudy);
    else diagnostics.push(...result.diagnostics);
  }

  if (diagnostics.length > 0) throw new ContentError(diagnostics);
  cases.sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date) || a.slug.localeCompare(b.slug));
  return { cases, categories: taxonomy.categories };
}
