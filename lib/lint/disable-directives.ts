import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { mdxCommentText } from '../content/mdx-comment';
import type { LineIndex } from './line-index';

/** A `lessons-disable-next-line` comment: which rules it silences, on which line. */
export interface Directive {
  line: number;
  column: number;
  /** The line it silences: the next one that is neither blank nor another directive. */
  targetLine: number;
  /** As written; checked against the registry when findings are matched. */
  ruleIds: string[];
}

const DIRECTIVE = /^\s*lessons-disable-next-line\b([\s\S]*)$/;

/** The rule ids a comment's text names, or undefined when it is not a directive. `-- reason` is allowed after them. */
export function parseDirective(commentText: string): string[] | undefined {
  const match = DIRECTIVE.exec(commentText);
  if (!match) return undefined;
  const [ids = ''] = (match[1] ?? '').split(/\s--\s|\s--$/);
  return ids.split(/[\s,]+/).filter((id) => id.length > 0);
}

/** Directives in YAML `# …` comments (file offsets) and in MDX `{/* … *\/}` comments. */
export function findDirectives(
  source: string,
  lines: LineIndex,
  yamlComments: readonly { offset: number; text: string }[],
  tree: Root | undefined,
): Directive[] {
  const found: { line: number; column: number; endLine: number; ruleIds: string[] }[] = [];
  for (const comment of yamlComments) {
    const ruleIds = parseDirective(comment.text.replace(/^#/, ''));
    if (!ruleIds) continue;
    const { line, column } = lines.position(comment.offset);
    found.push({ line, column, endLine: line, ruleIds });
  }
  // Walking the tree costs more than this search, and most files have no directive.
  if (tree && source.includes('lessons-disable')) {
    visit(tree, (node) => {
      if ((node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') || !node.position) return;
      const text = mdxCommentText(node);
      const ruleIds = text === undefined ? undefined : parseDirective(text);
      if (!ruleIds) return;
      const { start, end } = node.position;
      found.push({ line: start.line, column: start.column, endLine: end.line, ruleIds });
    });
  }
  const directiveLines = new Set(found.map((directive) => directive.line));
  return found.map(({ line, column, endLine, ruleIds }) => {
    let target = endLine + 1;
    while (target < lines.lineCount && (directiveLines.has(target) || isBlank(source, lines, target))) target++;
    return { line, column, targetLine: target, ruleIds };
  });
}

function isBlank(source: string, lines: LineIndex, line: number): boolean {
  return source.slice(lines.lineStart(line), lines.lineStart(line + 1)).trim() === '';
}
