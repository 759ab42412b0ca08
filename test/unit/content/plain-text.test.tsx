import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/app/_components/mdx-content';
import { compileMdx } from '@/lib/content/compile-mdx.server';
import { bodyPassages } from '@/lib/content/plain-text';
import { loadRealCorpus } from '../../support/real-corpus';

const corpus = await loadRealCorpus();

describe('bodyPassages', () => {
  it.each(corpus.cases.map((c) => [c.slug, c] as const))('%s: every passage anchor is a heading id on the page', async (_slug, caseStudy) => {
    const html = renderToStaticMarkup(<MdxContent code={await compileMdx(caseStudy.body)} />);
    const ids = new Set([...html.matchAll(/<h[2-6] id="([^"]+)"/g)].map((m) => m[1]));
    const passages = bodyPassages(caseStudy.tree);
    expect(passages.length).toBeGreaterThan(5);
    for (const passage of passages) if (passage.anchor !== null) expect(ids).toContain(passage.anchor);
  });

  it('keeps prose and code apart and drops markup', () => {
    const caseStudy = corpus.cases.find((c) => c.slug === 'att-long-distance-collapse-1990');
    if (!caseStudy) throw new Error('case missing');
    const passages = bodyPassages(caseStudy.tree);
    expect(passages.some((p) => p.kind === 'code' && p.text.includes('switch (m->type)'))).toBe(true);
    for (const passage of passages.filter((p) => p.kind === 'prose')) expect(passage.text).not.toMatch(/<\/?[A-Z]\w*|```/);
  });
});
