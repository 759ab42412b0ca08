import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_PARAMETER_LENGTH } from '@/lib/checklist/checklist-url';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { filterOptions } from '@/lib/checklist/filter';
import { loadRealCorpus } from '../../support/real-corpus';
import { call, errorOf, hostileQueryString, type Answer } from './hostile-query';

// The route's modules guard against bundling into the browser; in a test the guard has nothing to guard.
vi.mock('server-only', () => ({}));
const { GET } = await import('@/app/api/checklist/route');

const options = filterOptions(deriveChecklist(await loadRealCorpus()));
const KEYS = ['phase', 'cause', 'tag', 'format'];
const VALID = ['md', 'json', '', ...options.phase, ...options.cause, ...options.tag.slice(0, 10)];
const checklist = (query: string) => call(GET, `http://localhost/api/checklist?${query}`);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The bounds: an error is at most 16 kB (it lists the valid values of one key), and a selection is never larger
 * than the whole checklist in the same format plus 16 kB (the echoed filter names at most every known value).
 */
const MAX_ERROR_BYTES = 16 * 1024;
const MAX_ECHO_BYTES = 16 * 1024;
const whole = { json: 0, md: 0 };

function expectWellFormed(answer: Answer): void {
  expect([200, 400]).toContain(answer.status);
  if (answer.status === 400) {
    expect(answer.contentType).toMatch(/^application\/json\b/);
    expect(typeof errorOf(answer.body)).toBe('string');
    expect(bytes(answer.body)).toBeLessThanOrEqual(MAX_ERROR_BYTES);
    return;
  }
  const format = answer.contentType.startsWith('text/markdown') ? 'md' : 'json';
  if (format === 'json') {
    expect(answer.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(answer.body)).toEqual(expect.objectContaining({ count: expect.any(Number) }));
  } else {
    expect(answer.contentType).toBe('text/markdown; charset=utf-8');
  }
  expect(bytes(answer.body)).toBeLessThanOrEqual(whole[format] + MAX_ECHO_BYTES);
}

beforeAll(async () => {
  whole.json = bytes((await checklist('format=json')).body);
  whole.md = bytes((await checklist('format=md')).body);
}, 120_000);

describe('GET /api/checklist on hostile input', () => {
  it('answers any query string with 200 or a 400 JSON error, within the size bounds', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQueryString(KEYS, VALID), async (query) => expectWellFormed(await checklist(query))),
      { numRuns: 300 },
    );
  }, 60_000);

  it.each([
    ['two formats', 'format=md&format=json', 400],
    ['the same format twice', 'format=md&format=md', 200],
    ['invalid UTF-8 as a tag', 'tag=%ff%E0%A4%', 400],
    ['a lone surrogate as a phase', 'phase=%ED%A0%80', 400],
    ['an unknown parameter', 'format=md&callback=alert', 200],
    ['markup as a cause', `cause=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 400],
  ])('%s → %i', async (_, query, status) => {
    const answer = await checklist(query);
    expectWellFormed(answer);
    expect(answer.status).toBe(status);
  });

  it.each(['tag', 'cause', 'phase', 'format'])('refuses a 100 kB %s without quoting it back', async (key) => {
    const answer = await checklist(`${key}=${'x'.repeat(100_000)}`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: `${key} must be at most 100 characters`, parameter: key });
  });

  it('never refuses a real value for its length', () => {
    const longest = Math.max(...[...options.phase, ...options.cause, ...options.tag].map((value) => value.length));
    expect(longest).toBeLessThanOrEqual(MAX_PARAMETER_LENGTH / 2);
  });
});
