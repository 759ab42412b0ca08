import type { ParsedCaseStudy } from '../content/parse-case';
import type { Where } from './types';

/**
 * Where `pattern` first matches inside a front-matter value as written in the file, so a finding can point at the
 * words themselves rather than the start of the field. Falls back to the field when the written form differs from
 * the value (escapes) and nothing matches.
 */
export function whereInField(caseStudy: ParsedCaseStudy, path: readonly PropertyKey[], pattern: RegExp): Where {
  const range = caseStudy.rangeOf(path);
  if (range) {
    const flags = pattern.flags.replace('g', '');
    const match = new RegExp(pattern.source, flags).exec(caseStudy.source.slice(range.start, range.end));
    if (match) return { offset: range.start + match.index };
  }
  return { field: path };
}

/** A phrase as a regular expression that matches it across line breaks and in any case, on word boundaries. */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}
