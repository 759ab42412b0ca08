/**
 * Search benchmark (issue 3): our engine (lib/search) against MiniSearch on the same synthetic corpus of 100,
 * 1,000 and 10,000 cases. Reports build time, index size (raw and gzip), query latency p50/p95/p99 and a
 * recall check, as Markdown.
 *
 * Usage: npm run bench:search [-- --sizes 100,1000] [--rounds 5] [--seed 3] [--minisearch-terms ours|default]
 * Re-executes itself with --expose-gc (and a 6 GB heap; 10,000 cases peak at about 2 GB RSS) so garbage from one phase is not billed to the next.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { loadCorpus } from '../../lib/content/load-corpus';
import { MiniSearchEngine, OurEngine, OurEngineWithSnippets, TOP_K, type Engine, type MiniTerms } from './engines';
import { corpusSourceOf, generateCorpus, type BenchCase, type CorpusSource } from './generate-corpus';
import { collectGarbage, median, percentile, sizeOf, timed } from './measure';
import { hash32, Random } from './prng';
import { generateQueries, QUERY_MIX, type BenchQuery, type QueryKind } from './queries';
import { bytes, ms, percent, ratio, table } from './report';

const HEAP_MB = 6144;
const QUERY_KINDS = Object.keys(QUERY_MIX).filter((key): key is QueryKind => key in QUERY_MIX);

if (typeof globalThis.gc !== 'function' && process.env.BENCH_SEARCH_CHILD !== '1') {
  const script = process.argv[1] ?? 'bench/search/run.ts';
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', `--max-old-space-size=${HEAP_MB}`, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SEARCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '3' },
    'minisearch-terms': { type: 'string', default: 'ours' },
  },
});
const sizes = args.sizes.split(',').map((size) => Number(size.trim()));
const rounds = Number(args.rounds);
const seed = Number(args.seed);
const miniTerms: MiniTerms = args['minisearch-terms'] === 'default' ? 'default' : 'ours';
if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !(rounds >= 1) || !Number.isInteger(seed)) {
  console.error('usage: run.ts [--sizes 100,1000,10000] [--rounds 5] [--seed 3] [--minisearch-terms ours|default]');
  process.exit(2);
}

interface EngineResult {
  engine: Engine;
  buildMs: number[];
  index: { bytes: number; gzip: number };
  store: { bytes: number; gzip: number } | null;
  loadMs: number;
  coldTypoMs: number;
  latencies: number[];
  latenciesByKind: Map<QueryKind, number[]>;
  found: Map<QueryKind, { hits: number; total: number }>;
}

/** Builds are slow at 10,000 cases: fewer repetitions there, median reported. */
const buildRuns = (size: number) => (size <= 100 ? 5 : size <= 1000 ? 3 : 1);

