import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRules } from '@/lib/lint/format/rules';

describe('the README', () => {
  it('shows the rules table exactly as `lessons lint --list-rules --format markdown` prints it', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    expect(readme).toContain(formatRules('markdown'));
  });
});
