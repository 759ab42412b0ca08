import { CLAUSE_OPENERS, type Verdict } from './imperative';
import { wordsOf } from './words';
import { capitalize } from '../../capitalize';

/** The words a yes/no question starts with (after any leading clause). */
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would',
  'should', 'shall', 'may', 'might', 'must', "isn't", "aren't", "doesn't", "don't", "didn't", "hasn't", "haven't",
  "can't", "won't", "wouldn't", "shouldn't",
]);

const OPEN_QUESTION_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'when']);

/**
 * Whether a check reads as a yes/no question: it starts with an auxiliary ("Does …", "Is there …", "Has …"),
 * possibly after a leading clause and a comma ("If this unit restarts, does …").
 */
export function judgeYesNoQuestion(check: string): Verdict {
  const words = wordsOf(check);
  const first = words[0]?.word ?? '';
  if (AUXILIARIES.has(first)) return { ok: true };
  // After a leading clause ("If this unit restarts, does …"), the question proper starts after a comma.
  const afterCommas = CLAUSE_OPENERS.has(first) ? words.filter((_, i) => i > 0 && words[i - 1]?.comma).map((word) => word.word) : [];
  if (afterCommas.some((word) => AUXILIARIES.has(word))) return { ok: true };
  const open = [...afterCommas, first].find((word) => OPEN_QUESTION_WORDS.has(word));
  if (open) {
    return {
      ok: false,
      reason: `is an open question ("${capitalize(open)} …"); ask one a reviewer can answer yes or no, e.g. "Does …?" or "Is there …?"`,
    };
  }
  return { ok: false, reason: 'does not read as a yes/no question; start it with Is, Does, Has, Can or Will (after any "If …," clause)' };
}
