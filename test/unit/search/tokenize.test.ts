import { describe, expect, it } from 'vitest';
import { termOf, tokenize } from '@/lib/search/tokenize';

describe('tokenize', () => {
  it('stems, lower-cases and strips accents, keeping the offsets of the original words', () => {
    const text = 'Opérand Errors in 4ESS';
    expect(tokenize(text)).toEqual([
      { term: 'operand', start: 0, end: 7 },
      { term: 'error', start: 8, end: 14 },
      { term: '4ess', start: 18, end: 22 },
    ]);
  });

  it('indexes related word forms under one term', () => {
    expect(termOf('overflows')).toBe(termOf('overflow'));
    expect(termOf('rounding')).toBe(termOf('rounded'));
    expect(termOf('the')).toBeNull();
  });
});
