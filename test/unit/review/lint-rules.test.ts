import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFieldPath } from '@/lib/content/diagnostic';
import { parseCase } from '@/lib/content/parse-case';
import { RULES } from '@/lib/lint/registry';
import { triggerExamples } from '@/lib/lint/rules/trigger-examples';
import { globProblem, triggerGlob } from '@/lib/lint/rules/trigger-glob';
import { triggerRegexSafety } from '@/lib/lint/rules/trigger-regex-safety';
import type { Where } from '@/lib/lint/types';
import { brief, CURRENT_YEAR, LINT_FIXTURES, lintOne } from '../lint/fixtures';

const ENGINE_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/review-engine/lint');
const lintFile = (file: string) => lintOne(readFileSync(file, 'utf8'), { slug: 'bad' });

const TRIGGER_RULES = { 'trigger-examples': triggerExamples, 'trigger-regex-safety': triggerRegexSafety, 'trigger-glob': triggerGlob };

/**
 * Runs one trigger rule on a case file the way lint-file.ts does (positions from the loader's located front
 * matter), so these tests hold before and after the rules join RULE_IDS.
 */
function runRule(rule: (typeof TRIGGER_RULES)[keyof typeof TRIGGER_RULES], file: string) {
  const parsed = parseCase({ file: 'bad.mdx', slug: 'bad', source: readFileSync(file, 'utf8'), categoryIds: undefined });
  if (!parsed.ok) throw new Error(`${file} does not load: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  const found: { at: string; field: string; message: string }[] = [];
  const report = (where: Where, message: string) => {
    if (!('field' in where)) throw new Error('trigger rules report at fields');
    const { line, column } = parsed.caseStudy.locate(where.field, { at: where.at });
    found.push({ at: `bad.mdx:${line}:${column}`, field: formatFieldPath(where.field), message });
  };
  rule.checkCase?.(parsed.caseStudy, report, { categories: undefined, currentYear: CURRENT_YEAR });
  return found;
}

/**
 * The same contract as test/unit/lint/rule-fixtures.test.ts for the trigger rules: bad.mdx breaks the rule once,
 * at this file:line:col, and good.mdx passes every rule.
 */
const EXPECTED = {
  'trigger-examples': {
    at: 'bad.mdx:35:42',
    field: 'lessons[0].triggers[0].examples.match[1]',
    says: 'does not raise trigger "narrow-counter"; pattern does not match its last line',
  },
  'trigger-regex-safety': { at: 'bad.mdx:32:18', field: 'lessons[0].triggers[0].pattern', says: 'may backtrack catastrophically' },
  'trigger-glob': {
    at: 'bad.mdx:31:31',
    field: 'lessons[0].triggers[0].files[1]',
    says: `glob "scripts/*.py" matches only .py files, none of which is in the trigger's languages (c)`,
  },
} as const;

describe.each(Object.entries(EXPECTED))('rule %s', (id, expected) => {
  const rule = TRIGGER_RULES[id as keyof typeof TRIGGER_RULES];

  it(`reports bad.mdx once, at ${expected.at}, naming the field`, () => {
    const found = runRule(rule, path.join(LINT_FIXTURES, id, 'bad.mdx'));
    expect(found.map(({ at, field }) => `${at} ${field}`)).toEqual([`${expected.at} ${expected.field}`]);
    expect(found[0]?.message).toContain(expected.says);
    // And no other rule (of those registered, and the trigger rules) minds the file.
    const others = Object.values(TRIGGER_RULES).filter((other) => other !== rule);
    expect(others.flatMap((other) => runRule(other, path.join(LINT_FIXTURES, id, 'bad.mdx')))).toEqual([]);
    expect(lintFile(path.join(LINT_FIXTURES, id, 'bad.mdx')).filter((d) => d.ruleId !== id).map(brief)).toEqual([]);
  });

  it('passes good.mdx', () => {
    const good = path.join(LINT_FIXTURES, id, 'good.mdx');
    expect(lintFile(good).map(brief)).toEqual([]);
    expect(Object.values(TRIGGER_RULES).flatMap((any) => runRule(any, good))).toEqual([]);
  });

  it('is an error, with the severity the rule declares once registered', () => {
    expect(rule.severity).toBe('error');
    const registered = RULES.find((candidate) => candidate.id === id);
    if (registered) expect(registered).toBe(rule);
  });
});

describe('trigger checks outside the trigger rules', () => {
  it('the loader reports an invalid regex as a schema error with the field path and the JS error', () => {
    const [diagnostic, ...rest] = lintFile(path.join(ENGINE_FIXTURES, 'invalid-regex.mdx'));
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ ruleId: 'schema', line: 32, column: 18, field: 'lessons[0].triggers[0].pattern' });
    expect(diagnostic?.message).toBe('is not a valid regular expression: Invalid regular expression: /\\buint16_t\\s+(\\w*(?:tick|count)/: Unterminated group');
  });

  it('duplicate-id reports a trigger id used twice in one lesson', () => {
    const diagnostics = lintFile(path.join(ENGINE_FIXTURES, 'duplicate-trigger-id.mdx'));
    expect(diagnostics.map(brief)).toEqual(['bad.mdx:37:13 duplicate-id']);
    expect(diagnostics[0]?.message).toBe('duplicate trigger id "narrow-counter" in lesson "size-counters-for-lifetime"');
  });
});

describe('globProblem', () => {
  it('accepts globs that can match a file of the languages', () => {
    for (const glob of ['*.c', 'src/**', 'src/**/*.{c,h}', '**/*.C', 'firmware/*', 'Makefile']) {
      expect([glob, globProblem(glob, glob === 'Makefile' ? undefined : ['c'])]).toEqual([glob, undefined]);
    }
  });

  it('names why a glob can never match', () => {
    expect(globProblem('/src/*.c', undefined)).toMatch(/absolute/);
    expect(globProblem('./src/*.c', undefined)).toMatch(/"\.\/"/);
    expect(globProblem('src\\*.c', undefined)).toMatch(/"\/"/);
    expect(globProblem('src/', undefined)).toMatch(/folder/);
    expect(globProblem('src/*.{c,h', undefined)).toBe('has an unbalanced "{…}"');
    expect(globProblem('**/*.{py,rb}', ['c', 'cpp'])).toBe("matches only .py, .rb files, none of which is in the trigger's languages (c, cpp)");
  });
});
