import path from 'node:path';
import { contentDirSetting } from '../content/content-dir-setting';
import { loadCorpus, type Corpus } from '../content/load-corpus';
import type { CliIO } from './io';

/** The corpus the CLI works on: ./content, or $LESSONS_CONTENT_DIR. */
export function loadCorpusForCli(io: CliIO): Promise<Corpus> {
  const contentDir = path.resolve(io.cwd, contentDirSetting());
  return loadCorpus({ contentDir, relativeTo: io.cwd });
}
