/**
 * Page speed: first-load JavaScript per route from the production build (gzip), the case page's JavaScript against
 * the framework's baseline, and Lighthouse (mobile preset) on /, a case page and /checklist served by `next start`.
 * Builds first when the build is stale. Exits 1 when a target is missed.
 * Usage: npm run bench:pages -- [--runs 3] [--no-fail] [--no-build]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { frameworkScripts, pageScripts, weighScripts } from './support/first-load-js';
import { runLighthouse } from './support/lighthouse';
import type { Verdict } from './support/load-targets';
import { markdownTable } from './support/markdown-table';
import { hostTooSlow, judgePageScores, PAGE_TARGETS, SLOW_HOST_BENCHMARK_INDEX } from './support/page-targets';
import { distDir, ensureProductionBuild, startProductionServer } from './support/production-server';
import { withServers } from './support/processes';
import { runMain } from './support/run-main';

const CASE_SLUG = 'ariane-5-flight-501';
const ROUTES: Record<string, string> = {
  '/': 'index.html',
  '/cases': 'cases.html',
  [`/cases/[slug] (${CASE_SLUG})`]: `cases/${CASE_SLUG}.html`,
  '/causes': 'causes.html',
  '/causes/[id] (numeric-overflow)': 'causes/numeric-overflow.html',
  '/checklist': 'checklist.html',
  '404 (layout only)': '_not-found.html',
};
const LIGHTHOUSE_PATHS = ['/', `/cases/${CASE_SLUG}`, '/checklist'];

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' / ');
runMain('bench:pages', async () => {
  const { values: flags } = parseArgs({
    args: process.argv.slice(2),
    options: {
        runs: { type: 'string', default: '3' },
        'no-fail': { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
      },
  });
  const runCount = Number(flags.runs);
  if (!Number.isInteger(runCount) || runCount < 1 || runCount > 9) throw new Error(`--runs must be a whole number from 1 to 9, got "${flags.runs}"`);
  const verdicts: Verdict[] = [];
  ensureProductionBuild({ reuse: flags['no-build'] });

  console.log('### First-load JavaScript per route (gzip -9)\n');
  const weights = await Promise.all(
    Object.entries(ROUTES).map(async ([route, file]) => [route, await weighScripts(distDir, await pageScripts(distDir, file))] as const),
  );
  console.log(
    markdownTable(
      ['Route', 'Scripts', 'JS raw (kB)', 'JS gzip (kB)'],
      weights.map(([route, weight]) => [route, String(weight.scripts.length), kB(weight.raw), kB(weight.gzip)]),
      ['left', 'right', 'right', 'right'],
    ),
  );

  const framework = await weighScripts(distDir, await frameworkScripts(distDir));
  const casePage = await weighScripts(distDir, await pageScripts(distDir, `cases/${CASE_SLUG}.html`));
  const layoutOnly = await weighScripts(distDir, await pageScripts(distDir, '_not-found.html'));
  const beyondLayout = casePage.scripts.filter((src) => !layoutOnly.scripts.includes(src));
  const beyondFramework = casePage.scripts.filter((src) => !framework.scripts.includes(src));
  const beyondFrameworkWeight = await weighScripts(distDir, beyondFramework);
  console.log(
    `\nCase page: ${kB(casePage.gzip)} kB gzip = framework baseline ${kB(framework.gzip)} kB (an empty page: rootMainFiles) ` +
      `+ ${kB(beyondFrameworkWeight.gzip)} kB (${beyondFramework.join(', ')}): the root layout's client code, i.e. the header search box.`,
  );
  verdicts.push({
    subject: 'case page JS',
    pass: beyondLayout.length === 0,
    detail:
      beyondLayout.length === 0
        ? 'nothing beyond what the 404 page (framework + root layout with the header search box) loads'
        : `loads ${beyondLayout.join(', ')} beyond the framework and the header search box`,
  });

  await withServers(async (register) => {
    const site = register(await startProductionServer());
    const loadBefore = load();
    const runs = await runLighthouse(LIGHTHOUSE_PATHS.map((p) => site.baseURL + p), runCount);
    console.log(`\n### Lighthouse 12.8.2, mobile preset (simulated throttling), Chromium headless: median of ${runCount} run(s) per page`);
    console.log(`Load average (1/5/15 min): ${loadBefore} before, ${load()} after; Lighthouse benchmarkIndex ${runs.map((r) => r.benchmarkIndex?.toFixed(0) ?? '?').join(', ')}\n`);
    const score = (n: number | null) => (n === null ? '—' : String(n));
    const ms = (n: number | null) => (n === null ? '—' : n.toFixed(0));
    console.log(
      markdownTable(
        ['Page', 'Performance (runs)', 'Accessibility', 'Best practices', 'SEO', 'LCP (ms)', 'TBT (ms)', 'CLS', 'Verdict'],
        runs.map(({ scores, performanceScores }) => {
          const verdict = judgePageScores(scores);
          verdicts.push(verdict);
          return [
            scores.page,
            `${score(scores.performance)} (${performanceScores.map(score).join(', ')})`,
            score(scores.accessibility),
            score(scores.bestPractices),
            score(scores.seo),
            ms(scores.lcpMs),
            ms(scores.tbtMs),
            scores.cls === null ? '—' : scores.cls.toFixed(3),
            `${verdict.pass ? 'PASS' : 'FAIL'}: ${verdict.detail}`,
          ];
        }),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
    for (const run of runs) {
      const pathname = run.scores.page;
      verdicts.push({
        subject: `${pathname} stays on 127.0.0.1`,
        pass: run.offOrigin.length === 0,
        detail: run.offOrigin.length === 0 ? 'no request left the site' : `requested ${run.offOrigin.join(', ')}`,
      });
      if (hostTooSlow(run.benchmarkIndex)) {
        console.log(
          `\n${pathname} — host too busy: benchmarkIndex ${run.benchmarkIndex?.toFixed(0)} ≤ ${SLOW_HOST_BENCHMARK_INDEX}, ` +
            "Lighthouse's slow-host threshold; its TBT and LCP are overstated. Re-run when `uptime` shows a load below 2.",
        );
      }
      if (run.findings.length > 0) console.log(`\n${pathname} — audits below 90: ${run.findings.join(' · ')}`);
      for (const warning of run.warnings) console.log(`${pathname} — Lighthouse warning: ${warning}`);
    }
  });

  console.log(`\nTargets: Lighthouse performance ≥ ${PAGE_TARGETS.performance} and accessibility ≥ ${PAGE_TARGETS.accessibility}; case pages load no JavaScript beyond the framework and the header search box.`);
  for (const verdict of verdicts) console.log(`${verdict.pass ? 'PASS' : 'FAIL'} ${verdict.subject}: ${verdict.detail}`);
  return verdicts.some((verdict) => !verdict.pass) && !flags['no-fail'] ? 1 : 0;
});
