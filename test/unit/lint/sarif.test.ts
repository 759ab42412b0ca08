import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { formatSarif } from '@/lib/lint/format/sarif';
import { RULES } from '@/lib/lint/registry';
import type { LintRun } from '@/lib/lint/run-lint';
import { baseCase, lintOne } from './fixtures';

/**
 * The SARIF 2.1.0 JSON schema as shipped in the @microsoft/sarif-multitool-linux 5.7.0 npm package (MIT), the
 * official SARIF SDK's validator; see test/fixtures/sarif/README.md.
 */
const schema: unknown = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sarif/sarif-2.1.0.json'), 'utf8'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // The formats the schema uses, checked for real rather than ignored.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  if (typeof schema !== 'object' || schema === null) throw new Error('schema is not an object');
  return ajv.compile(schema);
}

/** A run with an error, a warning with a fix, and a file name that needs encoding. */
function sampleRun(): LintRun {
  const source = baseCase()
    .replace('date: 2001-02-03', 'date: 2001-02-30')
    .replace('  fatalities: 0\n', '  fatalities: 0  \n');
  const diagnostics = lintOne(source, { slug: 'counter wrap' }).map((d) => ({ ...d, file: `content/cases/${d.file}` }));
  return { diagnostics, fileCount: 2, fixed: [] };
}

describe('--format sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    const log: unknown = JSON.parse(formatSarif(sampleRun(), '0.1.0'));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('the validator does reject a broken log', () => {
    const validate = validator();
    const log: unknown = JSON.parse(formatSarif(sampleRun(), '0.1.0').replace('"startLine": 3', '"startLine": 0'));
    expect(validate(log)).toBe(false);
  });

  it('lists every rule and points each result at a relative path, line and column', () => {
    const log: unknown = JSON.parse(formatSarif(sampleRun(), '0.1.0'));
    expect(log).toMatchObject({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'lessons-lint', rules: RULES.map((rule) => expect.objectContaining({ id: rule.id })) } },
          columnKind: 'utf16CodeUnits',
          results: expect.arrayContaining([
            expect.objectContaining({
              ruleId: 'schema',
              level: 'error',
              message: { text: 'date: must be a real date written YYYY-MM-DD' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'content/cases/counter%20wrap.mdx', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 3, startColumn: 7 },
                  },
                },
              ],
            }),
            expect.objectContaining({ ruleId: 'trailing-whitespace', level: 'warning', fixes: [expect.objectContaining({ artifactChanges: expect.any(Array) })] }),
          ]),
        },
      ],
    });
  });
});
