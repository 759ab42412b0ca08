import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { buildSearchIndex, FIELD_WEIGHT, type SerializedSearchIndex } from '../../lib/search/build-index';
import type { FieldKind, SearchDocument } from '../../lib/search/documents';
import { SearchIndex, type SearchResult } from '../../lib/search/search-index';
import { termOf } from '../../lib/search/tokenize';
import { BODY_SEPARATOR } from './generate-corpus';
import type { BenchQuery } from './queries';

export const TOP_K = 10;

/** One engine as the benchmark drives it: build in memory, serialize, load the JSON back, query. */
export interface Engine {
  readonly name: string;
  build(docs: SearchDocument[]): void;
  /** `index` is what ranking needs; `store` is what results are rendered from (null if the engine keeps none). */
  serialize(): { index: string; store: string | null };
  /** Replaces the built index with one loaded from `serialize()`'s output, as a browser would. */
  load(serialized: { index: string; store: string | null }): void;
  /** Slugs of the top TOP_K results. */
  search(query: BenchQuery): string[];
}

/**
 * Ours as the site uses it: ranking plus the snippet and deep link of every result shown. MiniSearch returns ids
 * only, so plain `ours` (ranking, snippets made on access) is the like-for-like comparison; this row shows what a
 * full result list costs on top.
 */
export class OurEngineWithSnippets implements Engine {
  readonly name = 'ours + snippets';
  private readonly inner = new OurEngine();
  build(docs: SearchDocument[]): void {
    this.inner.build(docs);
  }
  serialize(): { index: string; store: string } {
    return this.inner.serialize();
  }
  load(serialized: { index: string; store: string | null }): void {
    this.inner.load(serialized);
  }
  search(query: BenchQuery): string[] {
    const results = this.inner.results(query);
    // Reading url makes the snippet it depends on: the work a result list on the page does.
    return results.map((result) => (result.url.startsWith('/cases/') ? result.slug : `unexpected url ${result.url}`));
  }
}

export class OurEngine implements Engine {
  readonly name = 'ours';
  private built: SerializedSearchIndex | undefined;
  private index: SearchIndex | undefined;

  build(docs: SearchDocument[]): void {
    this.index = undefined;
    this.built = buildSearchIndex(docs);
  }

  serialize(): { index: string; store: string } {
    if (!this.built) throw new Error('build first');
    // JSON.stringify drops properties whose value is undefined: the index without its stored documents.
    return { index: JSON.stringify({ ...this.built, docs: undefined }), store: JSON.stringify(this.built.docs) };
  }

  load({ index, store }: { index: string; store: string | null }): void {
    const ranking: unknown = JSON.parse(index);
    const docs: unknown = JSON.parse(store ?? '[]');
    if (!isIndexWithoutDocs(ranking) || !Array.isArray(docs)) throw new Error('not our serialized index');
    this.built = undefined;
    this.index = new SearchIndex({ ...ranking, docs: docs.filter(isSearchDocument) });
  }

  search(query: BenchQuery): string[] {
    return this.results(query).map((result) => result.slug);
  }

  results(query: BenchQuery): SearchResult[] {
    if (!this.index) throw new Error('load first');
    return this.index.search(query.text, { limit: TOP_K, typing: query.typing });
  }
}

/** MiniSearch fields, one per field kind of ours (several kinds share "summary"), boosted like FIELD_WEIGHT. */
const MINI_FIELD: Record<FieldKind, string> = {
  title: 'title',
  summary: 'summary',
  category: 'categories',
  cause: 'causes',
  lesson: 'lessons',
  tag: 'tags',
  body: 'body',
  meta: 'meta',
  timeline: 'timeline',
};
const MINI_FIELDS = [...new Set(Object.values(MINI_FIELD))];
const isFieldKind = (key: string): key is FieldKind => key in MINI_FIELD;
const MINI_BOOST = Object.fromEntries(Object.keys(FIELD_WEIGHT).filter(isFieldKind).map((kind) => [MINI_FIELD[kind], FIELD_WEIGHT[kind]]));
const WORD = /[\p{L}\p{N}]+/gu;

type MiniDoc = { id: string } & Record<string, string>;
export type MiniTerms = 'ours' | 'default';

/**
 * MiniSearch over the same text. With terms 'ours' (default) it tokenizes, drops stopwords and stems exactly as
 * our engine does (lib/search/tokenize.ts), so both index the same vocabulary; with 'default' it keeps its own
 * lower-casing, unstemmed terms.
 */
export class MiniSearchEngine implements Engine {
  readonly name = 'MiniSearch';
  private mini: MiniSearch<MiniDoc> | undefined;
  private readonly options: Options<MiniDoc>;

  constructor(terms: MiniTerms = 'ours') {
    this.options = {
      fields: MINI_FIELDS,
      idField: 'id',
      searchOptions: { boost: MINI_BOOST, combineWith: 'OR' },
      ...(terms === 'ours' ? { tokenize: (text: string) => text.match(WORD) ?? [], processTerm: (term: string) => termOf(term) } : {}),
    };
  }

  build(docs: SearchDocument[]): void {
    this.mini = new MiniSearch<MiniDoc>(this.options);
    this.mini.addAll(docs.map(miniDocOf));
  }

  serialize(): { index: string; store: null } {
    if (!this.mini) throw new Error('build first');
    return { index: JSON.stringify(this.mini), store: null };
  }

  load({ index }: { index: string; store: string | null }): void {
    this.mini = MiniSearch.loadJSON<MiniDoc>(index, this.options);
  }

  search(query: BenchQuery): string[] {
    if (!this.mini) throw new Error('build or load first');
    const options: SearchOptions = {
      fuzzy: 0.2,
      // Like our `typing`: only the last word is matched as a prefix.
      prefix: query.typing ? (_term, i, terms) => i === terms.length - 1 : false,
    };
    return this.mini.search(query.text, options).slice(0, TOP_K).map((result) => String(result.id));
  }
}

function miniDocOf(doc: SearchDocument): MiniDoc {
  const texts = new Map<string, string[]>();
  for (const field of doc.fields) {
    const name = MINI_FIELD[field.kind];
    texts.set(name, [...(texts.get(name) ?? []), field.text]);
  }
  const miniDoc: MiniDoc = { id: doc.slug };
  for (const [name, parts] of texts) miniDoc[name] = parts.join(name === 'body' ? BODY_SEPARATOR : ' \n ');
  return miniDoc;
}

function isIndexWithoutDocs(value: unknown): value is Omit<SerializedSearchIndex, 'docs'> {
  return typeof value === 'object' && value !== null && 'terms' in value && 'postings' in value && 'lengths' in value;
}

function isSearchDocument(value: unknown): value is SearchDocument {
  return typeof value === 'object' && value !== null && 'slug' in value && 'fields' in value;
}
