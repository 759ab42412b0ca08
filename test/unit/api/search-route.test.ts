import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-params';
import { call, errorOf, hostileQueryString, type Answer } from './hostile-query';

// The route's modules guard against bundling into the browser; in a test the guard has nothing to guard.
vi.mock('server-only', () => ({}));
const { GET } = await import('@/app/api/search/route');

/**
 * The bound on any answer: at most 100 results, each a title, a URL and a snippet cut to a 28-word window, plus
 * the query (at most 200 characters, at most 6 bytes each once JSON-escaped). 64 kB leaves room for the corpus to
 * grow; today's largest answer is measured below.
 */
const MAX_ANSWER_BYTES = 64 * 1024;
const KEYS = ['q', 'limit', 'category', 'domain', 'phase'];
const VALID = ['overflow', 'rounding error', '5', '100', 'numeric-overflow', 'aerospace', 'testing', ''];
const search = (query: string) => call(GET, `http://localhost/api/search?${query}`);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function expectWellFormed(answer: Answer): void {
  expect([200, 400]).toContain(answer.status);
  expect(answer.contentType).toMatch(/^application\/json\b/);
  expect(bytes(answer.body)).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
  const body: unknown = JSON.parse(answer.body);
  if (answer.status === 400) expect(typeof errorOf(answer.body)).toBe('string');
  else {
    expect(body).toEqual(expect.objectContaining({ query: expect.any(String), results: expect.any(Array) }));
    expect(String(Reflect.get(Object(body), 'query')).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  }
}

beforeAll(async () => {
  await search('q=warm+up'); // loads the corpus and builds the index once, outside the timed properties
}, 120_000);

describe('GET /api/search on hostile input', () => {
  it('answers any query string with 200 or a 400 JSON error, as JSON, within the size bound', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQueryString(KEYS, VALID), async (query) => expectWellFormed(await search(query))),
      { numRuns: 300 },
    );
  }, 60_000);

  it.each([
    ['repeated keys: the first q and the first limit count', 'q=a&q=b&limit=1&limit=999', 200],
    ['invalid UTF-8 and a stray "%"', 'q=%ff%E0%A4%', 200],
    ['a lone surrogate', 'q=%ED%A0%80', 200],
    ['NUL', 'q=over%00flow', 200],
    ['the search syntax alone', "q=%5E%24%21%27%3D", 200],
    ['an unknown parameter', 'q=overflow&callback=alert', 200],
    ['limit=999', 'q=x&limit=999', 400],
    ['a 100 kB query', `q=${'a'.repeat(100_000)}`, 200],
    ['a 100 kB query of invalid escapes', `q=${'%ff'.repeat(33_000)}`, 200],
    ['a 100 kB filter value', `q=x&category=${'%ff'.repeat(33_000)}`, 400],
  ])('%s → %i', async (_, query, status) => {
    const answer = await search(query);
    expectWellFormed(answer);
    expect(answer.status).toBe(status);
  });

  it('searches only the first 200 characters of a longer query, and says so in the answer', async () => {
    const long = await search(`q=overflow+${'x'.repeat(100_000)}`);
    expect(long.status).toBe(200);
    const body: unknown = JSON.parse(long.body);
    expect(Reflect.get(Object(body), 'query')).toBe(`overflow ${'x'.repeat(MAX_QUERY_LENGTH - 9)}`);
    expect(Reflect.get(Object(body), 'results')).not.toEqual([]);
  });

  it('never cuts an astral character in half', async () => {
    const answer = await search(`q=${'a'.repeat(MAX_QUERY_LENGTH - 1)}${encodeURIComponent('😀')}tail`);
    expect(Reflect.get(Object(JSON.parse(answer.body)), 'query')).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('keeps the largest real answer well inside the bound', async () => {
    const sizes = await Promise.all(
      ['overflow', 'software error', 'a e i o u', "'o 'e 'a"].map(async (q) => bytes((await search(`q=${encodeURIComponent(q)}&limit=100`)).body)),
    );
    expect(Math.max(...sizes)).toBeGreaterThan(1000); // the probe finds real results…
    expect(Math.max(...sizes)).toBeLessThan(MAX_ANSWER_BYTES / 2); // …and the bound has room to spare
  });
});
