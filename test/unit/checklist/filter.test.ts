import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { filterItems, NO_FILTER, sanitizeFilter, validateFilter, type ChecklistFilter } from '@/lib/checklist/filter';
import { groupChecklist } from '@/lib/checklist/group-checklist';
import { loadFixtureCorpus } from './fixture-corpus';

const checklist = deriveChecklist(await loadFixtureCorpus());
const filter = (partial: Partial<ChecklistFilter>): ChecklistFilter => ({ ...NO_FILTER, ...partial });
const questions = (f: ChecklistFilter) => filterItems(checklist, f).map((item) => item.question);

describe('filtering', () => {
  it('selects everything without a filter', () => {
    expect(filterItems(checklist, NO_FILTER)).toHaveLength(checklist.items.length);
  });

  it('matches a merged item on any of its lessons’ phases, categories and tags', () => {
    expect(questions(filter({ phase: ['design'] }))).toEqual(['Can this counter overflow?']);
    expect(questions(filter({ tag: ['overflow'] }))).toEqual([
      'Does every narrowing conversion in this change have an explicit range check?',
    ]);
  });

  it('accepts any of several values of one key, and requires every key', () => {
    expect(questions(filter({ phase: ['design', 'deployment'] }))).toEqual(['Can this counter overflow?', 'Is the rollout staged?']);
    expect(questions(filter({ phase: ['implementation'], tag: ['counters'] }))).toEqual(['Can this counter underflow?']);
    expect(questions(filter({ phase: ['deployment'], cause: ['numeric-overflow'] }))).toEqual([]);
  });
});

describe('validateFilter', () => {
  it('names the unknown value and lists the valid ones', () => {
    expect(validateFilter(checklist, { phase: ['desing'] })).toEqual({
      ok: false,
      error: 'unknown phase "desing"; valid phases: design, implementation, testing, review, deployment, operations',
      valid: ['design', 'implementation', 'testing', 'review', 'deployment', 'operations'],
    });
    expect(validateFilter(checklist, { cause: ['cosmic-rays'] })).toMatchObject({
      ok: false,
      error: 'unknown cause category "cosmic-rays"; valid cause categories: numeric-overflow, testing-gap, deployment-error',
    });
    expect(validateFilter(checklist, { tag: ['nope'] })).toMatchObject({ ok: false, valid: checklist.tags });
  });

  it('ignores empty values and repeats', () => {
    expect(validateFilter(checklist, { phase: ['', 'testing', 'testing'], tag: [] })).toEqual({
      ok: true,
      filter: filter({ phase: ['testing'] }),
    });
  });

  it('has a lenient twin for links: unknown values are dropped', () => {
    expect(sanitizeFilter(checklist, { phase: ['testing', 'nope'], cause: ['x'] })).toEqual(filter({ phase: ['testing'] }));
  });
});

describe('groupChecklist', () => {
  it('groups by phase in review order, then by cause category in taxonomy order', () => {
    const groups = groupChecklist(checklist, NO_FILTER);
    expect(groups.map((g) => [g.label, g.categories.map((c) => [c.label, c.items.length])])).toEqual([
      ['Implementation', [['Numeric overflow', 2]]],
      ['Testing', [['Testing gap', 2]]],
      ['Deployment', [['Faulty deployment', 1]]],
    ]);
  });

  it('lists a merged item under the phase and category the filter asked for', () => {
    const groups = groupChecklist(checklist, filter({ phase: ['design'], cause: ['numeric-overflow'] }));
    expect(groups.map((g) => [g.phase, g.categories.map((c) => c.id)])).toEqual([['design', ['numeric-overflow']]]);
  });

  it('gives no groups when nothing matches', () => {
    expect(groupChecklist(checklist, filter({ tag: ['rollout'], phase: ['design'] }))).toEqual([]);
  });
});
