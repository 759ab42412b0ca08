import 'server-only';
import { getCorpus } from '../content/corpus.server';
import { deriveChecklist } from './derive-checklist';
import type { Checklist } from './types';

let checklist: Promise<Checklist> | undefined;

/** The checklist of the site's corpus, derived once per server process. */
export function getChecklist(): Promise<Checklist> {
  checklist ??= getCorpus().then(deriveChecklist);
  return checklist;
}
