import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formatJson } from '@/lib/review/format/json';
import { formatMarkdown, MAX_PLACES_PER_LESSON } from '@/lib/review/format/markdown';
import { codeSpan } from '@/lib/review/format/markdown-safe';
import { formatSarif } from '@/lib/review/format/sarif';
import { reviewDiff, type TriggerSet } from '@/lib/review/review-diff';

const triggers: TriggerSet = {
  version: 1,
  lessons: [
    {
      lesson: { slug: 'ariane-5', caseTitle: 'Ariane 5 Flight 501', lessonId: 'guard-narrowing', text: 'Guard every narrowing conversion.', check: 'Is every narrowing conversion range-checked?' },
      triggers: [{ id: 'short-cast', summary: 'cast to short', pattern: '\\(short\\)' }],
    },
    {
      lesson: { slug: 'patriot', caseTitle: 'Patriot at Dhahran', lessonId: 'integer-time', text: 'Keep time in integer ticks.', check: 'Is time kept in integer ticks?' },
      triggers: [{ id: 'float-tick', summary: 'decimal added to a total', pattern: '\\+= 0\\.1' }],
    },
  ],
};

const diff = (file: string, lines: string[]) =>
  [`diff --git a/${file} b/${file}`, `--- a/${file}`, `+++ b/${file}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');

const SITE = 'https://lessons.example';

describe('formatMarkdown', () => {
  it('lists each triggered lesson as a task with its check, precedent link, file:line and trigger summary', () => {
    const result = reviewDiff(`${diff('src/nav.c', ['int x;', 'h = (short) v;'])}\n${diff('clock.py', ['t += 0.1'])}`, triggers);
    expect(formatMarkdown(result, { siteUrl: `${SITE}/` })).toBe(
      [
        '### Lessons from Failure: 2 lessons from 2 past failures may apply to this change',
        '',
        'Reviewed 2 changed files, 3 added lines. Each item is a lesson from a real failure that this change resembles: answer its question, then tick it.',
        '',
        '- [ ] **Keep time in integer ticks.** Is time kept in integer ticks?',
        `  Precedent: [Patriot at Dhahran](${SITE}/cases/patriot#integer-time)`,
        '  - `clock.py:1` `t += 0.1` — decimal added to a total',
        '- [ ] **Guard every narrowing conversion.** Is every narrowing conversion range-checked?',
        `  Precedent: [Ariane 5 Flight 501](${SITE}/cases/ariane-5#guard-narrowing)`,
        '  - `src/nav.c:2` `h = (short) v;` — cast to short',
        '',
      ].join('\n'),
    );
  });

  it('says so calmly in one line when nothing matched', () => {
    expect(formatMarkdown(reviewDiff(diff('a.c', ['int x;']), triggers))).toBe(
      'No lesson from Lessons from Failure applies to this change (1 changed file, 1 added line reviewed).\n',
    );
  });

  it('cannot be made to render markup, links or @-mentions by a hostile file name or line of code', () => {
    const file = 'x`<img src=x onerror=alert(1)>` @octocat [a](http://evil).c';
    const code = '(short)x; // ``` </details><script>alert(1)</script> @everyone **bold**\u0007\r';
    const markdown = formatMarkdown(reviewDiff(diff(file, [code]), triggers));
    const place = markdown.split('\n').find((line) => line.startsWith('  - '));
    // Each piece from the diff sits in a code span whose fence is longer than any backtick run inside it.
    expect(place).toBe(
      '  - ``x`<img src=x onerror=alert(1)>` @octocat [a](http://evil).c:1`` ' +
        '````(short)x; // ``` </details><script>alert(1)</script> @everyone **bold**\uFFFD```` — cast to short',
    );
    // And a real GFM parser agrees: outside code spans there is only our own text, no HTML, no link, no "@".
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
    const outsideCode: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'html' || (node.type === 'link' && !node.url.startsWith('http://localhost'))) outsideCode.push(`${node.type}!`);
      if (node.type === 'text') outsideCode.push(node.value);
    });
    expect(outsideCode.filter((text) => /[@<]|!$/.test(text))).toEqual([]);
    expect(JSON.stringify(tree)).toContain('"type":"inlineCode","value":"(short)x; // ``` </details><script>alert(1)</script> @everyone **bold**\uFFFD"');
  });

  it('keeps code spans closed whatever the backticks, and caps their length', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
    expect(codeSpan('line\nbreak')).toBe('`line\uFFFDbreak`');
    expect(codeSpan('int\tx = 1;')).toBe('`int x = 1;`');
    expect(codeSpan('x'.repeat(500)).length).toBeLessThan(170);
    expect(codeSpan('   ')).toBe('(blank)');
  });

  it(`lists at most ${MAX_PLACES_PER_LESSON} places per lesson and counts the rest`, () => {
    const markdown = formatMarkdown(reviewDiff(diff('a.c', Array.from({ length: 13 }, () => '(short)x;')), triggers));
    expect(markdown.match(/`a\.c:\d+`/g)).toHaveLength(MAX_PLACES_PER_LESSON);
    expect(markdown).toContain('  - and 3 more places\n');
  });
});

