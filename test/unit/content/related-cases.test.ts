import { describe, expect, it } from 'vitest';
import type { Corpus } from '@/lib/content/load-corpus';
import type { CaseStudy } from '@/lib/content/parse-case';
import { findCase, relatedCases } from '@/lib/content/queries';
import { caseFrontmatterSchema, type CauseCategory } from '@/lib/content/schema';
import { loadRealCorpus } from '../../support/real-corpus';

const categories: CauseCategory[] = ['numeric-overflow', 'numeric-precision', 'testing-gap', 'concurrency'].map((id) => ({
  id,
  label: id.replace('-', ' '),
  definition: `Definition of ${id}.`,
  aliases: [],
}));

/** A minimal valid case citing the given categories, one cause each. */
function caseCiting(slug: string, date: string, categoryIds: string[]): CaseStudy {
  const frontmatter = caseFrontmatterSchema.parse({
    title: `Case ${slug}`,
    date,
    summary: 'A fixture.',
    system: 'A system',
    organizations: ['Org'],
    domain: 'computing',
    impact: { summary: 'None.' },
    causes: categoryIds.map((category, i) => ({ id: `cause-${i}`, category, role: i === 0 ? 'root' : 'contributing', summary: 'A cause.' })),
    lessons: [{ id: 'lesson', text: 'Do it.', check: 'Was it done?', phase: 'review', causes: ['cause-0'] }],
    timeline: [{ at: 'T0', event: 'It happened.' }],
    sources: [{ title: 'Report', year: 2000, primary: true }],
  });
  return { slug, file: `${slug}.mdx`, frontmatter, body: '', tree: { type: 'root', children: [] } };
}

const corpus: Corpus = {
  categories,
  cases: [
    caseCiting('rocket', '1996-06-04', ['numeric-overflow', 'testing-gap']),
    caseCiting('plane', '2015-05-01', ['numeric-overflow', 'testing-gap']),
    caseCiting('exchange', '1983-11-28', ['numeric-precision', 'testing-gap']),
    caseCiting('radiotherapy', '1986-03-21', ['concurrency', 'numeric-overflow']),
    caseCiting('rover', '1997-07-05', ['concurrency']),
    caseCiting('older-twin', '1990-01-01', ['testing-gap', 'numeric-overflow']),
  ],
};

function related(slug: string) {
  const caseStudy = corpus.cases.find((c) => c.slug === slug);
  if (!caseStudy) throw new Error(`no fixture ${slug}`);
  return relatedCases(corpus, caseStudy).map((r) => [r.caseStudy.slug, r.shared.map((category) => category.id)]);
}

describe('relatedCases', () => {
  it('ranks by the number of shared categories, then newest first, and names what is shared', () => {
    expect(related('rocket')).toEqual([
      ['plane', ['numeric-overflow', 'testing-gap']],
      ['older-twin', ['numeric-overflow', 'testing-gap']],
      ['radiotherapy', ['numeric-overflow']],
      ['exchange', ['testing-gap']],
    ]);
  });

  it('names shared categories in the order the case itself lists its causes', () => {
    expect(related('older-twin')[0]).toEqual(['plane', ['testing-gap', 'numeric-overflow']]);
  });

  it('never lists the case itself, nor cases with nothing in common', () => {
    const slugs = related('rover').map(([slug]) => slug);
    expect(slugs).toEqual(['radiotherapy']);
  });

  it('returns nothing for a case that shares no category', () => {
    const loner = caseCiting('loner', '2000-01-01', ['numeric-precision']);
    expect(relatedCases({ ...corpus, cases: [loner, corpus.cases[4] ?? loner] }, loner)).toEqual([]);
  });
});

describe('relatedCases on the real knowledge base', async () => {
  const real = await loadRealCorpus();
  const relatedSlugs = (slug: string) => {
    const caseStudy = findCase(real, slug);
    if (!caseStudy) throw new Error(`missing case ${slug}`);
    return relatedCases(real, caseStudy).map((r) => r.caseStudy.slug);
  };

  it.each([
    ['ariane-5-flight-501', 'boeing-787-generator-counter-2015'],
    ['patriot-missile-dhahran-1991', 'vancouver-stock-exchange-index-1983'],
    ['att-long-distance-collapse-1990', 'knight-capital-2012'],
    ['therac-25-radiation-overdoses', 'mars-pathfinder-priority-inversion-1997'],
  ])('links %s to %s', (slug, expected) => {
    expect(relatedSlugs(slug)).toContain(expected);
  });

  it('gives every case at least one related case', () => {
    for (const caseStudy of real.cases) expect(relatedCases(real, caseStudy).length, caseStudy.slug).toBeGreaterThan(0);
  });
});
