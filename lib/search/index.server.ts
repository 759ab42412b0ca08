import 'server-only';
import { getCorpus } from '../content/corpus.server';
import type { SerializedSearchIndex } from './build-index';
import { indexCorpus } from './index-corpus';
import { SearchIndex } from './search-index';

let serialized: Promise<SerializedSearchIndex> | undefined;
let index: Promise<SearchIndex> | undefined;

/** The index as served at /search-index.json; built once per server process (at build time for the asset). */
export function getSerializedSearchIndex(): Promise<SerializedSearchIndex> {
  serialized ??= getCorpus().then(indexCorpus);
  return serialized;
}

/** The same index, ready to query on the server (/search, /api/search). */
export function getSearchIndex(): Promise<SearchIndex> {
  index ??= getSerializedSearchIndex().then((data) => new SearchIndex(data));
  return index;
}
