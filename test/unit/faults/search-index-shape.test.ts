import { describe, expect, it } from 'vitest';
import { isSerializedSearchIndex } from '@/app/_components/search/search-index-shape';
import { indexCorpus } from '@/lib/search/index-corpus';
import { loadRealCorpus } from '../../support/real-corpus';

// The index the build serves at /search-index.json, made the same way.
const real = indexCorpus(await loadRealCorpus());
const clone = () => structuredClone(real);

describe('isSerializedSearchIndex', () => {
  it('accepts the index the build writes', () => {
    expect(isSerializedSearchIndex(clone())).toBe(true);
  });

  it.each([
    ['null', () => null],
    ['an error page parsed as JSON', () => ({ error: 'Internal Server Error' })],
    ['another version', () => ({ ...clone(), version: 2 })],
    ['terms that are not strings', () => ({ ...clone(), terms: clone().terms.map((_, i) => i) })],
    ['fewer postings than terms (a truncated list)', () => ({ ...clone(), postings: clone().postings.slice(1) })],
    ['postings that are not numbers', () => ({ ...clone(), postings: clone().postings.map(() => ['1']) })],
    ['a document without its title', () => ({ ...clone(), docs: clone().docs.map((doc) => ({ ...doc, title: undefined })) })],
    ['documents and lengths that disagree', () => ({ ...clone(), lengths: [...clone().lengths, 1] })],
    ['a field without text', () => ({ ...clone(), docs: clone().docs.map((doc) => ({ ...doc, fields: [{ label: 'x' }] })) })],
  ])('refuses %s', (_, make) => {
    expect(isSerializedSearchIndex(make())).toBe(false);
  });
});
