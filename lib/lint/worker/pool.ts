import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { CaseFileEntry } from '../../content/load-corpus';
import type { CauseCategory } from '../../content/schema';
import { lintCaseFile, type FileLintResult } from '../lint-file';
import { lintAnswerSchema } from './messages';

/** Files per message: large enough to amortise messaging, small enough to balance the load at the end. */
const BATCH = 16;
/** Batches a worker holds at once, so it never waits for the busy main thread to hand out the next. */
const IN_FLIGHT = 2;
/** Parsing allocates many short-lived nodes: a larger young generation means fewer collections (about 10% faster). */
const YOUNG_GENERATION_MB = 64;

/**
 * Lints case files on `threads` threads: the main thread and `threads - 1` workers, taking batches from one queue as
 * they come free, and returns the results in entry order. Parsing MDX dominates the cost and each file is
 * independent, so this scales with the cores; the main thread works too, so it does not wait idle while the
 * workers start.
 */
export async function lintInThreads(
  entries: readonly CaseFileEntry[],
  categories: readonly CauseCategory[] | undefined,
  currentYear: number,
  threads: number,
): Promise<FileLintResult[]> {
  const batches: CaseFileEntry[][] = [];
  for (let i = 0; i < entries.length; i += BATCH) batches.push(entries.slice(i, i + BATCH));
  const results = new Array<FileLintResult[]>(batches.length);
  let next = 0;
  const take = (): number | undefined => (next < batches.length ? next++ : undefined);

  const workers = Array.from(
    { length: Math.max(0, Math.min(threads - 1, batches.length - 1)) },
    () => new Worker(new URL('./bootstrap.mjs', import.meta.url), { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }),
  );
  const onMainThread = async () => {
    for (let id = take(); id !== undefined; id = take()) {
      const batch: FileLintResult[] = [];
      for (const entry of batches[id] ?? []) {
        const source = await readFile(entry.path, 'utf8');
        batch.push(lintCaseFile({ file: entry.file, slug: entry.slug, source }, categories, currentYear));
      }
      results[id] = batch;
      // Let the workers' answers in, so they get their next batch while this thread works on its own.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const onWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let pending = 0;
      let finished = false;
      const send = () => {
        const id = take();
        if (id === undefined) return;
        pending++;
        worker.postMessage({ id, entries: batches[id], categories: categories ?? null, currentYear });
      };
      worker.on('message', (message: unknown) => {
        const answer = lintAnswerSchema.safeParse(message);
        if (!answer.success) return reject(new Error(`lint worker sent a malformed answer: ${answer.error.message}`));
        if ('error' in answer.data) return reject(new Error(`lint worker failed: ${answer.data.error}`));
        results[answer.data.id] = answer.data.results;
        pending--;
        send();
        if (pending === 0) {
          finished = true;
          resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`lint worker stopped early (exit code ${code})`));
      });
      for (let i = 0; i < IN_FLIGHT; i++) send();
      if (pending === 0) {
        finished = true;
        resolve();
      }
    });

  try {
    await Promise.all([onMainThread(), ...workers.map(onWorker)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}
