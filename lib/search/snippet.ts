import type { FieldKind, SearchDocument, SearchField } from './documents';
import { tokenize } from './tokenize';

export interface Snippet {
  /** Plain text; render it escaped, never as HTML. */
  text: string;
  /** [start, end) character ranges of `text` to highlight. */
  highlights: [number, number][];
  /** What the text is: "Lesson", "Root cause", a section heading… */
  label: string;
  /** Element id on the case page, or null for the top. */
  anchor: string | null;
}

/** Snippets from lessons and causes are what a searcher usually wants, so they win ties with prose. */
const KIND_PREFERENCE: Partial<Record<FieldKind, number>> = { lesson: 1.3, cause: 1.25, summary: 1.1, title: 1.05 };
const WINDOW_WORDS = 28;

/**
 * The field of `doc` that best matches the query's matched terms (weighted by `termWeight`), cut to a window
 * around its matches, with every matching word marked.
 */
export function bestSnippet(doc: SearchDocument, termWeight: ReadonlyMap<string, number>): Snippet {
  let best: { field: SearchField; score: number } | undefined;
  const probes = [...termWeight.keys()].map(probeOf);
  for (const field of doc.fields) {
    if (!field.snippet || !mayContain(field, probes)) continue;
    const seen = new Set<string>();
    for (const { term } of tokenize(field.text)) if (termWeight.has(term)) seen.add(term);
    if (seen.size === 0) continue;
    let score = 0;
    for (const term of seen) score += termWeight.get(term) ?? 0;
    score *= KIND_PREFERENCE[field.kind] ?? 1;
    if (!best || score > best.score) best = { field, score };
  }
  if (!best) return { text: doc.summary, highlights: [], label: 'Summary', anchor: null };
  return { ...cutWindow(best.field.text, termWeight), label: best.field.label, anchor: best.field.anchor };
}

const lowerText = new WeakMap<SearchField, string>();

/**
 * A cheap test before tokenizing a field: a word whose stem is "prioriti" contains "priorit", so a field
 * without any probe as a substring cannot match. Stems differ from their words at most in the last letter.
 */
function mayContain(field: SearchField, probes: readonly string[]): boolean {
  let text = lowerText.get(field);
  if (text === undefined) {
    text = field.text.toLowerCase();
    lowerText.set(field, text);
  }
  return probes.some((probe) => text.includes(probe));
}

function probeOf(term: string): string {
  return term.length > 3 ? term.slice(0, -1) : term;
}

function cutWindow(text: string, termWeight: ReadonlyMap<string, number>): Pick<Snippet, 'text' | 'highlights'> {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const hits = tokenize(text).filter((token) => termWeight.has(token.term));
  let from = 0;
  let to = text.length;
  if (words.length > WINDOW_WORDS * 1.5 && hits[0]) {
    const firstHit = hits[0].start;
    const hitWord = Math.max(0, words.findIndex((w) => w.end > firstHit));
    const startWord = Math.max(0, hitWord - Math.floor(WINDOW_WORDS / 3));
    const endWord = Math.min(words.length - 1, startWord + WINDOW_WORDS - 1);
    from = words[startWord]?.start ?? 0;
    to = words[endWord]?.end ?? text.length;
  }
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const shift = prefix.length - from;
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    highlights: hits.filter((h) => h.start >= from && h.end <= to).map((h) => [h.start + shift, h.end + shift]),
  };
}
