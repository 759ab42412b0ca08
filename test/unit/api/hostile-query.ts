import fc from 'fast-check';

/**
 * Raw (already percent-encoded or deliberately broken) pieces of a query string: invalid UTF-8, lone surrogates
 * in their WTF-8 spelling, overlong encodings, a stray "%", NUL, and the search syntax's operators.
 */
export const RAW_FRAGMENTS = [
  '%ff',
  '%E0%A4',
  '%',
  '%%41',
  '%zz',
  '%C0%AF',
  '%ED%A0%80', // a lone high surrogate
  '%ED%B0%80', // a lone low surrogate
  '%F0%9F%98', // a truncated astral character
  '%00',
  '%EF%BF%BF',
  '%u0041',
  '+',
  '&&',
  '==',
  '%26',
  '%3D',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '^',
  '$',
  '!',
  "'",
  '=',
  '|',
  '(',
  '[',
  '.*',
  '\\',
] as const;

/** Text with astral characters, right-to-left marks, combining marks and NUL, percent-encoded as a browser would. */
const unicodeText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('😀', '𝔘', '\u202e', '\u200f', 'שלום', 'مرحبا', 'e\u0301', '\u0000', '\ufeff', 'İ', 'ß'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => encodeURIComponent(parts.join('')));

/** Any UTF-16 code unit, lone surrogates included, written raw into the URL for the URL parser to deal with. */
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 });

const HUGE = 100_000;
/** 100 kB values: plain, percent-encoded, and made of one repeated invalid escape. */
const hugeValue = fc.constantFrom('a'.repeat(HUGE), '%41'.repeat(HUGE / 3), '%ff'.repeat(HUGE / 3), 'overflow+'.repeat(HUGE / 9));

export const hostileValue = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...RAW_FRAGMENTS), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: unicodeText },
  { weight: 2, arbitrary: anyCodeUnits },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: hugeValue },
);

/**
 * A query string of 0–8 parameters: the route's own keys (repeated, as in ?limit=1&limit=999), unknown keys and
 * hostile keys, each with a hostile value or a valid one from `validValues`.
 */
export function hostileQueryString(keys: readonly string[], validValues: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom('utm_source', 'callback', '__proto__', 'constructor', 'q[]', '') },
    { weight: 1, arbitrary: hostileValue.filter((value) => value.length < 1000) },
  );
  const value = fc.oneof({ weight: 3, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constantFrom(...validValues) });
  return fc
    .array(fc.tuple(key, value, fc.boolean()), { maxLength: 8 })
    .map((pairs) => pairs.map(([k, v, withEquals]) => (withEquals ? `${k}=${v}` : `${k}${v}`)).join('&'));
}

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Calls a route handler as Next would, with nothing between the URL and the handler. */
export async function call(handler: (request: Request) => Promise<Response>, url: string): Promise<Answer> {
  const response = await handler(new Request(url));
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.text() };
}

/** Parses a JSON body and returns its `error` field, failing the test if there is none. */
export function errorOf(body: string): unknown {
  const parsed: unknown = JSON.parse(body);
  return typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'error') : undefined;
}
