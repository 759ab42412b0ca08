import type { LineMatcher } from './compile-triggers';

/**
 * Only the first 2,000 UTF-16 code units of a line are matched. Triggers are written by people and a diff can
 * come from anyone: the cap bounds the work any one regex does on a hostile line (a minified bundle, a
 * megabyte of "aaaa…"), and real code that a lesson is about fits well within it.
 */
export const MAX_LINE_LENGTH = 2000;

export function clipLine(text: string): string {
  return text.length > MAX_LINE_LENGTH ? text.slice(0, MAX_LINE_LENGTH) : text;
}

/**
 * Where a chain of context patterns completes in a hunk's new-file lines: each pattern must match a line, in
 * order, each on a later line than the one before. Returns the index of the line that completes the chain, -1 for
 * no context, or Infinity when the chain never completes. Earliest-first matching is optimal for an ordered
 * chain, so one pass per hunk answers the question for every added line in it: context holds for the line at
 * index i exactly when the result is below i.
 */
export function contextChainEnd(context: readonly RegExp[], lines: readonly string[]): number {
  if (context.length === 0) return -1;
  let next = 0;
  for (let index = 0; index < lines.length; index++) {
    if (context[next]!.test(lines[index]!) && ++next === context.length) return index;
  }
  return Infinity;
}

/** The 1-based column where the pattern matches the (clipped) line, or undefined when it does not or `unless` does. */
export function matchColumn(matcher: LineMatcher, line: string): number | undefined {
  const match = matcher.pattern.exec(line);
  if (!match || matcher.unless?.test(line)) return undefined;
  return match.index + 1;
}

/** A trigger example's lines, clipped like a diff's: the last plays the added line, those before it the context. */
export function snippetLines(snippet: string): string[] {
  return snippet.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').map(clipLine);
}

/**
 * Runs a trigger on a snippet the way review runs it on a hunk: the last line plays the added line and the lines
 * before it the context above. Used by the linter for a trigger's examples.
 */
export function matchSnippet(matcher: LineMatcher, snippet: string): { line: number; column: number } | undefined {
  const lines = snippetLines(snippet);
  const last = lines.length - 1;
  const column = matchColumn(matcher, lines[last]!);
  if (column === undefined || contextChainEnd(matcher.context, lines) >= last) return undefined;
  return { line: last + 1, column };
}
