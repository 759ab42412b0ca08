import type { Corpus } from '../content/load-corpus';
import { buildSearchIndex, type SerializedSearchIndex } from './build-index';
import { searchDocumentsOf } from './documents';

/** The search index of a whole corpus: what the site serves, the CLI queries and the tests rank with. */
export function indexCorpus(corpus: Corpus): SerializedSearchIndex {
  return buildSearchIndex(searchDocumentsOf(corpus));
}
