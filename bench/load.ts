/**
 * Load benchmark: serves the production build with `next start` on 127.0.0.1 and drives four routes with
 * autocannon, then a plain node:http server returning the same case-page HTML (the peer) so the numbers can be
 * read against what this machine can do at all. Judges the issue-7 targets and exits 1 when one is missed.
 * Usage: npm run bench:load -- [--duration 20] [--connections 50] [--no-fail] [--no-build]
 */
import autocannon from 'autocannon';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { parseLoadArgs, type LoadOptions } from './support/load-args';
import { judgeLoad, judgeRssGrowth, measurementOf, type LoadMeasurement, type TargetKind, type Verdict } from './support/load-targets';
import { markdownTable } from './support/markdown-table';
import { distDir, ensureProductionBuild, startProductionServer } from './support/production-server';
import { withServers } from './support/processes';
import { readRssKb } from './support/rss';
import { runMain } from './support/run-main';
import { startStaticPeer } from './support/static-peer';

const CASE_SLUG = 'ariane-5-flight-501';
const CASE_PATH = `/cases/${CASE_SLUG}`;
const TARGETS: { name: string; path: string; kind: TargetKind }[] = [
  { name: `case page ${CASE_PATH}`, path: CASE_PATH, kind: 'page' },
  { name: '/search?q=overflow', path: '/search?q=overflow', kind: 'page' },
  { name: '/api/search?q=rounding', path: '/api/search?q=rounding', kind: 'api' },
  { name: '/checklist', path: '/checklist', kind: 'page' },
];
const WARM_UP_SECONDS = 3;

const formatLoad = (averages: number[]) => averages.map((n) => n.toFixed(2)).join(' / ');

/** Browsers ask for compressed pages, and next start compresses each response anew; autocannon asks for none. */
const AS_A_BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

async function drive(url: string, seconds: number, connections: number, headers: Record<string, string> = {}) {
  return autocannon({ url, duration: seconds, connections, timeout: 10, headers });
}

/** Time to answer the first request, which loads the route's code (and, for search, the corpus and its index). */
async function firstRequestMs(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status} to its first request`);
  return performance.now() - started;
}

async function warmUp(url: string, options: LoadOptions): Promise<void> {
  // The first seconds of traffic to a route fill caches, get its code optimised and size the heap for this many
  // requests in flight: not a running server's latency, nor growth. A leak still shows in the measured runs.
  await drive(url, WARM_UP_SECONDS, options.connections);
}

async function measure(
  name: string,
  kind: TargetKind,
  url: string,
  options: LoadOptions,
  headers: Record<string, string> = {},
): Promise<LoadMeasurement> {
  console.error(`> ${name}: ${options.durationSeconds} s, ${options.connections} connections`);
  return measurementOf(name, kind, await drive(url, options.durationSeconds, options.connections, headers));
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const row = (m: LoadMeasurement, firstMs: number | undefined, verdict: string) => [
  m.name, firstMs === undefined ? '—' : fmt(firstMs), fmt(m.requestsPerSecond), fmt(m.p50Ms), fmt(m.p99Ms), String(m.errors), String(m.timeouts), String(m.non2xx), verdict,
];

runMain('bench:load', async () => {
  const options = parseLoadArgs(process.argv.slice(2));
  ensureProductionBuild({ reuse: !options.build });
  const loadBefore = loadavg();

  const verdicts = await withServers(async (register) => {
    const site = register(await startProductionServer());
    const peer = register(await startStaticPeer(path.join(distDir, 'server/app/cases', `${CASE_SLUG}.html`)));
    const coldRssKb = await readRssKb(site.serverPid);

    const coldMs: number[] = [];
    for (const target of TARGETS) coldMs.push(await firstRequestMs(site.baseURL + target.path));
    for (const target of TARGETS) await warmUp(site.baseURL + target.path, options);
    await warmUp(peer.baseURL, options);
    // The baseline is taken once every route is warm, so loading the server's code does not count as growth.
    const rssBeforeKb = await readRssKb(site.serverPid);
    const ours: LoadMeasurement[] = [];
    const rssTrendKb = [rssBeforeKb];
    for (const target of TARGETS) {
      ours.push(await measure(target.name, target.kind, site.baseURL + target.path, options));
      rssTrendKb.push(await readRssKb(site.serverPid));
    }
    const rssAfterKb = rssTrendKb[rssTrendKb.length - 1] ?? rssBeforeKb;
    const peerMeasurement = await measure('peer: node:http, same HTML', 'page', peer.baseURL + CASE_PATH, options);
    const compressed = await measure('case page, gzip as browsers ask', 'page', site.baseURL + CASE_PATH, options, AS_A_BROWSER);

    const judged = ours.map(judgeLoad);
    const rss = judgeRssGrowth(rssBeforeKb, rssAfterKb);
    const casePage = ours[0];

    console.log(`\n### Load: ${options.durationSeconds} s × ${options.connections} connections per target, after a ${WARM_UP_SECONDS} s warm-up of each`);
    console.log(`Load average (1/5/15 min): ${formatLoad(loadBefore)} before, ${formatLoad(loadavg())} after · autocannon runs in this process, on the same ${availableParallelism()} cores\n`);
    console.log(
      markdownTable(
        ['Target', 'First request (ms)', 'req/s', 'p50 (ms)', 'p99 (ms)', 'Errors', 'Timeouts', 'Non-2xx', 'Verdict'],
        [
          ...ours.map((m, i) => row(m, coldMs[i], `${judged[i]?.pass ? 'PASS' : 'FAIL'}: ${judged[i]?.detail}`)),
          row(peerMeasurement, undefined, 'reference, not judged'),
          row(compressed, undefined, 'reference, not judged: next start compresses every response'),
        ],
        ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
    const busiest = Math.max(loadBefore[0] ?? 0, loadavg()[0] ?? 0);
    if (busiest > availableParallelism()) {
      console.log(
        `\nThe host was busy (1-min load up to ${busiest.toFixed(1)} on ${availableParallelism()} cores): absolute numbers are low; ` +
          'the ratio to the peer, measured in the same conditions, is the figure to read. Re-run when `uptime` is quiet.',
      );
    }
    if (casePage) {
      const rpsRatio = casePage.requestsPerSecond / peerMeasurement.requestsPerSecond;
      const p99Ratio = casePage.p99Ms / Math.max(peerMeasurement.p99Ms, 1);
      console.log(`\nCase page vs peer: ${fmt(rpsRatio * 100)} % of its requests/s; p99 ${fmt(p99Ratio, 1)}× its p99.`);
    }
    console.log(`\nServer RSS (next-server, PID ${site.serverPid}): cold ${fmt(coldRssKb / 1024)} MB, then after the warm-up → after the last target: ${rss.pass ? 'PASS' : 'FAIL'}: ${rss.detail}`);
    console.log(`RSS after the warm-up and after each target: ${rssTrendKb.map((kb) => fmt(kb / 1024)).join(' → ')} MB`);
    return [...judged, rss];
  });

  const failed = verdicts.filter((verdict: Verdict) => !verdict.pass);
  console.log(failed.length === 0 ? '\nAll load targets met.' : `\n${failed.length} load target(s) missed: ${failed.map((v) => v.subject).join(', ')}`);
  return failed.length > 0 && options.failOnMiss ? 1 : 0;
});
