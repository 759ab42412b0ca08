/** Validates every case and the taxonomy; prints file:line:col diagnostics and exits 1 on any problem. */
import path from 'node:path';
import { ContentError, formatDiagnostic } from '../lib/content/diagnostic';
import { contentDirSetting } from '../lib/content/content-dir-setting';
import { loadCorpus } from '../lib/content/load-corpus';

const contentDir = path.resolve(process.argv[2] ?? contentDirSetting());
try {
  const corpus = await loadCorpus({ contentDir });
  console.log(`content ok: ${corpus.cases.length} cases, ${corpus.categories.length} cause categories`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const diagnostic of error.diagnostics) console.error(formatDiagnostic(diagnostic));
  console.error(`\n${error.diagnostics.length} problem(s) in content: fix them before building.`);
  process.exit(1);
}
