import { hash32 } from './prng';

/**
 * The long tail of real incident text: invented system names ("Quorvane"), identifiers ("sri-4127") and
 * numbers. A token is a pure function of its Zipf rank, so low ranks recur across cases and high ranks are
 * seen once: the vocabulary keeps growing with the corpus, as it does in real text.
 */
export type RareKind = 'name' | 'identifier' | 'number';

export interface RareToken {
  text: string;
  kind: RareKind;
}

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'k', 'kl', 'l', 'm', 'n', 'p', 'qu', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'th'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 'x', 'l', 'sk', 'nd'];

export function rareToken(rank: number): RareToken {
  const h = hash32(rank, 0x7a11);
  const choice = h % 100;
  if (choice < 55) {
    const syllables = 2 + (hash32(rank, 1) % 3);
    let word = '';
    for (let i = 0; i < syllables; i++) {
      const s = hash32(rank, 10 + i);
      word += (ONSETS[s % ONSETS.length] ?? '') + (VOWELS[(s >>> 8) % VOWELS.length] ?? '');
    }
    word += CODAS[(h >>> 8) % CODAS.length] ?? '';
    return { text: (h >>> 20) % 2 === 0 ? word[0]?.toUpperCase() + word.slice(1) : word, kind: 'name' };
  }
  if (choice < 80) {
    const letters = 2 + (hash32(rank, 2) % 3);
    let prefix = '';
    for (let i = 0; i < letters; i++) prefix += String.fromCharCode(97 + (hash32(rank, 20 + i) % 26));
    return { text: `${prefix}-${hash32(rank, 3) % 10 ** (2 + (h % 3))}`, kind: 'identifier' };
  }
  const n = hash32(rank, 4);
  const text = n % 3 === 0 ? `${n % 100}.${(n >>> 8) % 100}` : n % 3 === 1 ? `${(n >>> 4) % 24}:${String((n >>> 9) % 60).padStart(2, '0')}` : `${n % 100000}`;
  return { text, kind: 'number' };
}

/** Consonant-vowel syllables; three of them number 32,768 cases, more than the largest corpus. */
const DEEP_SYLLABLES = ['ba', 'be', 'bo', 'da', 'de', 'do', 'fa', 'fe', 'ga', 'go', 'ka', 'ke', 'ko', 'la', 'le', 'lo', 'ma', 'me', 'mo', 'na', 'ne', 'no', 'pa', 'pe', 'po', 'ra', 're', 'ro', 'sa', 'se', 'ta', 'to'];

/**
 * A word found in no other case: the document number spelled in syllables, ending "-vix" (no stemmer suffix).
 * Placed more than 4 kB into a body, so a query for it finds text deep in a long case.
 */
export function deepWord(docNumber: number): string {
  const base = DEEP_SYLLABLES.length;
  const digits = [docNumber % base, Math.floor(docNumber / base) % base, Math.floor(docNumber / base ** 2) % base];
  return `${digits.map((d) => DEEP_SYLLABLES[d] ?? '').join('')}vix`;
}
