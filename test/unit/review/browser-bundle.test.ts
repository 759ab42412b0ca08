import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The /review page runs the engine and formatMarkdown in the browser. Bundling them for the browser platform fails
 * on any node: import (or fs, path …), and running the bundle where there is no `process`, `require` or Buffer
 * proves picomatch and the rest need none at run time. `process.env.SITE_URL` is defined away as Next does for
 * a variable without the NEXT_PUBLIC_ prefix.
 */
describe('the review engine in a browser', () => {
  it('bundles for the browser and reviews a diff with no Node globals', async () => {
    const entry = [
      "import { reviewDiff } from './lib/review/review-diff';",
      "import { formatMarkdown } from './lib/review/format/markdown';",
      'const triggers = { version: 1, lessons: [{ lesson: { slug: "s", caseTitle: "Case", lessonId: "l", text: "Do it.", check: "Done?" },',
      '  triggers: [{ id: "t", summary: "cast", languages: ["c"], files: ["src/**"], pattern: "\\\\(short\\\\)" }] }] };',
      'const diff = "diff --git a/src/a.c b/src/a.c\\n--- a/src/a.c\\n+++ b/src/a.c\\n@@ -0,0 +1 @@\\n+x = (short)y;\\n";',
      'globalThis.output = formatMarkdown(reviewDiff(diff, triggers), { siteUrl: "https://x.example" });',
    ].join('\n');
    const bundle = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.SITE_URL': 'undefined' },
      alias: { '@': root },
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);
    const sandbox: { output?: string } = {};
    runInNewContext(code, sandbox, { timeout: 5000 });
    expect(typeof (sandbox as Record<string, unknown>).process).toBe('undefined');
    expect(sandbox.output).toContain('  - `src/a.c:1` `x = (short)y;` — cast');
    expect(sandbox.output).toContain('[Case](https://x.example/cases/s#l)');
  });
});
