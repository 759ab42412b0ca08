import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

type MdxExpression = Extract<Nodes, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>;

const BLOCK_COMMENTS_ONLY = /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)+$/;

/**
 * The text of an MDX expression that holds nothing but block comments (`{/* … *\/}`), or undefined for any other
 * expression. Such an expression compiles to nothing, so it is the one expression a case study may contain.
 */
export function mdxCommentText(node: MdxExpression): string | undefined {
  const program = node.data?.estree;
  // When MDX parsed the expression, trust its parse: no statements and at least one comment.
  if (program && (program.body.length > 0 || (program.comments ?? []).length === 0)) return undefined;
  if (!BLOCK_COMMENTS_ONLY.test(node.value)) return undefined;
  return node.value.replace(/\/\*|\*\//g, ' ').trim();
}

/**
 * A remark plugin that drops comment-only expressions before compiling, so a `{/* … *\/}` line leaves no trace on the
 * page (not even the line break MDX would keep between blocks).
 */
export function remarkRemoveMdxComments() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return undefined;
      if (!parent || index === undefined || mdxCommentText(node) === undefined) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
