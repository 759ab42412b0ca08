import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/diagnostic';
import { loadCorpus } from '@/lib/content/load-corpus';

const goodDir = path.resolve(import.meta.dirname, '../../fixtures/content/good');
const badDir = path.resolve(import.meta.dirname, '../../fixtures/content/bad');

async function copyOfGood(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lessons-corpus-'));
  await cp(goodDir, dir, { recursive: true });
  return dir;
}

describe('loadCorpus', () => {
  it('loads the taxonomy and every case, newest first', async () => {
    const dir = await copyOfGood();
    const newer = await readFile(path.join(dir, 'cases/counter-wrap.mdx'), 'utf8');
    await writeFile(path.join(dir, 'cases/older-wrap.mdx'), newer.replace('date: 2001-02-03', 'date: 1999-12-31'));
    const corpus = await loadCorpus({ contentDir: dir, relativeTo: dir });
    expect(corpus.categories.map((category) => category.id)).toEqual(['numeric-overflow', 'testing-gap']);
    expect(corpus.cases.map((caseStudy) => caseStudy.slug)).toEqual(['counter-wrap', 'older-wrap']);
  });

  it('reports every broken file instead of skipping it, with paths relative to the project', async () => {
    const dir = await copyOfGood();
    await cp(path.join(badDir, 'bad-date.mdx'), path.join(dir, 'cases/bad-date.mdx'));
    await cp(path.join(badDir, 'unknown-category.mdx'), path.join(dir, 'cases/unknown-category.mdx'));
    const error = await loadCorpus({ contentDir: dir, relativeTo: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    if (!(error instanceof ContentError)) return;
    expect(error.diagnostics.map((d) => `${d.file}:${d.line} ${d.field ?? ''}`)).toEqual([
      'cases/bad-date.mdx:3 date',
      'cases/unknown-category.mdx:17 causes[1].category',
    ]);
    expect(error.message).toContain('2 content problems');
  });

  it('refuses a stray non-MDX file in cases/ rather than ignoring it', async () => {
    const dir = await copyOfGood();
    await writeFile(path.join(dir, 'cases/notes.md'), '# draft');
    await expect(loadCorpus({ contentDir: dir, relativeTo: dir })).rejects.toThrow(
      'cases/notes.md:1:1 only .mdx files belong in content/cases/',
    );
  });

  it('names the taxonomy file, line and field when causes.yaml is invalid', async () => {
    const dir = await copyOfGood();
    await writeFile(path.join(dir, 'causes.yaml'), '- id: numeric-overflow\n  label: Numeric overflow\n- id: Bad Id\n  label: x\n  definition: y\n');
    const error = await loadCorpus({ contentDir: dir, relativeTo: dir }).catch((e: unknown) => e);
    if (!(error instanceof ContentError)) throw new Error('expected a ContentError');
    expect(error.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.field}: ${d.message}`)).toEqual([
      'causes.yaml:1:3 [0].definition: is required',
      'causes.yaml:3:7 [1].id: must be kebab-case: lower-case letters, digits and single hyphens',
    ]);
  });
});
