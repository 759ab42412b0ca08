import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type MdxParseResult =
  | { ok: true; tree: Root }
  | { ok: false; line: number; column: number; message: string };

/** Parses an MDX body to mdast; a syntax error comes back with its position instead of being thrown. */
export function parseMdxBody(body: string): MdxParseResult {
  try {
    return { ok: true, tree: parser.parse(body) };
  } catch (error) {
    const place = positionOf(error);
    return { ok: false, line: place.line, column: place.column, message: messageOf(error) };
  }
}

function positionOf(error: unknown): { line: number; column: number } {
  if (typeof error === 'object' && error !== null && 'line' in error && 'column' in error) {
    const { line, column } = error;
    if (typeof line === 'number' && typeof column === 'number') return { line, column };
  }
  return { line: 1, column: 1 };
}

// Most MDX syntax errors in prose are a literal < or { that MDX reads as JSX or an expression.
const HINT = ' (a literal "<" or "{" in prose must be escaped as \\< or \\{, or put in a code span)';

function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'reason' in error && typeof error.reason === 'string') {
    return `MDX syntax error: ${error.reason}${HINT}`;
  }
  return `MDX syntax error: ${error instanceof Error ? error.message : String(error)}`;
}
