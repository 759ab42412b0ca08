import type { Checklist, ChecklistItem } from './types';

export const FILTER_KEYS = ['phase', 'cause', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * A selection of the checklist. Within a key, values are alternatives (phase=design&phase=testing: either phase);
 * across keys, all must hold. An empty list does not filter.
 */
export type ChecklistFilter = Record<FilterKey, string[]>;

export type FilterInput = Partial<Record<FilterKey, readonly string[]>>;

export type FilterValidation = { ok: true; filter: ChecklistFilter } | { ok: false; error: string; valid: string[] };

export const NO_FILTER: ChecklistFilter = { phase: [], cause: [], tag: [] };

const NOUN: Record<FilterKey, [singular: string, plural: string]> = {
  phase: ['phase', 'phases'],
  cause: ['cause category', 'cause categories'],
  tag: ['tag', 'tags'],
};

/** The values each filter key accepts. */
export function filterOptions(checklist: Checklist): Record<FilterKey, string[]> {
  return {
    phase: [...checklist.phases],
    cause: checklist.categories.map((category) => category.id),
    tag: [...checklist.tags],
  };
}

/** Checks every value against the checklist's vocabulary; empty values are ignored, repeats collapse. */
export function validateFilter(checklist: Checklist, input: FilterInput): FilterValidation {
  const options = filterOptions(checklist);
  const filter: ChecklistFilter = { phase: [], cause: [], tag: [] };
  for (const key of FILTER_KEYS) {
    for (const value of input[key] ?? []) {
      if (value === '' || filter[key].includes(value)) continue;
      if (!options[key].includes(value)) {
        const [singular, plural] = NOUN[key];
        return {
          ok: false,
          error: `unknown ${singular} "${value}"; valid ${plural}: ${options[key].join(', ')}`,
          valid: options[key],
        };
      }
      filter[key].push(value);
    }
  }
  return { ok: true, filter };
}

/** Like validateFilter, but drops what it does not know: for selections read from a URL someone may have edited. */
export function sanitizeFilter(checklist: Checklist, input: FilterInput): ChecklistFilter {
  const options = filterOptions(checklist);
  const filter: ChecklistFilter = { phase: [], cause: [], tag: [] };
  for (const key of FILTER_KEYS) filter[key] = [...new Set(input[key] ?? [])].filter((value) => options[key].includes(value));
  return filter;
}

export function isUnfiltered(filter: ChecklistFilter): boolean {
  return FILTER_KEYS.every((key) => filter[key].length === 0);
}

export function itemMatches(item: ChecklistItem, filter: ChecklistFilter): boolean {
  const matches = (selected: string[], values: readonly string[]) =>
    selected.length === 0 || values.some((value) => selected.includes(value));
  return matches(filter.phase, item.phases) && matches(filter.cause, item.categories) && matches(filter.tag, item.tags);
}

export function filterItems(checklist: Checklist, filter: ChecklistFilter): ChecklistItem[] {
  return checklist.items.filter((item) => itemMatches(item, filter));
}
