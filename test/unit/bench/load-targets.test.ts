import { describe, expect, it } from 'vitest';
import { judgeLoad, judgeRssGrowth, measurementOf, type LoadMeasurement } from '@/bench/support/load-targets';

const clean: LoadMeasurement = {
  name: '/checklist',
  kind: 'page',
  requestsPerSecond: 500,
  p50Ms: 12,
  p99Ms: 60,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
};

describe('judgeLoad', () => {
  it('passes a page with p99 at the 100 ms limit, no errors and only 2xx', () => {
    expect(judgeLoad({ ...clean, p99Ms: 100 }).pass).toBe(true);
  });

  it('fails a page over 100 ms at p99, saying by how much', () => {
    expect(judgeLoad({ ...clean, p99Ms: 101 })).toMatchObject({ pass: false, detail: 'p99 101 ms > 100 ms' });
  });

  it('allows the search API 150 ms at p99, but not more', () => {
    expect(judgeLoad({ ...clean, kind: 'api', p99Ms: 140 }).pass).toBe(true);
    expect(judgeLoad({ ...clean, kind: 'api', p99Ms: 151 }).pass).toBe(false);
  });

  it('fails on a single error or non-2xx response however fast the rest were', () => {
    expect(judgeLoad({ ...clean, errors: 1, timeouts: 1 })).toMatchObject({ pass: false, detail: '1 errors (1 timeouts)' });
    expect(judgeLoad({ ...clean, non2xx: 3 })).toMatchObject({ pass: false, detail: '3 non-2xx responses' });
  });

  it('fails when latency was not measured at all (NaN)', () => {
    expect(judgeLoad({ ...clean, p99Ms: Number.NaN }).pass).toBe(false);
  });
});

describe('judgeRssGrowth', () => {
  it('passes growth up to 50 % and fails beyond', () => {
    expect(judgeRssGrowth(200_000, 300_000).pass).toBe(true);
    expect(judgeRssGrowth(200_000, 300_100)).toMatchObject({ pass: false });
  });

  it('reports the sizes in MB and the growth', () => {
    expect(judgeRssGrowth(102_400, 153_600).detail).toBe('100 → 150 MB (+50.0 %, limit +50 %)');
  });
});

describe('measurementOf', () => {
  it("takes mean requests/s, p50/p99 latency and the error counts from autocannon's result", () => {
    const result = { requests: { average: 812.5, p50: 800 }, latency: { average: 12, p50: 9, p99: 41 }, errors: 2, timeouts: 1, non2xx: 4 };
    expect(measurementOf('/x', 'api', result)).toEqual({
      name: '/x',
      kind: 'api',
      requestsPerSecond: 812.5,
      p50Ms: 9,
      p99Ms: 41,
      errors: 2,
      timeouts: 1,
      non2xx: 4,
    });
  });
});
