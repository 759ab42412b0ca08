import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '@/lib/lint/lint-sources';
import { CURRENT_YEAR, fixtureTaxonomy } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const realCases = readdirSync(path.join(root, 'content/cases'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => readFileSync(path.join(root, 'content/cases', name), 'utf8'));
const realTaxonomy = readFileSync(path.join(root, 'content/causes.yaml'), 'utf8');

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPICE = ['{', '}', '<', '>', '---', '\n', ':', '- ', '"', "'", '#', '[', ']', '{/*', '*/}', '<script>', '\t', '\\', '`', '```', '&', '\u0000', '\uFEFF', '😀', '\r\n'];

/** A damaged copy of `source`: truncated, characters flipped, structure-breaking tokens inserted, or random bytes. */
function mutate(source: string, next: () => number): string {
  const at = () => Math.floor(next() * (source.length + 1));
  switch (Math.floor(next() * 5)) {
    case 0:
      return source.slice(0, at());
    case 1: {
      const chars = [...source];
      for (let i = 0; i < 1 + next() * 20; i++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95));
      return chars.join('');
    }
    case 2: {
      let text = source;
      for (let i = 0; i < 1 + next() * 6; i++) {
        const position = Math.floor(next() * (text.length + 1));
        text = text.slice(0, position) + (SPICE[Math.floor(next() * SPICE.length)] ?? '') + text.slice(position);
      }
      return text;
    }
    case 3: {
      const start = at();
      return source.slice(0, start) + source.slice(start + Math.floor(next() * 400));
    }
    default:
      return Array.from({ length: Math.floor(next() * 300) }, () => String.fromCharCode(Math.floor(next() * 0xffff))).join('');
  }
}

describe('lint never throws on bad input', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: 20 damaged cases and a damaged taxonomy come back as diagnostics', (seed) => {
    const next = random(seed);
    const cases = Array.from({ length: 20 }, (_, i) => {
      const original = realCases[Math.floor(next() * realCases.length)] ?? '';
      return { file: `cases/fuzz-${i}.mdx`, slug: `fuzz-${i}`, source: mutate(original, next) };
    });
    const taxonomy = { file: 'causes.yaml', source: next() < 0.3 ? mutate(realTaxonomy, next) : realTaxonomy };
    const diagnostics = lintSources({ taxonomy, cases, currentYear: CURRENT_YEAR });
    expect(Array.isArray(diagnostics)).toBe(true);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      expect(diagnostic.message.length).toBeGreaterThan(0);
    }
  });

  it('every prefix of a case, cut at 60 points, lints without throwing and the whole case lints clean', () => {
    const source = realCases[0] ?? '';
    for (let cut = 0; cut <= 60; cut++) {
      const truncated = source.slice(0, Math.round((source.length * cut) / 60));
      expect(() => lintSources({ taxonomy: fixtureTaxonomy, cases: [{ file: 'cut.mdx', slug: 'cut', source: truncated }], currentYear: CURRENT_YEAR })).not.toThrow();
    }
    const whole = lintSources({ taxonomy: { file: 'causes.yaml', source: realTaxonomy }, cases: [{ file: 'cut.mdx', slug: 'cut', source }], currentYear: CURRENT_YEAR });
    expect(whole.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
