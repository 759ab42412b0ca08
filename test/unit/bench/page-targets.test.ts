import { describe, expect, it } from 'vitest';
import { hostTooSlow, judgePageScores, medianRun, offOriginRequests, type PageScores } from '@/bench/support/page-targets';

const good: PageScores = {
  page: '/checklist',
  performance: 97,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpMs: 1500,
  tbtMs: 50,
  cls: 0,
};

describe('judgePageScores', () => {
  it('passes at 95 for performance and accessibility', () => {
    expect(judgePageScores({ ...good, performance: 95, accessibility: 95 }).pass).toBe(true);
  });

  it('fails below 95, naming each category that fell short', () => {
    expect(judgePageScores({ ...good, performance: 86, accessibility: 94 })).toMatchObject({
      subject: '/checklist',
      pass: false,
      detail: 'performance 86 < 95; accessibility 94 < 95',
    });
  });

  it('fails a category Lighthouse could not score rather than treating it as good', () => {
    expect(judgePageScores({ ...good, performance: null })).toMatchObject({ pass: false, detail: 'performance not measured' });
  });

  it('ignores best practices and SEO, which have no target', () => {
    expect(judgePageScores({ ...good, bestPractices: 50, seo: 40 }).pass).toBe(true);
  });
});

describe('offOriginRequests', () => {
  const origin = 'http://127.0.0.1:4000';

  it('keeps only requests that leave the site, not data: or blob: URLs', () => {
    expect(
      offOriginRequests(
        [`${origin}/`, `${origin}/_next/static/a.js`, 'data:image/svg+xml,<svg/>', 'blob:http://127.0.0.1:4000/x', 'https://fonts.gstatic.com/a.woff2'],
        origin,
      ),
    ).toEqual(['https://fonts.gstatic.com/a.woff2']);
  });

  it('does not mistake another port, or a host that merely starts with the same text, for the site', () => {
    expect(offOriginRequests(['http://127.0.0.1:40000/', 'http://127.0.0.1:4000.evil.test/'], origin)).toEqual([
      'http://127.0.0.1:40000/',
      'http://127.0.0.1:4000.evil.test/',
    ]);
  });
});

describe('hostTooSlow', () => {
  it("flags a run at or below Lighthouse's slow-host benchmark index of 1000, not one above or unknown", () => {
    expect(hostTooSlow(231)).toBe(true);
    expect(hostTooSlow(1000)).toBe(true);
    expect(hostTooSlow(1676)).toBe(false);
    expect(hostTooSlow(null)).toBe(false);
  });
});

describe('medianRun', () => {
  const run = (performance: number | null, id: string) => ({ id, scores: { performance } });

  it('keeps the run with the middle performance score, whatever the order', () => {
    expect(medianRun([run(66, 'a'), run(98, 'b'), run(91, 'c')]).id).toBe('c');
  });

  it('takes the lower middle of an even count, and ranks an unscored run lowest', () => {
    expect(medianRun([run(99, 'a'), run(null, 'b'), run(90, 'c'), run(95, 'd')]).id).toBe('c');
  });

  it('refuses an empty list', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse run/);
  });
});
