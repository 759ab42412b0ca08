import 'server-only';
import path from 'node:path';
import { processMemo } from '../process-memo';
import { loadCorpus, type Corpus } from './load-corpus';

function contentDir(): string {
  const override = process.env.LESSONS_CONTENT_DIR;
  // The override is for tests and previews; the default keeps Next's file tracing scoped to content/.
  return override ? path.resolve(/*turbopackIgnore: true*/ override) : path.join(process.cwd(), 'content');
}

/** The validated corpus, loaded once per server process from ./content (or $LESSONS_CONTENT_DIR). */
export function getCorpus(): Promise<Corpus> {
  const dir = contentDir();
  return processMemo(`corpus:${dir}`, () => loadCorpus({ contentDir: dir }));
}
