import { getChecklist } from '@/lib/checklist/checklist.server';
import { filterInputFrom, MAX_PARAMETER_LENGTH, overlongParameter } from '@/lib/checklist/checklist-url';
import { FILTER_KEYS } from '@/lib/checklist/filter';
import { renderChecklist } from '@/lib/checklist/render-checklist';
import { SITE_URL } from '@/lib/site';

const PARAMETERS = [...FILTER_KEYS, 'format'];

/** GET /api/checklist?format=md|json&phase=…&cause=…&tag=… — the checklist page's selection as Markdown or JSON. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const overlong = overlongParameter(params, PARAMETERS);
  if (overlong !== undefined) {
    const error = `${overlong} must be at most ${MAX_PARAMETER_LENGTH} characters`;
    return Response.json({ error, parameter: overlong }, { status: 400 });
  }
  const result = renderChecklist(
    await getChecklist(),
    { ...filterInputFrom(params), format: params.getAll('format') },
    { siteUrl: SITE_URL, defaultFormat: 'json' },
  );
  if (!result.ok) return Response.json({ error: result.error, valid: result.valid }, { status: 400 });
  return new Response(result.body, { headers: { 'content-type': result.contentType } });
}
