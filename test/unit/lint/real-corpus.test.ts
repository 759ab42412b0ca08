import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLint } from '@/lib/lint/run-lint';

const root = path.resolve(import.meta.dirname, '../../..');

const run = await runLint({ cwd: root, paths: ['content'], settings: new Map() });

describe('lessons lint on the real knowledge base (content/)', () => {
  it('finds no errors in any case or in the taxonomy', () => {
    const errors = run.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(run.fileCount).toBeGreaterThanOrEqual(14);
  });

  it('warns only about http sources, which many historical archives still are', () => {
    const warnings = run.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
    expect(warnings.filter((warning) => !warning.endsWith(' https-source'))).toEqual([]);
  });
});
