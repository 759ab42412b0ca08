import path from 'node:path';
import { loadCorpus, type Corpus } from '@/lib/content/load-corpus';

/** The repository root, for tests that run files or read content from it. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The knowledge base in content/, loaded the way the site loads it. */
export function loadRealCorpus(): Promise<Corpus> {
  return loadCorpus({ contentDir: path.join(REPO_ROOT, 'content'), relativeTo: REPO_ROOT });
}
