import { sentenceCount, wordsOf, type Word } from './words';
import { capitalize } from '../../capitalize';

/** Words that open a leading clause ("When a node restarts, rate-limit …"): the command comes after its comma. */
export const CLAUSE_OPENERS = new Set([
  'when', 'whenever', 'if', 'unless', 'before', 'after', 'while', 'once', 'until', 'for', 'in', 'on', 'at', 'during',
  'within', 'across', 'as', 'where', 'wherever', 'with', 'without', 'from', 'by', 'since', 'because', 'although',
  'though', 'given', 'under', 'between', 'throughout', 'whatever', 'whichever', 'to',
]);

/** Adverbs that may come before the verb of a command: "Never accumulate …", "Always log …". */
const LEADING_ADVERBS = new Set(['always', 'never', 'only', 'first', 'then', 'also', 'still', 'explicitly', 'routinely', 'regularly']);

/** Words that cannot start a command: articles, pronouns, auxiliaries and modals, and the usual subjects. */
const NOT_A_VERB = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', "it's", 'there', "there's", 'we', 'you', 'they', 'i',
  'he', 'she', 'our', 'your', 'their', 'his', 'her', 'my', 'one', 'someone', 'everyone', 'nobody', 'people', 'each',
  'every', 'all', 'any', 'no', 'some', 'most', 'many', 'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'does',
  'did', 'has', 'had', 'should', 'must', 'can', 'could', 'would', 'will', 'may', 'might', 'shall', 'ought', 'developers',
  'engineers', 'teams', 'operators', 'users', 'reviewers', 'testers', 'managers', 'organizations', 'companies',
]);

const MODALS = new Set(['should', 'must', 'can', 'could', 'would', 'will', 'may', 'might', 'shall', 'ought', 'need', 'needs']);

/** Verbs whose base form ends in -ing, so a command can start with them. */
const ING_VERBS = new Set(['bring', 'ring', 'sing', 'spring', 'sting', 'string', 'swing', 'wring', 'cling', 'fling', 'ping']);

export type Verdict = { ok: true } | { ok: false; reason: string };

/**
 * Whether a lesson reads as one imperative sentence: a command, possibly after a leading clause and a comma
 * ("Before a fault handler stops a unit, classify the fault …"). A heuristic: it reports what it is sure of.
 */
export function judgeImperative(text: string): Verdict {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return { ok: false, reason: 'is a question; state what to do, and leave the question to `check`' };
  const words = wordsOf(trimmed);
  const first = words[0];
  if (!first) return { ok: false, reason: 'has no words' };

  let i = 0;
  if (CLAUSE_OPENERS.has(first.word)) {
    const comma = words.findIndex((word) => word.comma);
    if (comma === -1 || comma === words.length - 1) {
      return {
        ok: false,
        reason: `opens with a "${capitalize(first.word)} …" clause but gives no command after it; write "${capitalize(first.word)} …, <verb> …"`,
      };
    }
    i = comma + 1;
  }
  while (words[i] && LEADING_ADVERBS.has(wordAt(words, i)) && words[i + 1]) i++;

  const verb = wordAt(words, i);
  if (NOT_A_VERB.has(verb) || MODALS.has(wordAt(words, i + 1))) {
    return { ok: false, reason: `starts with "${original(trimmed, verb)}" instead of a verb; say it as a command, e.g. "Check …", "Test …", "Never …"` };
  }
  if (/^[a-z]{2,}ing$/.test(verb) && !ING_VERBS.has(verb)) {
    return { ok: false, reason: `starts with "${original(trimmed, verb)}"; use the plain verb as a command (e.g. "Test …" rather than "Testing …")` };
  }
  const sentences = sentenceCount(trimmed);
  if (sentences > 1) {
    return { ok: false, reason: `is ${sentences} sentences; keep the lesson to one and move the rest to the story or the causes` };
  }
  return { ok: true };
}

function wordAt(words: readonly Word[], i: number): string {
  return words[i]?.word ?? '';
}


/** The word as the author wrote it (capitalised or not). */
function original(text: string, lowerCased: string): string {
  const index = text.toLowerCase().indexOf(lowerCased);
  return index === -1 ? lowerCased : text.slice(index, index + lowerCased.length);
}
