import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search/search-params';

const categories = ['numeric-overflow', 'concurrency'];
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), categories);

describe('parseSearchParams', () => {
  it('reads the query, limit and repeated filters', () => {
    expect(parse('q=overflow&limit=5&category=concurrency&category=numeric-overflow&phase=design')).toEqual({
      ok: true,
      request: {
        query: 'overflow',
        limit: 5,
        filters: { categories: ['concurrency', 'numeric-overflow'], domains: [], phases: ['design'] },
      },
    });
  });

  it('defaults to 10 results and no filters; an empty filter value means "any"', () => {
    const parsed = parse('q=x&domain=');
    expect(parsed.ok && parsed.request.limit).toBe(10);
    expect(parsed.ok && parsed.request.filters.domains).toEqual([]);
  });

  it.each(['0', '101', '-1', '1.5', 'ten', '1e2', '', '99999999999'])('rejects limit=%j', (limit) => {
    expect(parse(`q=x&limit=${limit}`)).toEqual({
      ok: false,
      problem: { error: 'limit must be a whole number from 1 to 100', parameter: 'limit' },
    });
  });

  it('rejects an unknown filter value and lists the valid ones', () => {
    const parsed = parse('q=x&category=cosmic-rays');
    expect(parsed).toEqual({
      ok: false,
      problem: { error: 'unknown category "cosmic-rays"', parameter: 'category', valid: categories },
    });
  });
});
