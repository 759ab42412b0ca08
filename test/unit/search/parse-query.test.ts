import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, parseQuery } from '@/lib/search/parse-query';

describe('parseQuery', () => {
  it('stems plain words and drops stopwords', () => {
    expect(parseQuery('The overflows of a counter')).toEqual([
      { mode: 'fuzzy', value: 'overflow', typed: 'overflows', negated: false },
      { mode: 'fuzzy', value: 'counter', typed: 'counter', negated: false },
    ]);
  });

  it("reads Fuse's extended syntax: =exact, 'include, ^prefix, suffix$ and !not", () => {
    expect(parseQuery("=break 'flow ^regex ing$ !ariane").map(({ mode, value, negated }) => [mode, value, negated])).toEqual([
      ['exact', 'break', false],
      ['include', 'flow', false],
      ['prefix', 'regex', false],
      ['suffix', 'ing', false],
      ['fuzzy', 'arian', true],
    ]);
  });

  it('splits words joined by punctuation into separate clauses', () => {
    expect(parseQuery('H0+36.7').map((c) => c.value)).toEqual(['h0', '36', '7']);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   \t\n'],
    ['unbalanced quotes', '"integer overflow'],
    ['lone operators', "! ' ^ $ = !!"],
    ['emoji', '🚀💥 overflow 🔥'],
    ['control characters', 'over\u0000flow\u0007\u001b[31m'],
    ['right-to-left marks', '\u202eoverflow\u202c'],
    ['10 kB of text', 'overflow '.repeat(1200)],
    ['regex metacharacters', '.*+?()[]{}|\\'],
  ])('never throws and stays bounded on %s', (_name, input) => {
    const clauses = parseQuery(input);
    expect(clauses.length).toBeLessThanOrEqual(MAX_CLAUSES);
    for (const clause of clauses) expect(clause.value).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('never throws on random input', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 300);
      const input = Array.from({ length }, () => String.fromCodePoint(Math.floor(random() * 0x2ffff))).join('');
      expect(() => parseQuery(input)).not.toThrow();
    }
  });
});
