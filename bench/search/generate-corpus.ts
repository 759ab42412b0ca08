import type { Corpus } from '../../lib/content/load-corpus';
import { searchDocumentsOf, type SearchDocument, type SearchField } from '../../lib/search/documents';
import { generateSentence, trainMarkov, type MarkovModel } from './markov';
import { hash32, Random } from './prng';
import { deepWord, rareToken } from './rare-tokens';

/** What the synthetic cases are made from: a Markov chain and the real taxonomy, tags, domains and phases. */
export interface CorpusSource {
  model: MarkovModel;
  categories: { id: string; text: string }[];
  tags: string[];
  domains: string[];
  phases: string[];
}

export interface BenchCase {
  doc: SearchDocument;
  /** The case's unique word placed deep in its body, and its character offset in the joined body text. */
  deep: { word: string; offset: number } | null;
  /** Invented names slipped into the case's text (candidates for rare-word and typo queries). */
  names: string[];
}

export const BODY_SEPARATOR = '\n\n';
const BODY_TARGET = 5000;
const PASSAGE_TARGET = 1000;
const DEEP_AFTER = 4096;
const DEEP_SHARE = 0.3;
const RARE_RATE = 0.06;
const RARE_RANKS = 5_000_000;
const RARE_EXPONENT = 1.08;
const HEADINGS = ['Background', 'What happened', 'The failure', 'Detection', 'Response', 'Root cause analysis', 'Aftermath', 'Why it mattered', 'The fix', 'Timeline notes'];

/** The Markov chain and value pools, from the prose of the real case studies. */
export function corpusSourceOf(corpus: Corpus): CorpusSource {
  const docs = searchDocumentsOf(corpus);
  const prose = docs.flatMap((doc) =>
    doc.fields.filter((field) => field.snippet && ['body', 'summary', 'cause', 'lesson'].includes(field.kind)).map((field) => field.text),
  );
  const tags = new Set(docs.flatMap((doc) => doc.fields.filter((field) => field.kind === 'tag').flatMap((field) => field.text.split(' '))));
  return {
    model: trainMarkov(prose),
    categories: corpus.categories.map((category) => ({ id: category.id, text: [category.label, ...category.aliases].join(' · ') })),
    tags: [...tags].filter((tag) => tag.length > 0).sort(),
    domains: [...new Set(docs.map((doc) => doc.domain))].sort(),
    phases: [...new Set(docs.flatMap((doc) => doc.phases))].sort(),
  };
}

/**
 * `size` synthetic cases. Case i depends only on (seed, i), so a smaller corpus is a prefix of a larger one.
 */
export function generateCorpus(source: CorpusSource, size: number, seed: number): BenchCase[] {
  return Array.from({ length: size }, (_, i) => generateCase(source, i, new Random(hash32(seed, i))));
}

function generateCase(source: CorpusSource, docNumber: number, random: Random): BenchCase {
  const names: string[] = [];
  const rare = (): string | undefined => {
    if (!random.chance(RARE_RATE)) return undefined;
    const token = rareToken(random.zipf(RARE_RANKS, RARE_EXPONENT));
    if (token.kind === 'name') names.push(token.text);
    return token.text;
  };
  const sentence = () => generateSentence(source.model, random, rare);
  const sentences = (min: number, max: number) => Array.from({ length: random.int(min, max) }, sentence).join(' ');
  const field = (kind: SearchField['kind'], text: string, label: string, anchor: string | null = null, snippet = true): SearchField => ({
    kind,
    text,
    anchor,
    label,
    snippet,
  });

  const system = rareToken(random.zipf(RARE_RANKS, RARE_EXPONENT));
  if (system.kind === 'name') names.push(system.text);
  // The fragment is cut from a sentence without rare tokens, so no recorded name is cut away with the rest.
  const title = `${system.text}: ${fragment(generateSentence(source.model, random), random.int(4, 8))}`;
  const summary = sentences(1, 2);
  const categories = random.sample(source.categories, random.int(1, 3));
  const causes = Array.from({ length: random.int(2, 4) }, (_, i) => field('cause', sentences(1, 2), i === 0 ? 'Root cause' : 'Contributing cause', `cause-${i + 1}`));
  const lessons = Array.from({ length: random.int(2, 4) }, (_, i) => {
    const tags = random.sample(source.tags, random.int(2, 4));
    const extra = rare();
    return [
      field('lesson', sentences(1, 2), 'Lesson', `lesson-${i + 1}`),
      field('tag', [...tags, ...(extra === undefined ? [] : [extra.toLowerCase()])].join(' '), 'Tags', `lesson-${i + 1}`, false),
    ];
  });
  const { passages, deep } = body(random, sentence, random.chance(DEEP_SHARE) ? deepWord(docNumber) : null);

  const doc: SearchDocument = {
    slug: `case-${String(docNumber).padStart(5, '0')}`,
    title,
    date: `${random.int(1960, 2025)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    domain: random.pick(source.domains),
    categories: categories.map((category) => category.id),
    phases: random.sample(source.phases, random.int(1, 3)),
    summary,
    fields: [
      field('title', title, 'Title'),
      field('summary', summary, 'Summary'),
      ...categories.map((category) => field('category', category.text, 'Cause category', null, false)),
      ...causes,
      ...lessons.flat(),
      ...passages.map((text, i) => field('body', text, random.pick(HEADINGS), `section-${i + 1}`)),
    ],
  };
  return { doc, deep, names };
}

/** About 5 kB of prose in passages of about 1 kB; the deep word, if any, goes into the first sentence past 4 kB. */
function body(random: Random, sentence: () => string, deep: string | null): { passages: string[]; deep: BenchCase['deep'] } {
  const target = BODY_TARGET + random.int(-400, 600);
  const passages: string[] = [];
  let current: string[] = [];
  let currentLength = 0;
  let total = 0;
  let placed: BenchCase['deep'] = null;
  while (total + currentLength < target || (deep !== null && placed === null)) {
    let text = sentence();
    const offset = total + currentLength + (current.length > 0 ? 1 : 0);
    if (deep !== null && placed === null && offset >= DEEP_AFTER) {
      // After the sentence's first word, so the word sits inside running text.
      const space = text.indexOf(' ');
      text = `${text.slice(0, space)} ${deep}${text.slice(space)}`;
      placed = { word: deep, offset: offset + space + 1 };
    }
    current.push(text);
    currentLength += text.length + (current.length > 1 ? 1 : 0);
    if (currentLength >= PASSAGE_TARGET) {
      passages.push(current.join(' '));
      total += currentLength + BODY_SEPARATOR.length;
      current = [];
      currentLength = 0;
    }
  }
  if (current.length > 0) passages.push(current.join(' '));
  return { passages, deep: placed };
}

function fragment(sentence: string, words: number): string {
  const text = sentence.split(' ').slice(0, words).join(' ').replace(/[.,;:!?]+$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
