import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/lint/registry';
import type { RuleId } from '@/lib/lint/rule-ids';
import { brief, LINT_FIXTURES, lintOne, othersFor } from './fixtures';

/**
 * For every rule, test/fixtures/lint/<rule>/bad.mdx breaks that rule once and nothing else, at exactly this
 * file:line:col; good.mdx is the nearest file that passes every rule. The Record type makes a new rule without an
 * entry here a compile error.
 */
const EXPECTED: Record<RuleId, { at: string; says: string }> = {
  syntax: { at: 'bad.mdx:35:3', says: 'invalid YAML: Flow map in block collection must be sufficiently indented' },
  schema: { at: 'bad.mdx:3:7', says: 'must be a real date written YYYY-MM-DD' },
  'unknown-category': { at: 'bad.mdx:17:15', says: 'unknown cause category "cosmic-rays"; known categories: numeric-overflow' },
  'duplicate-id': { at: 'bad.mdx:16:9', says: 'duplicate cause id "counter-overflow"' },
  'missing-cause-reference': { at: 'bad.mdx:31:14', says: 'lesson cites cause "no-long-run-tests", which this case does not define' },
  'root-cause-without-lesson': { at: 'bad.mdx:12:9', says: 'root cause "counter-overflow" has no lesson; add a lesson with causes: [counter-overflow]' },
  'unused-cause': { at: 'bad.mdx:16:9', says: 'no lesson cites contributing cause "no-long-run-test"' },
  'lesson-imperative': { at: 'bad.mdx:22:11', says: 'starts with "Developers" instead of a verb' },
  'check-question': { at: 'bad.mdx:23:12', says: 'must be a yes/no question ending in "?"' },
  'check-yes-no': { at: 'bad.mdx:23:12', says: 'is an open question ("How …"); ask one a reviewer can answer yes or no' },
  'vague-wording': { at: 'bad.mdx:28:36', says: 'says "properly"' },
  'lesson-length': { at: 'bad.mdx:28:11', says: 'has 2 words; say what to do, to what, in at least 6' },
  'near-duplicate-lesson': {
    at: 'bad.mdx:34:11',
    says: 'lesson "count-time-in-ticks" says the same as lesson "keep-time-in-integer-ticks" at others/clock-drift.mdx:22:11 (91% the same words)',
  },
  'tag-order': { at: 'bad.mdx:26:12', says: 'tags of lesson "size-counters-for-lifetime" are not in alphabetical order; expected [counters, numeric]' },
  'primary-source': { at: 'bad.mdx:36:1', says: 'at least one source must be marked primary: true' },
  'https-source': { at: 'bad.mdx:38:51', says: 'source "Fixture commentary" links over http' },
  'source-year': { at: 'bad.mdx:38:40', says: 'is dated 1992, before the failure (2001-02-03)' },
  'human-error-root': { at: 'bad.mdx:19:14', says: 'root cause "operator-reset" blames human error and the case has no contributing cause' },
  'mdx-safety': { at: 'bad.mdx:49:28', says: '<span> is not allowed' },
  'heading-levels': { at: 'bad.mdx:47:1', says: 'heading "The fix" jumps from level 2 to 4; make it ###' },
  'image-alt': { at: 'bad.mdx:45:1', says: 'image has no alt text' },
  'trailing-whitespace': { at: 'bad.mdx:9:16', says: 'line ends in whitespace' },
  'trigger-examples': { at: 'bad.mdx:35:42', says: 'does not raise trigger "narrow-counter"; pattern does not match its last line' },
  'trigger-regex-safety': { at: 'bad.mdx:32:18', says: 'may backtrack catastrophically' },
  'trigger-glob': { at: 'bad.mdx:31:31', says: 'glob "scripts/*.py" matches only .py files, none of which is in the trigger\'s languages (c)' },
  'unused-disable': { at: 'bad.mdx:47:1', says: 'lessons-disable-next-line image-alt silences nothing on the next line' },
};

function lintFixture(rule: RuleId, name: 'bad' | 'good') {
  const source = readFileSync(path.join(LINT_FIXTURES, rule, `${name}.mdx`), 'utf8');
  return lintOne(source, { slug: name, others: othersFor(rule) });
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id) => {
  it('has a bad and a good fixture', () => {
    expect(existsSync(path.join(LINT_FIXTURES, id, 'bad.mdx'))).toBe(true);
    expect(existsSync(path.join(LINT_FIXTURES, id, 'good.mdx'))).toBe(true);
  });

  it(`reports bad.mdx once, at ${EXPECTED[id].at}`, () => {
    const diagnostics = lintFixture(id, 'bad');
    expect(diagnostics.map(brief)).toEqual([`${EXPECTED[id].at} ${id}`]);
    expect(diagnostics[0]?.message).toContain(EXPECTED[id].says);
  });

  it('passes good.mdx', () => {
    expect(lintFixture(id, 'good').map(brief)).toEqual([]);
  });
});
