import { validateFilter, type FilterInput } from './filter';
import { groupChecklist } from './group-checklist';
import { checklistToJson } from './to-json';
import { checklistToMarkdown } from './to-markdown';
import type { Checklist } from './types';

export const FORMATS = ['md', 'json'] as const;
export type ChecklistFormat = (typeof FORMATS)[number];

const CONTENT_TYPE: Record<ChecklistFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface RenderRequest extends FilterInput {
  /** At most one value; none means the caller's default. */
  format?: readonly string[];
}

export type RenderResult =
  | { ok: true; format: ChecklistFormat; contentType: string; body: string }
  | { ok: false; error: string; valid: string[] };

/** One selection rendered as Markdown or JSON: what /api/checklist answers and `lessons checklist` prints. */
export function renderChecklist(
  checklist: Checklist,
  request: RenderRequest,
  options: { siteUrl: string; defaultFormat: ChecklistFormat },
): RenderResult {
  const formats = [...new Set(request.format ?? [])].filter((value) => value !== '');
  const format = formats.length === 0 ? options.defaultFormat : FORMATS.find((known) => known === formats[0]);
  if (!format || formats.length > 1) {
    const given = formats.map((value) => `"${value}"`).join(', ');
    const problem = formats.length > 1 ? `give one format, not ${given}` : `unknown format ${given}`;
    return { ok: false, error: `${problem}; valid formats: ${FORMATS.join(', ')}`, valid: [...FORMATS] };
  }
  const validation = validateFilter(checklist, request);
  if (!validation.ok) return validation;
  const { filter } = validation;
  const groups = groupChecklist(checklist, filter);
  const body =
    format === 'md'
      ? checklistToMarkdown(checklist, groups, { siteUrl: options.siteUrl, filter })
      : `${JSON.stringify(checklistToJson(groups, { siteUrl: options.siteUrl, filter }), null, 2)}\n`;
  return { ok: true, format, contentType: CONTENT_TYPE[format], body };
}
