import type { Random } from './prng';

/**
 * A word-level Markov chain of order 2 that backs off to order 1, trained on the prose of the real case studies.
 * Words keep their punctuation ("failure," "2017.") so the generated sentences read like the source.
 */
export interface MarkovModel {
  words: string[];
  /** Word ids that open a sentence, as pairs (first, second) flattened. */
  starts: number[];
  /** (previous, current) → possible next word ids, repeated by frequency. */
  order2: Map<number, number[]>;
  /** current → possible next word ids. */
  order1: Map<number, number[]>;
}

/** Below this chance the chain follows its order-2 state; otherwise order 1, for variety beyond the source. */
const ORDER2_PREFERENCE = 0.7;
const MAX_SENTENCE_WORDS = 40;
const END = /[.!?]["”’)]*$/;

export function trainMarkov(texts: readonly string[]): MarkovModel {
  const words: string[] = [];
  const idOf = new Map<string, number>();
  const intern = (word: string): number => {
    let id = idOf.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      idOf.set(word, id);
    }
    return id;
  };
  const model: MarkovModel = { words, starts: [], order2: new Map(), order1: new Map() };
  const push = (map: Map<number, number[]>, key: number, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“])/)) {
      const ids = sentence.split(/\s+/).filter((word) => word.length > 0).map(intern);
      const [first, second] = ids;
      if (ids.length < 4 || first === undefined || second === undefined) continue;
      model.starts.push(first, second);
      for (let i = 1; i < ids.length; i++) {
        const previous = ids[i - 1] ?? 0;
        const current = ids[i] ?? 0;
        push(model.order1, previous, current);
        const next = ids[i + 1];
        if (next !== undefined) push(model.order2, pairKey(previous, current), next);
      }
    }
  }
  return model;
}

/**
 * One sentence. `extra` may return a word to slip in before the next chain word (the rare-token tail);
 * it is called once per generated word.
 */
export function generateSentence(model: MarkovModel, random: Random, extra?: () => string | undefined): string {
  const start = 2 * Math.floor(random.next() * (model.starts.length / 2));
  let previous = model.starts[start] ?? 0;
  let current = model.starts[start + 1] ?? 0;
  const out = [model.words[previous] ?? '', model.words[current] ?? ''];
  while (out.length < MAX_SENTENCE_WORDS && !END.test(out[out.length - 1] ?? '.')) {
    const both = model.order2.get(pairKey(previous, current));
    const one = model.order1.get(current);
    const choices = both && (random.chance(ORDER2_PREFERENCE) || !one) ? both : one;
    if (!choices) break;
    const next = random.pick(choices);
    const inserted = extra?.();
    if (inserted !== undefined) out.push(inserted);
    out.push(model.words[next] ?? '');
    previous = current;
    current = next;
  }
  const sentence = out.join(' ');
  return END.test(sentence) ? sentence : `${sentence.replace(/[,;:]$/, '')}.`;
}

function pairKey(a: number, b: number): number {
  return a * 0x100000 + b;
}
