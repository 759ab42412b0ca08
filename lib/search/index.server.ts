import 'server-only';
import { getCorpus } from '../content/corpus.server';
import { buildSearchIndex, type SerializedSearchIndex } from './build-index';
import { searchDocumentsOf } from './documents';
import { SearchIndex } from './search-index';

let serialized: Promise<SerializedSearchIndex> | undefined;
let index: Promise<SearchIndex> | undefined;

/** The index as served at /search-index.json; built once per server process (at build time for the asset). */
export function getSerializedSearchIndex(): Promise<SerializedSearchIndex> {
  serialized ??= getCorpus().then((corpus) => buildSearchIndex(searchDocumentsOf(corpus)));
  return serialized;
}

/** The same index, ready to query on the server (/search, /api/search). */
export function getSearchIndex(): Promise<SearchIndex> {
  index ??= getSerializedSearchIndex().then((data) => new SearchIndex(data));
  return index;
}
