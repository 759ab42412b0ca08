import type { LocatedSource } from '../../content/parse-case';
import type { Rule, TextEdit } from '../types';

export const checkQuestion: Rule = {
  id: 'check-question',
  severity: 'error',
  message: 'A lesson\'s check ends with "?".',
  docs: 'The check is the question a reviewer asks of a change; `--fix` adds the missing "?" (replacing a final full stop).',
  fixable: true,
  loaderCodes: ['check-question'],
  fixLoaderDiagnostic(diagnostic, located) {
    return diagnostic.path ? addQuestionMark(located, diagnostic.path) : undefined;
  },
};

/**
 * The edit that ends a scalar with "?": after its last character, or over a final "." or ":", inside the quotes of a
 * quoted scalar. No edit when the written form ends in something we cannot safely touch (an escape).
 */
function addQuestionMark(located: LocatedSource, path: readonly PropertyKey[]): TextEdit[] | undefined {
  const range = located.rangeOf(path);
  if (!range) return undefined;
  const written = located.source.slice(range.start, range.end);
  const quote = written[0] === '"' || written[0] === "'" ? written[0] : undefined;
  let end = range.start + written.trimEnd().length;
  if (quote) {
    if (located.source[end - 1] !== quote) return undefined;
    end -= 1;
  }
  const last = located.source[end - 1];
  if (last === undefined || last === '\\' || last === quote || /\s/.test(last)) return undefined;
  return last === '.' || last === ':' ? [{ start: end - 1, end, text: '?' }] : [{ start: end, end, text: '?' }];
}
