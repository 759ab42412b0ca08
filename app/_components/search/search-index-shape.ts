import type { SerializedSearchIndex } from '@/lib/search/build-index';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumberArray = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isDocument(value: unknown): boolean {
  return (
    isRecord(value) &&
    ['slug', 'title', 'date', 'domain', 'summary'].every((key) => typeof value[key] === 'string') &&
    isStringArray(value.categories) &&
    isStringArray(value.phases) &&
    Array.isArray(value.fields) &&
    value.fields.every((field) => isRecord(field) && typeof field.text === 'string' && typeof field.label === 'string')
  );
}

/**
 * Whether a fetched `/search-index.json` is an index this engine can read: the right version, and lists that agree
 * in length. A stale cached file from another release, a proxy's error page served as JSON or a truncated body
 * must fail here, where the search box can say so, not as an exception in the middle of a search.
 * Checked by hand rather than with zod to keep the schema library out of every page's JavaScript.
 */
export function isSerializedSearchIndex(value: unknown): value is SerializedSearchIndex {
  return (
    isRecord(value) &&
    value.version === 1 &&
    isStringArray(value.terms) &&
    Array.isArray(value.postings) &&
    value.postings.length === value.terms.length &&
    value.postings.every(isNumberArray) &&
    isNumberArray(value.lengths) &&
    Array.isArray(value.docs) &&
    value.docs.length === value.lengths.length &&
    value.docs.every(isDocument)
  );
}
