import 'server-only';
import { getCorpus } from '../content/corpus.server';
import { processMemo } from '../process-memo';
import type { SerializedSearchIndex } from './build-index';
import { indexCorpus } from './index-corpus';
import { SearchIndex } from './search-index';

/** The index as served at /search-index.json; built once per server process (at build time for the asset). */
export function getSerializedSearchIndex(): Promise<SerializedSearchIndex> {
  return processMemo('search-index:serialized', () => getCorpus().then(indexCorpus));
}

/** The same index, ready to query on the server (/search, /api/search). */
export function getSearchIndex(): Promise<SearchIndex> {
  return processMemo('search-index:server', () => getSerializedSearchIndex().then((data) => new SearchIndex(data)));
}
