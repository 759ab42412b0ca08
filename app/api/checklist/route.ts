import { getChecklist } from '@/lib/checklist/checklist.server';
import { filterInputFrom } from '@/lib/checklist/checklist-url';
import { renderChecklist } from '@/lib/checklist/render-checklist';
import { SITE_URL } from '@/lib/site';

/** GET /api/checklist?format=md|json&phase=…&cause=…&tag=… — the checklist page's selection as Markdown or JSON. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const result = renderChecklist(
    await getChecklist(),
    { ...filterInputFrom(params), format: params.getAll('format') },
    { siteUrl: SITE_URL, defaultFormat: 'json' },
  );
  if (!result.ok) return Response.json({ error: result.error, valid: result.valid }, { status: 400 });
  return new Response(result.body, { headers: { 'content-type': result.contentType } });
}