async function main(): Promise<void> {
  const started = performance.now();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log('# Search benchmark: ours (lib/search) vs MiniSearch');
  console.log();
  console.log(`Machine: ${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}, heap limit ${Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20)} MB`);
  console.log(`Seed ${seed}, ${rounds} timed rounds per query after one warm-up, MiniSearch terms: ${miniTerms === 'ours' ? 'our tokenizer + stemmer + stopwords' : 'MiniSearch default'}.`);

  const corpusLoad = performance.now();
  const real = await loadCorpus({ contentDir: 'content' });
  const source = corpusSourceOf(real);
  console.log(
    `Markov chain (order 2, back-off to 1) trained on the prose of ${real.cases.length} real cases (load + train): ${bytes(source.model.words.length)} word forms, ${ms(performance.now() - corpusLoad)} ms.`,
  );

  for (const size of sizes) {
    collectGarbage();
    benchSize(source, size);
  }
  console.log();
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function benchSize(source: CorpusSource, size: number): void {
  const generated = timed(() => generateCorpus(source, size, seed));
  const cases = generated.value;
  const docs = cases.map((benchCase) => benchCase.doc);
  const queries = generateQueries(cases, source.model, hash32(seed, size, 0x9e7));
  console.log();
  console.log(`## ${size.toLocaleString('en-US')} cases`);
  console.log();
  console.log(describeCorpus(cases, queries, generated.ms));
  console.log();

  const engines: Engine[] = [new OurEngine(), new OurEngineWithSnippets(), new MiniSearchEngine(miniTerms)];
  const results = new Map<Engine, EngineResult>(
    engines.map((engine) => [
      engine,
      { engine, buildMs: [], index: { bytes: 0, gzip: 0 }, store: null, loadMs: 0, coldTypoMs: 0, latencies: [], latenciesByKind: new Map(), found: new Map() },
    ]),
  );
  const resultOf = (engine: Engine): EngineResult => {
    const result = results.get(engine);
    if (!result) throw new Error(`no result for ${engine.name}`);
    return result;
  };

  // Build: alternate which engine goes first, so neither always runs on a warmer JIT or a fuller heap.
  for (let run = 0; run < buildRuns(size); run++) {
    for (const engine of run % 2 === 0 ? engines : [...engines].reverse()) {
      collectGarbage();
      resultOf(engine).buildMs.push(timed(() => engine.build(docs)).ms);
    }
  }

  // Size, then load back from JSON as the browser would; the first typo query pays any lazy set-up.
  const firstTypo = queries.find((query) => query.kind === 'typo') ?? queries[0];
  for (const engine of engines) {
    const result = resultOf(engine);
    const serialized = engine.serialize();
    result.index = sizeOf(serialized.index);
    result.store = serialized.store === null ? null : sizeOf(serialized.store);
    collectGarbage();
    result.loadMs = timed(() => engine.load(serialized)).ms;
    if (firstTypo) result.coldTypoMs = timed(() => engine.search(firstTypo)).ms;
  }

  // Warm-up, which also gives the results for the recall check.
  for (const engine of engines) {
    const result = resultOf(engine);
    for (const query of queries) {
      const slugs = engine.search(query);
      if (query.source === null) continue;
      const found = result.found.get(query.kind) ?? { hits: 0, total: 0 };
      result.found.set(query.kind, { hits: found.hits + (slugs.includes(query.source) ? 1 : 0), total: found.total + 1 });
    }
  }

  // Timed rounds: queries in a fresh random order each round, engines alternating per query.
  const random = new Random(hash32(seed, size, 0x7173));
  for (let round = 0; round < rounds; round++) {
    collectGarbage();
    for (const [i, query] of random.shuffle([...queries]).entries()) {
      for (const engine of i % 2 === 0 ? engines : [...engines].reverse()) {
        const result = resultOf(engine);
        const { ms: elapsed } = timed(() => engine.search(query));
        result.latencies.push(elapsed);
        result.latenciesByKind.set(query.kind, [...(result.latenciesByKind.get(query.kind) ?? []), elapsed]);
      }
    }
  }

  printSize([...results.values()]);
}

function describeCorpus(cases: readonly BenchCase[], queries: readonly BenchQuery[], generateMs: number): string {
  const bodyBytes = cases.map(({ doc }) => doc.fields.filter((field) => field.kind === 'body').reduce((sum, field) => sum + field.text.length + 2, -2));
  const textBytes = cases.reduce((sum, { doc }) => sum + doc.fields.reduce((total, field) => total + field.text.length, 0), 0);
  const deep = cases.filter((benchCase) => benchCase.deep !== null);
  const kinds = QUERY_KINDS.map((kind) => `${queries.filter((query) => query.kind === kind).length} ${kind}`);
  return [
    `Corpus: ${(textBytes / 2 ** 20).toFixed(1)} MiB of text, body median ${bytes(median(bodyBytes))} chars, ${deep.length} cases with a deep word (offset ≥ ${bytes(Math.min(...deep.map((c) => c.deep?.offset ?? Infinity)))}), generated in ${ms(generateMs)} ms.`,
    `Queries: ${queries.length} (${kinds.join(', ')}), e.g. ${queries
      .filter((_, i) => i % 29 === 0)
      .map((query) => `"${query.text}"`)
      .join(', ')}.`,
  ].join('\n');
}

function printSize(results: EngineResult[]): void {
  const row = (result: EngineResult): string[] => {
    const deep = result.found.get('deep');
    const typo = result.found.get('typo');
    return [
      result.engine.name,
      ms(median(result.buildMs)),
      bytes(result.index.bytes),
      bytes(result.index.gzip),
      ms(percentile(result.latencies, 50)),
      ms(percentile(result.latencies, 95)),
      ms(percentile(result.latencies, 99)),
      `${percent(deep ? deep.hits / deep.total : Number.NaN)} / ${percent(typo ? typo.hits / typo.total : Number.NaN)}`,
    ];
  };
  console.log(table(['engine', 'build ms', 'index bytes', 'index gzip bytes', 'p50 ms', 'p95 ms', 'p99 ms', 'deep/typo recall@10'], results.map(row)));

  const byName = (name: string) => results.find((result) => result.engine.name === name);
  const [ours, withSnippets, mini] = [byName('ours'), byName('ours + snippets'), byName('MiniSearch')];
  if (ours && withSnippets && mini) {
    const p = (result: EngineResult, q: number) => percentile(result.latencies, q);
    console.log();
    console.log(
      `Ratios ours/MiniSearch: build ${ratio(median(ours.buildMs), median(mini.buildMs))}, index gzip ${ratio(ours.index.gzip, mini.index.gzip)}, p50 ${ratio(p(ours, 50), p(mini, 50))}, p95 ${ratio(p(ours, 95), p(mini, 95))}; with snippets for all ${TOP_K} results: p50 ${ratio(p(withSnippets, 50), p(mini, 50))}, p95 ${ratio(p(withSnippets, 95), p(mini, 95))}.`,
    );
  }

  console.log();
  console.log(
    table(
      ['engine', 'store bytes', 'store gzip bytes', 'load ms (JSON.parse + construct)', 'cold first typo query ms', 'builds timed'],
      results.map((result) => [
        result.engine.name,
        result.store ? bytes(result.store.bytes) : '(none)',
        result.store ? bytes(result.store.gzip) : '(none)',
        ms(result.loadMs),
        ms(result.coldTypoMs),
        result.buildMs.map(ms).join(', '),
      ]),
    ),
  );

  console.log();
  const header = ['query kind', 'n', ...results.flatMap((result) => [`${result.engine.name} p50`, `${result.engine.name} p95`, `${result.engine.name} recall@10`])];
  const kinds = QUERY_KINDS.filter((kind) => results[0]?.latenciesByKind.has(kind));
  console.log(
    table(
      header,
      kinds.map((kind) => {
        return [
          kind,
          String((results[0]?.latenciesByKind.get(kind)?.length ?? 0) / rounds),
          ...results.flatMap((result) => {
            const samples = result.latenciesByKind.get(kind) ?? [];
            const found = result.found.get(kind);
            return [ms(percentile(samples, 50)), ms(percentile(samples, 95)), found ? `${found.hits}/${found.total}` : '–'];
          }),
        ];
      }),
    ),
  );
}

await main();
