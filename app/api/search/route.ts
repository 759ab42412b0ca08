import { getCorpus } from '@/lib/content/corpus.server';
import { getSearchIndex } from '@/lib/search/index.server';
import { parseSearchParams } from '@/lib/search/search-params';

/** GET /api/search?q=…&limit=…&category=…&domain=…&phase=… → { query, results } or 400 { error, parameter, valid? }. */
export async function GET(request: Request): Promise<Response> {
  const corpus = await getCorpus();
  const parsed = parseSearchParams(
    new URL(request.url).searchParams,
    corpus.categories.map((category) => category.id),
  );
  if (!parsed.ok) return Response.json(parsed.problem, { status: 400 });
  const { query, limit, filters } = parsed.request;
  const results = (await getSearchIndex()).search(query, { limit, filters });
  return Response.json({
    query,
    results: results.map(({ slug, title, url, score, snippet }) => ({ slug, title, url, score, snippet })),
  });
}
