import type { SearchDocument } from './documents';
import { FuzzyVocabulary } from './fuzzy-vocabulary';
import { parseQuery, type QueryClause } from './parse-query';
import { bestSnippet, type Snippet } from './snippet';
import { termOf, terms } from './tokenize';
import type { SerializedSearchIndex } from './build-index';

export interface SearchFilters {
  categories?: readonly string[];
  domains?: readonly string[];
  phases?: readonly string[];
}

export interface SearchOptions {
  limit?: number;
  filters?: SearchFilters;
  /** The last word may still be being typed: also match it as a prefix. */
  typing?: boolean;
}

export interface SearchResult {
  slug: string;
  title: string;
  /** Deep link to the best-matching lesson, cause or section. */
  url: string;
  score: number;
  snippet: Snippet;
  date: string;
  domain: string;
  categories: string[];
}

interface Expansion {
  termIndex: number;
  /** 1 for the word itself, less for prefixes and typo corrections. */
  weight: number;
}

const K1 = 1.2;
const B = 0.75;
const PREFIX_WEIGHT = 0.8;
const FUZZY_WEIGHT = 0.75;
const MAX_EXPANSIONS = 30;
export const MAX_LIMIT = 100;
const PHRASE_CANDIDATES = 20;
const PHRASE_BONUS = 0.5;

/**
 * A result whose snippet (and so its deep link) is made on first access: ranking costs no more than the
 * ranking, and a caller pays for snippets only of the results it shows. Both are plain enumerable properties
 * after that, so the result serialises like any object.
 */
function resultOf(document: SearchDocument, score: number, termWeight: ReadonlyMap<string, number>): SearchResult {
  let snippet: Snippet | undefined;
  const snippetOf = () => (snippet ??= bestSnippet(document, termWeight));
  return {
    slug: document.slug,
    title: document.title,
    get url() {
      const { anchor } = snippetOf();
      return `/cases/${document.slug}${anchor ? `#${anchor}` : ''}`;
    },
    score,
    get snippet() {
      return snippetOf();
    },
    date: document.date,
    domain: document.domain,
    categories: document.categories,
  };
}

/**
 * The vocabulary holds stems ("zephyrine" is indexed as "zephyrin"), so a fragment is also looked for as
 * stemmed and, at the end of a word, without the endings the stemmer removes.
 */
function forms(fragment: string, atEnd = false): string[] {
  const variants = [fragment, termOf(fragment) ?? fragment];
  if (atEnd) variants.push(fragment.replace(/(?:ing|ed|es|e|s)$/, ''));
  return [...new Set(variants.filter((variant) => variant.length > 0))];
}

/** Ranked full-text search over the case studies: an inverted index with BM25, Fuse for typos. */
export class SearchIndex {
  private readonly termNumber: Map<string, number>;
  private readonly decoded = new Map<number, { docs: number[]; weights: number[] }>();
  private readonly pairs = new Map<number, ReadonlySet<string>>();
  private readonly averageLength: number;
  private fuzzy: FuzzyVocabulary | undefined;