describe('formatJson', () => {
  it('has the documented, stable shape', () => {
    const json: unknown = JSON.parse(formatJson(reviewDiff(diff('a.c', ['(short)x;']), triggers), { siteUrl: SITE }));
    expect(json).toEqual({
      version: 1,
      filesChanged: 1,
      linesAdded: 1,
      warnings: [],
      findings: [
        {
          slug: 'ariane-5',
          caseTitle: 'Ariane 5 Flight 501',
          lessonId: 'guard-narrowing',
          text: 'Guard every narrowing conversion.',
          check: 'Is every narrowing conversion range-checked?',
          url: `${SITE}/cases/ariane-5#guard-narrowing`,
          matches: [{ file: 'a.c', line: 1, column: 1, triggerId: 'short-cast', triggerSummary: 'cast to short', code: '(short)x;' }],
        },
      ],
    });
  });
});

/** The vendored SARIF 2.1.0 schema, as in test/unit/lint/sarif.test.ts. */
function validator() {
  const schema: unknown = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/sarif/sarif-2.1.0.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  if (typeof schema !== 'object' || schema === null) throw new Error('schema is not an object');
  return ajv.compile(schema);
}

describe('formatSarif', () => {
  const result = reviewDiff(`${diff('src/my file#1.c', ['int a;', '  y = (short)x;'])}\n${diff('clock.py', ['t += 0.1'])}`, triggers);

  it('is valid against the SARIF 2.1.0 schema, and the validator rejects a broken log', () => {
    const validate = validator();
    const sarif = formatSarif(result, triggers, '0.1.0', { siteUrl: SITE });
    expect(validate(JSON.parse(sarif)) ? [] : validate.errors).toEqual([]);
    expect(validate(JSON.parse(sarif.replace('"startLine": 2', '"startLine": 0')))).toBe(false);
  });

  it('has one rule per lesson with triggers and puts each result on its exact file, line and column', () => {
    expect(JSON.parse(formatSarif(result, triggers, '0.1.0', { siteUrl: SITE }))).toMatchObject({
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'lessons-review',
              rules: [
                { id: 'ariane-5/guard-narrowing', helpUri: `${SITE}/cases/ariane-5#guard-narrowing` },
                { id: 'patriot/integer-time', helpUri: `${SITE}/cases/patriot#integer-time` },
              ],
            },
          },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'patriot/integer-time',
              ruleIndex: 1,
              level: 'note',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'clock.py' }, region: { startLine: 1, startColumn: 3 } } }],
            },
            {
              ruleId: 'ariane-5/guard-narrowing',
              ruleIndex: 0,
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/my%20file%231.c' }, region: { startLine: 2, startColumn: 7 } } }],
            },
          ],
        },
      ],
    });
  });
});
