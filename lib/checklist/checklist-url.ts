import { FILTER_KEYS, type ChecklistFilter, type FilterInput } from './filter';
import type { LessonReference } from './types';

export const CHECKLIST_PATH = '/checklist';
/** The query parameter that carries ticked item ids in a share link. */
export const CHECKED_PARAM = 'checked';
/** Item ids are base 36, so a dot separates them without being percent-encoded. */
const ID_SEPARATOR = '.';

export function lessonPath(reference: LessonReference): string {
  return `/cases/${reference.slug}#${reference.lessonId}`;
}

export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}

/** phase=…&cause=…&tag=…, keys in that order, values in the order selected. */
export function filterSearchParams(filter: ChecklistFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of filter[key]) params.append(key, value);
  return params;
}

/** /checklist with the filter and, for a share link, the ticked item ids. */
export function checklistPath(filter: ChecklistFilter, checked: readonly string[] = []): string {
  const params = filterSearchParams(filter);
  if (checked.length > 0) params.set(CHECKED_PARAM, checked.join(ID_SEPARATOR));
  const query = params.toString();
  return query ? `${CHECKLIST_PATH}?${query}` : CHECKLIST_PATH;
}

/** The filter values of a query string, as given (validate them before use); repeated keys give several values. */
export function filterInputFrom(params: URLSearchParams): FilterInput {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.getAll(key)]));
}

/** No filter value or format is longer than this; the longest tag or cause id is a fraction of it. */
export const MAX_PARAMETER_LENGTH = 100;

/**
 * The first of `keys` with a value longer than MAX_PARAMETER_LENGTH, if any. Checked before validation, whose
 * error message quotes the unknown value: a 100 kB value must not come back as a 100 kB error.
 */
export function overlongParameter(params: URLSearchParams, keys: readonly string[]): string | undefined {
  return keys.find((key) => params.getAll(key).some((value) => value.length > MAX_PARAMETER_LENGTH));
}

/** Ticked ids of a share link, or undefined when the link carries no ticks. */
export function checkedFrom(params: URLSearchParams): string[] | undefined {
  const value = params.get(CHECKED_PARAM);
  if (value === null) return undefined;
  return value.split(ID_SEPARATOR).filter((id) => id.length > 0);
}
