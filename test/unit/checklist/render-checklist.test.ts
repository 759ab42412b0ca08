import { describe, expect, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { renderChecklist } from '@/lib/checklist/render-checklist';
import type { ChecklistJson } from '@/lib/checklist/to-json';
import { loadFixtureCorpus, SITE } from './fixture-corpus';

const checklist = deriveChecklist(await loadFixtureCorpus());
const render = (request: Parameters<typeof renderChecklist>[1]) =>
  renderChecklist(checklist, request, { siteUrl: SITE, defaultFormat: 'json' });

function json(body: string): ChecklistJson {
  return JSON.parse(body);
}

describe('renderChecklist', () => {
  it('answers JSON by default, grouped like the page, with absolute lesson links', () => {
    const result = render({ tag: ['counters'] });
    if (!result.ok) throw new Error(result.error);
    expect(result.contentType).toBe('application/json; charset=utf-8');
    const data = json(result.body);
    expect(data.filter).toEqual({ phase: [], cause: [], tag: ['counters'] });
    expect(data.count).toBe(2);
    expect(data.phases.map((p) => p.phase)).toEqual(['implementation', 'testing']);
    expect(data.phases[1]?.categories[0]?.items[0]).toMatchObject({
      question: 'Can this counter overflow?',
      phases: ['testing', 'design'],
      seenIn: [
        { case: 'Exchange 83', slug: 'exchange-1983', lesson: 'counter-overflow-test', url: `${SITE}/cases/exchange-1983#counter-overflow-test` },
        { case: 'Plane 2015', slug: 'plane-2015', lesson: 'size-counters', url: `${SITE}/cases/plane-2015#size-counters` },
      ],
    });
  });

  it('answers Markdown when asked, with its content type', () => {
    const result = render({ format: ['md'], phase: ['deployment'] });
    expect(result).toMatchObject({ ok: true, format: 'md', contentType: 'text/markdown; charset=utf-8' });
    expect(result.ok && result.body).toContain('- [ ] Is the rollout staged? ([Plane 2015](');
  });

  it('rejects an unknown or a second format, listing the valid ones', () => {
    expect(render({ format: ['html'] })).toEqual({ ok: false, error: 'unknown format "html"; valid formats: md, json', valid: ['md', 'json'] });
    expect(render({ format: ['md', 'json'] })).toMatchObject({ ok: false, error: 'give one format, not "md", "json"; valid formats: md, json' });
  });

  it('rejects an unknown filter value, listing the valid ones', () => {
    expect(render({ format: ['md'], cause: ['cosmic-rays'] })).toMatchObject({
      ok: false,
      valid: ['numeric-overflow', 'testing-gap', 'deployment-error'],
    });
  });
});
