import { indexCorpus } from '../../search/index-corpus';
import { SearchIndex } from '../../search/search-index';
import { parseSearchParams } from '../../search/search-params';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { loadCorpusForCli } from '../load-corpus-for-cli';
import { parseOptions } from '../parse-options';

const HELP = `Usage: lessons search "<query>" [--limit N] [--category ID] [--domain D] [--phase P] [--json]

Searches the case studies with the same engine and ranking as the site.
Query syntax: plain words (typo-tolerant), =exact, 'contains, ^prefix, suffix$, !exclude.`;

export const searchCommand: Command = {
  summary: 'search the case studies (same ranking as the site)',
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      limit: { type: 'string' },
      category: { type: 'string', multiple: true },
      domain: { type: 'string', multiple: true },
      phase: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const query = positionals.join(' ');
    if (!query.trim()) throw new UsageError('give a query, e.g. lessons search "integer overflow"');

    const corpus = await loadCorpusForCli(io);
    const params = new URLSearchParams({ q: query });
    if (values.limit !== undefined) params.set('limit', values.limit);
    for (const [name, list] of [['category', values.category], ['domain', values.domain], ['phase', values.phase]] as const) {
      for (const value of list ?? []) params.append(name, value);
    }
    const parsed = parseSearchParams(params, corpus.categories.map((category) => category.id));
    if (!parsed.ok) {
      const { error, valid } = parsed.problem;
      throw new UsageError(valid ? `${error}; valid values: ${valid.join(', ')}` : error);
    }
    const index = new SearchIndex(indexCorpus(corpus));
    const results = index.search(parsed.request.query, parsed.request);

    if (values.json) {
      const payload = results.map(({ slug, title, url, score, snippet }) => ({ slug, title, url, score, snippet }));
      io.out(JSON.stringify({ query, results: payload }, null, 2));
      return EXIT.ok;
    }
    if (results.length === 0) {
      io.out(`No case study matches "${query}".`);
      return EXIT.ok;
    }
    const bold = (text: string) => (io.isTTY ? `\u001b[1m${text}\u001b[22m` : text);
    results.forEach((result, i) => {
      let snippet = '';
      let at = 0;
      for (const [start, end] of result.snippet.highlights) {
        snippet += result.snippet.text.slice(at, start) + bold(result.snippet.text.slice(start, end));
        at = end;
      }
      snippet += result.snippet.text.slice(at);
      io.out(`${i + 1}. ${bold(result.title)}  (score ${result.score})\n   ${result.url}\n   ${result.snippet.label}: ${snippet}\n`);
    });
    return EXIT.ok;
  },
};
