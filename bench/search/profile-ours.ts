/**
 * Where our engine spends its time, by phase, through its public API only (no changes to lib/search).
 * Usage: npx tsx bench/search/profile-ours.ts [size=10000]
 * For a CPU profile: node --cpu-prof --cpu-prof-dir=/tmp/search-prof --import tsx bench/search/profile-ours.ts
 */
import { loadCorpus } from '../../lib/content/load-corpus';
import { buildSearchIndex } from '../../lib/search/build-index';
import { SearchIndex } from '../../lib/search/search-index';
import { bestSnippet } from '../../lib/search/snippet';
import { termOf, tokenize } from '../../lib/search/tokenize';
import { corpusSourceOf, generateCorpus } from './generate-corpus';
import { median, percentile, timed } from './measure';
import { hash32 } from './prng';
import { generateQueries } from './queries';
import { ms, table } from './report';

const size = Number(process.argv[2] ?? 10_000);
const seed = 3;
const source = corpusSourceOf(await loadCorpus({ contentDir: 'content' }));
const cases = generateCorpus(source, size, seed);
const docs = cases.map((benchCase) => benchCase.doc);
const queries = generateQueries(cases, source.model, hash32(seed, size, 0x9e7));
const texts = docs.flatMap((doc) => doc.fields.map((field) => field.text));
const rows: string[][] = [];
const phase = (name: string, fn: () => unknown, note: () => string = () => '') => {
  const { ms: elapsed } = timed(fn);
  rows.push([name, ms(elapsed), note()]);
};

// Build, split: the tokenizer alone, the tokenizer with each distinct word stemmed once, the whole build.
let words = 0;
const distinct = new Map<string, string | null>();
phase('build: regex word split only', () => {
  for (const text of texts) words += text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
});
phase('build: tokenize() every field', () => texts.forEach((text) => tokenize(text)), () => `${words.toLocaleString('en-US')} words`);
phase('build: termOf() memoised per distinct word', () => {
  for (const text of texts) {
    for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (!distinct.has(word)) distinct.set(word, termOf(word));
  }
}, () => `${distinct.size.toLocaleString('en-US')} distinct words`);
let serialized = buildSearchIndex([]);
phase('build: buildSearchIndex()', () => (serialized = buildSearchIndex(docs)), () => `${serialized.terms.length.toLocaleString('en-US')} terms`);
phase('serialize: JSON.stringify(index without docs)', () => JSON.stringify({ ...serialized, docs: undefined }));

let index = new SearchIndex(serialized);
phase('load: new SearchIndex()', () => (index = new SearchIndex(serialized)));
const typo = queries.find((query) => query.kind === 'typo');
if (typo) phase('query: first typo query (builds FuzzyVocabulary)', () => index.search(typo.text, { limit: 10 }), () => `"${typo.text}"`);

// Search, split by limit: the ranking is the same, only the number of snippets made differs.
for (const query of queries) index.search(query.text, { limit: 10, typing: query.typing });
const latency = (limit: number) => {
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of queries) samples.push(timed(() => index.search(query.text, { limit, typing: query.typing })).ms);
  }
  return samples;
};
const top10 = latency(10);
const top1 = latency(1);
rows.push(['query: search(limit 10) p50 / p95', `${ms(median(top10))} / ${ms(percentile(top10, 95))}`, '']);
rows.push(['query: search(limit 1) p50 / p95', `${ms(median(top1))} / ${ms(percentile(top1, 95))}`, 'ranking + 1 snippet']);
const snippets: number[] = [];
for (const doc of docs.slice(0, 200)) snippets.push(timed(() => bestSnippet(doc, new Map([['fail', 1], ['system', 1]]))).ms);
rows.push(['query: bestSnippet() on one case, p50', ms(median(snippets)), '~5 kB body, two query terms']);

console.log(`Our engine, ${size.toLocaleString('en-US')} cases, phases:`);
console.log();
console.log(table(['phase', 'ms', 'note'], rows));
