import { describe, expect, it } from 'vitest';
import { RELEVANCE_QUERIES } from '../../fixtures/search/relevance-queries';
import { indexCorpus } from '@/lib/search/index-corpus';
import { SearchIndex } from '@/lib/search/search-index';
import { loadRealCorpus } from '../../support/real-corpus';

const corpus = await loadRealCorpus();
const index = new SearchIndex(indexCorpus(corpus));

describe('relevance on the real corpus', () => {
  it('has a query set of at least 25 queries, each naming a real case', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(25);
    const slugs = new Set(corpus.cases.map((c) => c.slug));
    for (const { expect: slug } of RELEVANCE_QUERIES) expect(slugs.has(slug)).toBe(true);
  });

  it.each(RELEVANCE_QUERIES)('"$query" ranks $expect within the top $within', ({ query, expect: slug, within }) => {
    const ranking = index.search(query, { limit: within }).map((result) => result.slug);
    expect(ranking).toContain(slug);
  });

  it('deep-links every result of a lesson query to that lesson', () => {
    const [result] = index.search('range-check narrowing conversions');
    expect(result?.url).toMatch(/^\/cases\/ariane-5-flight-501#range-check-narrowing-conversions$/);
  });
});
