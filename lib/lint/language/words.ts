/** A word of a sentence, lower-cased, with whether a comma follows it. */
export interface Word {
  word: string;
  comma: boolean;
}

/** The words of a sentence in order: letters, digits, hyphens and apostrophes; other punctuation dropped. */
export function wordsOf(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(/([\p{L}\p{N}][\p{L}\p{N}'’-]*)(\s*,)?/gu)) {
    result.push({ word: (match[1] ?? '').toLowerCase().replace(/’/g, "'"), comma: match[2] !== undefined });
  }
  return result;
}

export function wordCount(text: string): number {
  return wordsOf(text).length;
}

// Full stops that do not end a sentence: abbreviations and initials.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|no|nos|fig|dr|mr|mrs|ms|st|jr|sr|inc|ltd|co)|\b\p{Lu})\.$/iu;

/** How many sentences the text holds: a sentence ends at . ! or ? followed by a space and a capital letter. */
export function sentenceCount(text: string): number {
  let count = 1;
  for (const match of text.trim().matchAll(/[.!?](?=\s+["'(“‘]?\p{Lu})/gu)) {
    const before = text.trim().slice(0, (match.index ?? 0) + 1);
    if (!ABBREVIATION.test(before)) count++;
  }
  return count;
}
