import { describe, expect, it } from 'vitest';
import { questionTerms } from '@/lib/checklist/question-terms';
import { areNearDuplicates, jaccard, NEAR_DUPLICATE_THRESHOLD, questionSimilarity } from '@/lib/checklist/similarity';

describe('questionTerms', () => {
  it('ignores case, punctuation, possessives, function words and inflection', () => {
    expect(questionTerms("Can this counter overflow within the system's service life?")).toEqual(
      questionTerms('can THIS counters overflow within the service-life of the system'),
    );
  });

  it('keeps negations and numbers, which change what is asked', () => {
    expect(questionTerms('Is there not a 32-bit counter?')).toEqual(new Set(['not', '32', 'bit', 'counter']));
  });
});

describe('jaccard', () => {
  it('is the share of terms in common', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});

describe('near-duplicate checks', () => {
  // The rewordings the threshold is chosen to merge (see the comment on NEAR_DUPLICATE_THRESHOLD).
  it.each([
    ['Can this counter overflow within the system’s service life?', 'Can this counter overflow within the service life of the system?'],
    ['Is there a soak test that runs past the maximum uptime?', 'Is there a soak-test that runs beyond the maximum uptime?'],
    ['Does every narrowing conversion in this change have a range check?', 'Does each narrowing conversion in this change have an explicit range check?'],
    [
      'Can this release be confined to part of the fleet, and rolled back there, before it reaches every node?',
      'Can this release be confined to part of the fleet and rolled back there before it reaches all nodes?',
    ],
  ])('merges "%s" with "%s"', (a, b) => {
    expect(questionSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(areNearDuplicates(a, b)).toBe(true);
  });

  it.each([
    ['Can this counter overflow?', 'Can this counter underflow?'],
    ['Is the rollout staged?', 'Is the rollback tested?'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(areNearDuplicates(a, b)).toBe(false);
  });

  it('keeps apart a rewrite that changes several words: listing a question twice costs less than hiding one', () => {
    expect(
      areNearDuplicates(
        'Does every narrowing conversion in this change have a range check?',
        'Do all narrowing conversions in this diff have range checks?',
      ),
    ).toBe(false);
  });
});
