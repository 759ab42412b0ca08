/** The load benchmark's targets (issue 7) and how a measurement is judged against them. */
import { growthPercent } from './rss';

export const LOAD_TARGETS = {
  /** p99 latency for prerendered and server-rendered pages. */
  pageP99Ms: 100,
  /** p99 latency for the JSON search API. */
  apiP99Ms: 150,
  /** Growth of the server's resident memory from before the first target to after the last. */
  rssGrowthPercent: 50,
} as const;

export type TargetKind = 'page' | 'api';

export interface LoadMeasurement {
  name: string;
  kind: TargetKind;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts included (autocannon counts them in both). */
  errors: number;
  timeouts: number;
  non2xx: number;
}

export interface Verdict {
  subject: string;
  pass: boolean;
  /** What was measured against what was allowed, or which rule broke. */
  detail: string;
}

/** The part of autocannon's Result that is judged. */
export interface AutocannonSummary {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

export function measurementOf(name: string, kind: TargetKind, result: AutocannonSummary): LoadMeasurement {
  return {
    name,
    kind,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export function judgeLoad(measurement: LoadMeasurement): Verdict {
  const limit = measurement.kind === 'api' ? LOAD_TARGETS.apiP99Ms : LOAD_TARGETS.pageP99Ms;
  const problems: string[] = [];
  if (measurement.errors > 0) problems.push(`${measurement.errors} errors (${measurement.timeouts} timeouts)`);
  if (measurement.non2xx > 0) problems.push(`${measurement.non2xx} non-2xx responses`);
  if (!(measurement.p99Ms <= limit)) problems.push(`p99 ${measurement.p99Ms} ms > ${limit} ms`);
  return {
    subject: measurement.name,
    pass: problems.length === 0,
    detail: problems.length > 0 ? problems.join('; ') : `p99 ${measurement.p99Ms} ms ≤ ${limit} ms, no errors, all 2xx`,
  };
}

export function judgeRssGrowth(beforeKb: number, afterKb: number): Verdict {
  const growth = growthPercent(beforeKb, afterKb);
  const limit = LOAD_TARGETS.rssGrowthPercent;
  return {
    subject: 'server RSS growth',
    pass: growth <= limit,
    detail: `${(beforeKb / 1024).toFixed(0)} → ${(afterKb / 1024).toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %, limit +${limit} %)`,
  };
}
