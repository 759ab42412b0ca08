import { LESSON_PHASES, DOMAINS } from '../content/schema';
import { MAX_LIMIT, type SearchFilters } from './search-index';

export interface SearchRequest {
  query: string;
  limit: number;
  filters: Required<SearchFilters>;
}

export interface SearchParamError {
  error: string;
  parameter: string;
  valid?: readonly string[];
}

export const DEFAULT_LIMIT = 10;
/**
 * The search boxes accept 200 characters. A longer q (only a hand-made URL has one) is cut to that length, so
 * neither the work nor the answer, which echoes the query, grows with the input.
 */
export const MAX_QUERY_LENGTH = 200;

/** The first MAX_QUERY_LENGTH UTF-16 units of `query`, never ending on half of a surrogate pair. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const end = /[\uD800-\uDBFF]/.test(query.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
  return query.slice(0, end);
}

/** Reads q (capped), limit, category, domain and phase from a URL; repeated filters are OR-ed. Never throws. */
export function parseSearchParams(
  params: URLSearchParams,
  categoryIds: readonly string[],
): { ok: true; request: SearchRequest } | { ok: false; problem: SearchParamError } {
  const query = capQuery(params.get('q') ?? '');
  const rawLimit = params.get('limit');
  let limit = DEFAULT_LIMIT;
  if (rawLimit !== null) {
    if (!/^\d{1,3}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > MAX_LIMIT) {
      return {
        ok: false,
        problem: { error: `limit must be a whole number from 1 to ${MAX_LIMIT}`, parameter: 'limit' },
      };
    }
    limit = Number(rawLimit);
  }
  const filters: Required<SearchFilters> = { categories: [], domains: [], phases: [] };
  const checks: [string, keyof SearchFilters, readonly string[]][] = [
    ['category', 'categories', categoryIds],
    ['domain', 'domains', DOMAINS],
    ['phase', 'phases', LESSON_PHASES],
  ];
  for (const [parameter, key, valid] of checks) {
    const values = params.getAll(parameter).filter((value) => value !== '');
    const unknown = values.find((value) => !valid.includes(value));
    if (unknown !== undefined) {
      return {
        ok: false,
        problem: { error: `unknown ${parameter} "${unknown.slice(0, 100)}"`, parameter, valid },
      };
    }
    filters[key] = values;
  }
  return { ok: true, request: { query, limit, filters } };
}
