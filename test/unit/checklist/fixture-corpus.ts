import path from 'node:path';
import { loadCorpus } from '@/lib/content/load-corpus';

/** Three fictional cases whose checks include a near-duplicate pair, an identical pair and a near miss. */
export const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/checklist');

export function loadFixtureCorpus() {
  return loadCorpus({ contentDir: fixtureDir, relativeTo: fixtureDir });
}

export const SITE = 'https://lessons.example';
