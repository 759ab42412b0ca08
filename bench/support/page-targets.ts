/** Lighthouse results reduced to what bench:pages reports, and the issue-7 targets they are judged against. */
import type { Verdict } from './load-targets';

export const PAGE_TARGETS = { performance: 95, accessibility: 95 } as const;

export interface PageScores {
  /** The page's path, e.g. /checklist. */
  page: string;
  /** Category scores 0–100; null when Lighthouse could not score the category (an error in the run). */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
}

export function judgePageScores(scores: PageScores): Verdict {
  const problems = (['performance', 'accessibility'] as const).flatMap((category) => {
    const score = scores[category];
    const limit = PAGE_TARGETS[category];
    if (score === null) return [`${category} not measured`];
    return score < limit ? [`${category} ${score} < ${limit}`] : [];
  });
  return {
    subject: scores.page,
    pass: problems.length === 0,
    detail: problems.length > 0 ? problems.join('; ') : `performance ${scores.performance}, accessibility ${scores.accessibility} ≥ 95`,
  };
}

/**
 * Requests a page made anywhere but `origin`. data: and blob: URLs never leave the browser; anything else would
 * reach for the network, which this machine does not have and a benchmark must not depend on.
 */
export function offOriginRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !/^(data|blob):/.test(url) && !(url === origin || url.startsWith(`${origin}/`)));
}

/**
 * Lighthouse's own threshold for a host too slow for its default CPU throttling (core/gather/driver/environment.js:
 * SLOW_CPU_BENCHMARK_INDEX_THRESHOLD); its warning is shown only by its CLI. On a busy shared machine the index drops
 * below it and main-thread times (TBT, and LCP with them) are overstated.
 */
export const SLOW_HOST_BENCHMARK_INDEX = 1000;

export function hostTooSlow(benchmarkIndex: number | null): boolean {
  return benchmarkIndex !== null && benchmarkIndex <= SLOW_HOST_BENCHMARK_INDEX;
}

/**
 * The run with the median performance score (the lower middle for an even count): Lighthouse's own advice for
 * variable hosts is to run several times and report the median run, not an average of scores.
 */
export function medianRun<T extends { scores: Pick<PageScores, 'performance'> }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('no Lighthouse run to take the median of');
  const ranked = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const median = ranked[Math.floor((ranked.length - 1) / 2)];
  if (median === undefined) throw new Error('unreachable: a non-empty list has a middle');
  return median;
}
