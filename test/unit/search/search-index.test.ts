import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import type { FieldKind, SearchDocument, SearchField } from '@/lib/search/documents';
import { SearchIndex } from '@/lib/search/search-index';
import { termOf } from '@/lib/search/tokenize';

function field(kind: FieldKind, text: string, anchor: string | null = null, label: string = kind): SearchField {
  return { kind, text, anchor, label, snippet: kind !== 'category' && kind !== 'tag' };
}

function doc(slug: string, fields: SearchField[], extra: Partial<SearchDocument> = {}): SearchDocument {
  const title = fields.find((f) => f.kind === 'title')?.text ?? slug;
  return { slug, title, date: '2000-01-01', domain: 'computing', categories: [], phases: [], summary: `${title}.`, fields, ...extra };
}

const filler = 'The team reviewed the schedule and the budget again before the meeting. '.repeat(300);

const DOCS: SearchDocument[] = [
  doc(
    'rocket',
    [
      field('title', 'Rocket guidance failure'),
      field('category', 'Numeric overflow · integer overflow · narrowing conversion'),
      field('lesson', 'Range-check every narrowing conversion.', 'range-check'),
      field('body', `${filler} In the end a zephyrine conversion overflowed.`, 'the-fault', 'The fault'),
    ],
    { categories: ['numeric-overflow'], domain: 'aerospace', phases: ['implementation'] },
  ),
  doc(
    'exchange',
    [
      field('title', 'Stock index drift'),
      field('category', 'Rounding and precision loss · rounding error · truncation'),
      field('cause', 'Each update truncated the index instead of rounding it.', 'cause-truncation'),
      field('body', 'The overflow of orders on busy days meant thousands of updates.'),
    ],
    { categories: ['numeric-precision'], domain: 'finance', phases: ['design'] },
  ),
  doc(
    'switches',
    [
      field('title', 'Telephone switches collapse'),
      field('lesson', 'Check what each break inside a switch statement leaves.', 'check-break'),
      field('body', 'Recovery messages spread the fault from switch to switch.'),
    ],
    { categories: ['control-flow-error'], domain: 'telecommunications', phases: ['review'] },
  ),
];

const index = new SearchIndex(buildSearchIndex(DOCS));
const slugs = (query: string, options = {}) => index.search(query, options).map((r) => r.slug);

describe('SearchIndex ranking', () => {
  it('ranks a case whose title and lessons match above one that only mentions the word in passing', () => {
    expect(slugs('overflow')).toEqual(['rocket', 'exchange']);
  });

  it('finds a word deep in a long body and links to its section', () => {
    const [result] = index.search('zephyrine');
    expect(result?.slug).toBe('rocket');
    expect(result?.url).toBe('/cases/rocket#the-fault');
    expect(result?.snippet.text).toContain('zephyrine');
  });

  it('matches cause-category aliases', () => {
    expect(slugs('integer overflow')[0]).toBe('rocket');
    expect(slugs('rounding error')[0]).toBe('exchange');
  });

  it('tolerates typos', () => {
    expect(slugs('overfow')[0]).toBe('rocket');
    expect(slugs('truncaton')).toEqual(['exchange']);
  });

  it('matches the last word as a prefix only while typing', () => {
    expect(slugs('telephone swi', { typing: true })).toEqual(['switches']);
    expect(slugs('zephy')).toEqual([]);
    expect(slugs('zephy', { typing: true })).toEqual(['rocket']);
  });

  it('prefers documents that match every word', () => {
    expect(slugs('overflow orders')[0]).toBe('exchange');
  });
});

describe('SearchIndex extended syntax', () => {
  it('^prefix, suffix$, =exact and include', () => {
    expect(slugs('^zephyr')).toEqual(['rocket']);
    expect(slugs('yrine$')).toEqual(['rocket']);
    expect(slugs('=overfow')).toEqual([]);
    expect(slugs("'ephyr")).toEqual(['rocket']);
  });

  it('!word excludes the cases that contain it, alone or with other words', () => {
    expect(slugs('overflow !rocket')).toEqual(['exchange']);
    expect(slugs('!switch').sort()).toEqual(['exchange', 'rocket']);
  });
});

describe('SearchIndex filters and limits', () => {
  it('filters by cause category, domain and lesson phase', () => {
    expect(slugs('overflow', { filters: { categories: ['numeric-precision'] } })).toEqual(['exchange']);
    expect(slugs('overflow', { filters: { domains: ['aerospace'] } })).toEqual(['rocket']);
    expect(slugs('overflow', { filters: { phases: ['review'] } })).toEqual([]);
  });

  it('caps the number of results', () => {
    expect(slugs('!nothingatall', { limit: 2 })).toHaveLength(2);
    expect(slugs('!nothingatall', { limit: 10_000 })).toHaveLength(3);
  });
});

describe('snippets', () => {
  it('highlight exactly the words that matched, and deep-link to the lesson', () => {
    const [result] = index.search('narrowing conversions');
    expect(result?.url).toBe('/cases/rocket#range-check');
    const marked = result?.snippet.highlights.map(([s, e]) => result.snippet.text.slice(s, e)) ?? [];
    expect(marked).toEqual(['narrowing', 'conversion']);
    for (const word of marked) expect(['narrow', 'convers']).toContain(termOf(word));
  });

  it('cut long text to a window around the match', () => {
    const [result] = index.search('zephyrine');
    expect(result?.snippet.text.length).toBeLessThan(300);
    expect(result?.snippet.text.startsWith('… ')).toBe(true);
  });
});

describe('robustness', () => {
  it.each(['', '"', "'", '!', '^', '$', '🚀', '\u0000\u0001', 'x'.repeat(10_000), '<img src=x onerror=alert(1)>'])(
    'returns a list for %j',
    (query) => {
      expect(Array.isArray(index.search(query))).toBe(true);
    },
  );

  it('gives the same results after a JSON round trip (the static asset)', () => {
    const reloaded = new SearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(DOCS))));
    expect(reloaded.search('overfow')).toEqual(index.search('overfow'));
  });
});
