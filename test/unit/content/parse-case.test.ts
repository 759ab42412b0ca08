import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '@/lib/content/diagnostic';
import { parseCase, type ParseCaseResult } from '@/lib/content/parse-case';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/content');
const categoryIds = new Set(['numeric-overflow', 'testing-gap']);

function parseFixture(relative: string): ParseCaseResult {
  const file = path.join(fixtures, relative);
  return parseCase({ file: relative, slug: path.basename(file, '.mdx'), source: readFileSync(file, 'utf8'), categoryIds });
}

function diagnosticsOf(relative: string): string[] {
  const result = parseFixture(relative);
  if (result.ok) throw new Error(`${relative} was expected to fail but parsed cleanly`);
  return result.diagnostics.map(formatDiagnostic);
}

describe('parseCase on a valid case', () => {
  it('returns the validated front matter with defaults applied', () => {
    const result = parseFixture('good/cases/counter-wrap.mdx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { frontmatter, slug } = result.caseStudy;
    expect(slug).toBe('counter-wrap');
    expect(frontmatter.title).toBe('The Counter That Wrapped');
    expect(frontmatter.date).toBe('2001-02-03');
    expect(frontmatter.causes.map((cause) => cause.role)).toEqual(['root', 'contributing']);
    expect(frontmatter.lessons[1]?.tags).toEqual([]);
    expect(frontmatter.sources[1]?.primary).toBe(false);
  });

  it('keeps body line numbers equal to file line numbers', () => {
    const result = parseFixture('good/cases/counter-wrap.mdx');
    if (!result.ok) throw new Error('expected ok');
    const heading = result.caseStudy.tree.children.find((node) => node.type === 'heading');
    expect(heading?.position?.start.line).toBe(40);
  });
});

describe('parseCase reports each problem at file:line:col with its field', () => {
  it.each([
    ['bad-date', 'bad-date.mdx:3:7 date: must be a real date written YYYY-MM-DD'],
    [
      'unknown-category',
      'unknown-category.mdx:17:15 causes[1].category: unknown cause category "cosmic-rays"; known categories: numeric-overflow, testing-gap',
    ],
    [
      'missing-cause-reference',
      'missing-cause-reference.mdx:31:32 lessons[1].causes[1]: lesson cites cause "counter-overfow", which this case does not define; its causes are: counter-overflow, no-long-run-test',
    ],
    [
      'malformed-yaml',
      'malformed-yaml.mdx:16:3 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['missing-field', 'missing-field.mdx:2:1 system: is required'],
    ['unknown-field', 'unknown-field.mdx:8:1 severity: unknown field "severity"'],
    ['bad-role', 'bad-role.mdx:18:11 causes[1].role: Invalid option: expected one of "root"|"contributing"|"trigger"'],
    ['check-not-question', 'check-not-question.mdx:29:12 lessons[1].check: must be a yes/no question ending in "?"'],
    ['duplicate-lesson-id', 'duplicate-lesson-id.mdx:27:9 lessons[1].id: duplicate lesson id "size-counters-for-lifetime"'],
    ['no-primary-source', 'no-primary-source.mdx:35:1 sources: at least one source must be marked primary: true'],
    ['unclosed-front-matter', 'unclosed-front-matter.mdx:1:1 front matter is not closed: add a line "---" after the YAML'],
  ])('%s', (name, expected) => {
    expect(diagnosticsOf(`bad/${name}.mdx`)).toEqual([expected.replace(/^/, 'bad/')]);
  });
});

describe('parseCase rejects MDX that could run code or inject markup', () => {
  it.each([
    ['import-statement', 'bad/import-statement.mdx:40:1 import/export is not allowed'],
    ['script-tag', 'bad/script-tag.mdx:44:1 <script> is not allowed; allowed components are <Callout>, <Reconstruction>'],
    ['expression', 'bad/expression.mdx:42:23 JavaScript expressions in braces are not allowed'],
    ['javascript-url', 'bad/javascript-url.mdx:42:40 URL "javascript:alert(1)" is not allowed'],
    ['unknown-component', 'bad/unknown-component.mdx:44:1 <Banner> is not allowed'],
    ['bad-callout-kind', 'bad/bad-callout-kind.mdx:44:1 <Callout> attribute "kind" Invalid option: expected one of "note"|"myth"|"warning"'],
    ['mdx-syntax-error', 'bad/mdx-syntax-error.mdx:42:41 MDX syntax error: Unexpected character'],
  ])('%s', (name, expectedStart) => {
    const diagnostics = diagnosticsOf(`bad/${name}.mdx`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(new RegExp(`^${escapeRegExp(expectedStart)}`));
  });
});

describe('parseCase reports every problem in a file, not only the first', () => {
  it('lists front-matter and body problems together', () => {
    const source = readFileSync(path.join(fixtures, 'bad/bad-date.mdx'), 'utf8').replace(
      'A *fictional* counter wrapped.',
      '<script>alert(1)</script>',
    );
    const result = parseCase({ file: 'x.mdx', slug: 'x', source, categoryIds });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.line, d.field ?? d.message.slice(0, 8)])).toEqual([
      [3, 'date'],
      [42, '<script>'],
    ]);
  });

  it('rejects a file name that is not a kebab-case slug', () => {
    const source = readFileSync(path.join(fixtures, 'good/cases/counter-wrap.mdx'), 'utf8');
    const result = parseCase({ file: 'Counter Wrap.mdx', slug: 'Counter Wrap', source, categoryIds });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]?.message).toContain('must be a kebab-case slug');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