  constructor(private readonly data: SerializedSearchIndex) {
    this.termNumber = new Map(data.terms.map((term, i) => [term, i]));
    this.averageLength = data.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, data.lengths.length) || 1;
  }

  get documents(): readonly SearchDocument[] {
    return this.data.docs;
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.min(Math.max(1, Math.floor(options.limit ?? 10)), MAX_LIMIT);
    const clauses = parseQuery(query);
    const positive = clauses.filter((clause) => !clause.negated);
    if (clauses.length === 0) return [];

    const excluded = new Set<number>();
    for (const clause of clauses.filter((c) => c.negated)) {
      for (const { termIndex } of this.expand({ ...clause, mode: clause.mode === 'fuzzy' ? 'exact' : clause.mode }, false)) {
        for (const doc of this.postingsOf(termIndex).docs) excluded.add(doc);
      }
    }

    const scores = new Map<number, { score: number; clauses: number }>();
    const termWeight = new Map<string, number>();
    positive.forEach((clause, i) => {
      const best = new Map<number, number>();
      for (const { termIndex, weight } of this.expand(clause, options.typing === true && i === positive.length - 1)) {
        const { docs, weights } = this.postingsOf(termIndex);
        const idf = Math.log(1 + (this.data.lengths.length - docs.length + 0.5) / (docs.length + 0.5));
        termWeight.set(this.data.terms[termIndex] ?? '', Math.max(termWeight.get(this.data.terms[termIndex] ?? '') ?? 0, idf * weight));
        docs.forEach((doc, j) => {
          const tf = weights[j] ?? 0;
          const norm = 1 - B + (B * (this.data.lengths[doc] ?? 0)) / this.averageLength;
          const score = weight * idf * ((tf * (K1 + 1)) / (tf + K1 * norm));
          if (score > (best.get(doc) ?? 0)) best.set(doc, score);
        });
      }
      for (const [doc, score] of best) {
        const entry = scores.get(doc) ?? { score: 0, clauses: 0 };
        scores.set(doc, { score: entry.score + score, clauses: entry.clauses + 1 });
      }
    });

    if (positive.length === 0) {
      this.data.docs.forEach((_, doc) => scores.set(doc, { score: 0, clauses: 0 }));
    }

    const ranked: { doc: number; score: number }[] = [];
    for (const [doc, { score, clauses: matched }] of scores) {
      if (excluded.has(doc) || !this.passes(doc, options.filters)) continue;
      // Documents that match every word of the query come before those that match some.
      const coverage = positive.length === 0 ? 1 : (matched / positive.length) ** 2;
      ranked.push({ doc, score: score * coverage });
    }
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    this.rewardPhrases(ranked, positive);

    return ranked.slice(0, limit).flatMap(({ doc, score }) => {
      const document = this.data.docs[doc];
      return document ? [resultOf(document, Math.round(score * 1000) / 1000, termWeight)] : [];
    });
  }

  /**
   * Words typed next to each other ("operand error") count for more where they also stand next to each other.
   * Checked in the short fields of the leading results only, so the cost stays flat as the corpus grows.
   */
  private rewardPhrases(ranked: { doc: number; score: number }[], positive: QueryClause[]): void {
    const pairs: [string, string][] = [];
    for (let i = 1; i < positive.length; i++) {
      const [a, b] = [positive[i - 1], positive[i]];
      if (a && b && a.mode !== 'include' && b.mode !== 'include') pairs.push([a.value, b.value]);
    }
    if (pairs.length === 0) return;
    for (const entry of ranked.slice(0, PHRASE_CANDIDATES)) {
      const adjacent = this.wordPairsOf(entry.doc);
      const found = pairs.filter(([a, b]) => adjacent.has(`${a} ${b}`)).length;
      entry.score *= 1 + PHRASE_BONUS * found;
    }
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** Adjacent term pairs of a document's short fields, computed once per document. */
  private wordPairsOf(doc: number): ReadonlySet<string> {
    const cached = this.pairs.get(doc);
    if (cached) return cached;
    const pairs = new Set<string>();
    for (const field of this.data.docs[doc]?.fields ?? []) {
      if (field.kind === 'body') continue;
      const sequence = terms(field.text);
      for (let i = 1; i < sequence.length; i++) pairs.add(`${sequence[i - 1]} ${sequence[i]}`);
    }
    this.pairs.set(doc, pairs);
    return pairs;
  }

  private passes(doc: number, filters: SearchFilters | undefined): boolean {
    const document = this.data.docs[doc];
    if (!document || !filters) return document !== undefined;
    const { categories, domains, phases } = filters;
    if (categories?.length && !categories.some((id) => document.categories.includes(id))) return false;
    if (domains?.length && !domains.includes(document.domain)) return false;
    if (phases?.length && !phases.some((phase) => document.phases.includes(phase))) return false;
    return true;
  }

  /** The vocabulary terms a clause stands for, each with how much a match on it counts. */
  private expand(clause: QueryClause, typing: boolean): Expansion[] {
    const { terms } = this.data;
    const exact = this.termNumber.get(clause.value);
    switch (clause.mode) {
      case 'exact':
        return exact === undefined ? [] : [{ termIndex: exact, weight: 1 }];
      case 'prefix': {
        const range = new Set(forms(clause.value).flatMap((form) => this.prefixRange(form)));
        return [...range].map((termIndex) => ({ termIndex, weight: 1 }));
      }
      case 'include':
      case 'suffix': {
        const found: Expansion[] = [];
        const wanted = forms(clause.value, clause.mode === 'suffix');
        for (let i = 0; i < terms.length && found.length < MAX_EXPANSIONS; i++) {
          const term = terms[i] ?? '';
          const hit = clause.mode === 'include' ? wanted.some((w) => term.includes(w)) : wanted.some((w) => term.endsWith(w));
          if (hit) found.push({ termIndex: i, weight: 1 });
        }
        return found;
      }
      case 'fuzzy': {
        const found: Expansion[] = exact === undefined ? [] : [{ termIndex: exact, weight: 1 }];
        if (typing && clause.typed.length >= 2) {
          const range = new Set([...this.prefixRange(clause.typed), ...this.prefixRange(clause.value)]);
          for (const termIndex of range) {
            if (termIndex !== exact) found.push({ termIndex, weight: PREFIX_WEIGHT });
          }
        }
        if (found.length === 0 && clause.value.length >= 4) {
          this.fuzzy ??= new FuzzyVocabulary(terms);
          for (const match of this.fuzzy.lookup(clause.value)) {
            found.push({ termIndex: match.termIndex, weight: FUZZY_WEIGHT * (1 - match.score) });
          }
        }
        return found;
      }
    }
  }

  /** Indexes of the terms that start with `prefix`, most frequent first, at most MAX_EXPANSIONS. */
  private prefixRange(prefix: string): number[] {
    const { terms } = this.data;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((terms[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const range: number[] = [];
    for (let i = low; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++) range.push(i);
    return range
      .sort((a, b) => (this.data.postings[b]?.length ?? 0) - (this.data.postings[a]?.length ?? 0))
      .slice(0, MAX_EXPANSIONS);
  }

  private postingsOf(termIndex: number): { docs: number[]; weights: number[] } {
    let decoded = this.decoded.get(termIndex);
    if (!decoded) {
      const flat = this.data.postings[termIndex] ?? [];
      const docs: number[] = [];
      const weights: number[] = [];
      let doc = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        doc += flat[i] ?? 0;
        docs.push(doc);
        weights.push(flat[i + 1] ?? 0);
      }
      decoded = { docs, weights };
      this.decoded.set(termIndex, decoded);
    }
    return decoded;
  }
}
