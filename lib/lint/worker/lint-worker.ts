import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { lintCaseFile, type FileLintResult } from '../lint-file';
import { lintTaskSchema, type LintAnswer } from './messages';

/** Lints the case files the main thread sends, one batch at a time. */
parentPort?.on('message', (message: unknown) => {
  void answer(message).then((reply) => parentPort?.postMessage(reply));
});

async function answer(message: unknown): Promise<LintAnswer> {
  const task = lintTaskSchema.safeParse(message);
  if (!task.success) return { id: -1, error: `malformed task: ${task.error.message}` };
  const { id, entries, categories, currentYear } = task.data;
  try {
    const results: FileLintResult[] = [];
    for (const entry of entries) {
      const source = await readFile(entry.path, 'utf8');
      results.push(lintCaseFile({ file: entry.file, slug: entry.slug, source }, categories ?? undefined, currentYear));
    }
    return { id, results };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
