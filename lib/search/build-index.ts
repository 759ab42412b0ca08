import type { FieldKind, SearchDocument } from './documents';
import { tokenize } from './tokenize';

/** How much one occurrence of a word counts, by where it occurs. */
export const FIELD_WEIGHT: Record<FieldKind, number> = {
  title: 6,
  category: 4,
  tag: 3,
  cause: 3,
  lesson: 3,
  summary: 2,
  meta: 2,
  timeline: 1,
  body: 1,
};

/** The index as a static JSON asset: built once at build time, loaded lazily by the browser. */
export interface SerializedSearchIndex {
  version: 1;
  /** Every indexed term, sorted. */
  terms: string[];
  /** For terms[i]: a flat list of pairs (document number minus the previous one, weighted term frequency). */
  postings: number[][];
  /** Weighted length of each document, for length normalisation. */
  lengths: number[];
  /** What results and snippets are made of; not needed to rank. */
  docs: SearchDocument[];
}

export function buildSearchIndex(docs: SearchDocument[]): SerializedSearchIndex {
  const frequencies = new Map<string, Map<number, number>>();
  const lengths = docs.map((doc, docNumber) => {
    let length = 0;
    for (const field of doc.fields) {
      const weight = FIELD_WEIGHT[field.kind];
      for (const { term } of tokenize(field.text)) {
        let perDoc = frequencies.get(term);
        if (!perDoc) frequencies.set(term, (perDoc = new Map()));
        perDoc.set(docNumber, (perDoc.get(docNumber) ?? 0) + weight);
        length += weight;
      }
    }
    return length;
  });

  const terms = [...frequencies.keys()].sort();
  const postings = terms.map((term) => {
    const flat: number[] = [];
    let previous = 0;
    // Map iteration follows insertion order, which is ascending document number.
    for (const [docNumber, weight] of frequencies.get(term) ?? []) {
      flat.push(docNumber - previous, weight);
      previous = docNumber;
    }
    return flat;
  });
  return { version: 1, terms, postings, lengths, docs };
}
