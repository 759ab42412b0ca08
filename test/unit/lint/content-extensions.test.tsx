import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/app/_components/mdx-content';
import { compileMdx } from '@/lib/content/compile-mdx.server';
import { ContentError } from '@/lib/content/diagnostic';
import { loadCorpus, loadCorpusWithDiagnostics } from '@/lib/content/load-corpus';
import { parseCase } from '@/lib/content/parse-case';
import { baseCase, LINT_FIXTURES } from './fixtures';

const categoryIds = new Set(['numeric-overflow', 'testing-gap', 'operator-action']);

function parsed(source: string) {
  const result = parseCase({ file: 'case.mdx', slug: 'case', source, categoryIds });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.caseStudy;
}

describe('what the loader keeps for the linter', () => {
  it('locates a front-matter field at its file line and column, and its written range', () => {
    const caseStudy = parsed(baseCase());
    expect(caseStudy.locate(['lessons', 0, 'check'])).toEqual({ line: 23, column: 12 });
    const range = caseStudy.rangeOf(['lessons', 0, 'tags']);
    expect(range && caseStudy.source.slice(range.start, range.end)).toBe('[counters, numeric]');
    expect(caseStudy.rangeOf(['lessons', 9])).toBeUndefined();
    expect(caseStudy.source.slice(caseStudy.bodyOffset, caseStudy.bodyOffset + 16)).toBe('\n## What happene');
  });

  it('gives front-matter comments at file offsets', () => {
    const caseStudy = parsed(baseCase().replace('  fatalities: 0\n', '  # a note\n  fatalities: 0\n'));
    const [comment] = caseStudy.comments();
    expect(comment?.text).toBe('# a note');
    expect(caseStudy.source.slice(comment?.offset, (comment?.offset ?? 0) + 8)).toBe('# a note');
  });

  it('tags each loader problem with the check that found it and the field path', () => {
    const result = parseCase({ file: 'case.mdx', slug: 'case', source: baseCase().replace('category: testing-gap', 'category: cosmic-rays'), categoryIds });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toMatchObject([{ code: 'unknown-category', path: ['causes', 1, 'category'], field: 'causes[1].category' }]);
    expect(result.located?.locate(['causes', 1, 'category'])).toEqual({ line: 17, column: 15 });
  });
});

describe('loadCorpusWithDiagnostics', () => {
  it('keeps every valid case and reports the broken ones instead of throwing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lessons-load-'));
    await cp(path.join(LINT_FIXTURES, 'causes.yaml'), path.join(dir, 'causes.yaml'));
    await cp(path.join(LINT_FIXTURES, 'schema/good.mdx'), path.join(dir, 'cases/good.mdx'), { recursive: true });
    await writeFile(path.join(dir, 'cases/broken.mdx'), (await readFile(path.join(LINT_FIXTURES, 'schema/bad.mdx'), 'utf8')));
    const loaded = await loadCorpusWithDiagnostics({ contentDir: dir, relativeTo: dir });
    expect(loaded.corpus.cases.map((c) => c.slug)).toEqual(['good']);
    expect(loaded.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(['cases/broken.mdx:3:7 schema']);
    await expect(loadCorpus({ contentDir: dir, relativeTo: dir })).rejects.toBeInstanceOf(ContentError);
  });
});

describe('an MDX comment in a case body', () => {
  const withComment = baseCase().replace('### The fix', '{/* lessons-disable-next-line heading-levels */}\n### The fix');

  it('passes the safety check, while any other expression still fails', () => {
    expect(() => parsed(withComment)).not.toThrow();
    expect(() => parsed(baseCase().replace('### The fix', '{/* a */ alert(1)}\n### The fix'))).toThrow('JavaScript expressions in braces are not allowed');
    expect(() => parsed(baseCase().replace('### The fix', '{}\n### The fix'))).toThrow('JavaScript expressions in braces are not allowed');
  });

  it('leaves the compiled page exactly as without it', async () => {
    const render = async (source: string) => renderToStaticMarkup(<MdxContent code={await compileMdx(parsed(source).body)} />);
    expect(await render(withComment)).toBe(await render(baseCase()));
  });
});
