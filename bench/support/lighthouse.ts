/**
 * Lighthouse (mobile preset: its default config, formFactor mobile, simulated throttling) on Debian's Chromium,
 * with nothing allowed off the machine. Lighthouse's error reporting (Sentry) is started only by its CLI
 * (cli/bin.js, and only with --enable-error-reporting), never by this programmatic API, and it has no update check.
 * chrome-launcher's default flags turn off Chromium's background networking, component updates and sync; on top,
 * every host name but 127.0.0.1 is made unresolvable, so a stray request fails instead of leaving.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { medianRun, offOriginRequests, type PageScores } from './page-targets';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const score = (lhr: Result, id: string) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
};
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

function requestedUrls(lhr: Result): string[] {
  const details = lhr.audits['network-requests']?.details;
  if (details?.type !== 'table') return [];
  return details.items.flatMap((item) => (typeof item.url === 'string' ? [item.url] : []));
}

export interface LighthouseRun {
  scores: PageScores;
  /** Requests to anywhere but the site under test (should be none). */
  offOrigin: string[];
  /** Lighthouse's own warnings, e.g. that the host CPU was too slow or too busy for stable numbers. */
  warnings: string[];
  /** The biggest opportunities and failing accessibility audits, to tell why a score is low. */
  findings: string[];
  benchmarkIndex: number | null;
}

function findings(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.title}`);
}

async function auditOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return {
    scores: {
      page: new URL(url).pathname,
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
    },
    offOrigin: offOriginRequests(requestedUrls(lhr), new URL(url).origin),
    warnings: lhr.runWarnings,
    findings: findings(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
  };
}

/** Audits each URL `runs` times and keeps its median run; any run's off-site request is kept, not averaged away. */
export async function runLighthouse(urls: readonly string[], runs = 1): Promise<(LighthouseRun & { performanceScores: (number | null)[] })[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const medians = [];
    for (const url of urls) {
      const attempts: LighthouseRun[] = [];
      const failures: string[] = [];
      // Lighthouse now and then loses a trace on a busy host (NO_NAVSTART, NO_FCP): run again, up to `runs` times.
      while (attempts.length < runs) {
        try {
          attempts.push(await auditOnce(url, chrome.port));
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
          console.error(`> ${failures.at(-1)} — running it again`);
          if (failures.length >= runs) throw new Error(`${failures.length} Lighthouse runs failed on ${url}: ${failures.join('; ')}`);
        }
      }
      const median = medianRun(attempts);
      medians.push({
        ...median,
        offOrigin: [...new Set(attempts.flatMap((attempt) => attempt.offOrigin))],
        performanceScores: attempts.map((attempt) => attempt.scores.performance),
      });
    }
    return medians;
  } finally {
    chrome.kill();
  }
}
