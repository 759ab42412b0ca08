import { getSerializedSearchIndex } from '@/lib/search/index.server';

// Written to a static file at build time; the search box fetches it on first use.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await getSerializedSearchIndex());
}
