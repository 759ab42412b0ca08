import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ALLOWED_MDX_COMPONENTS, isAllowedMdxComponent, mdxComponentProps } from './mdx-allowlist';
import { mdxCommentText } from './mdx-comment';

export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

const allowedList = ALLOWED_MDX_COMPONENTS.map((name) => `<${name}>`).join(', ');
const SAFE_URL = /^(https?:|mailto:|\/|#|\.{0,2}\/)/i;

/** Finds everything in a contributor's MDX that could run code or inject markup: it must not reach the page. */
export function checkMdxSafety(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const report = (node: { position?: { start: { line: number; column: number } } }, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({ line: start.line, column: start.column, message });
  };

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import/export is not allowed in case studies; components are provided by the site');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment, e.g. {/* lessons-disable-next-line image-alt */}, compiles to nothing and is allowed.
        if (mdxCommentText(node) === undefined) {
          report(node, 'JavaScript expressions in braces are not allowed; put braces in a code span or escape them as \\{');
        }
        break;
      case 'html':
        report(node, 'raw HTML is not allowed; use Markdown or an allowed component');
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!SAFE_URL.test(node.url.trim())) {
          report(node, `URL "${node.url}" is not allowed; use an http(s), mailto or site-relative URL`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (!isAllowedMdxComponent(name)) {
          report(node, `<${name ?? ''}> is not allowed; allowed components are ${allowedList}`);
          break;
        }
        const props: Record<string, string> = {};
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(node, `<${name}> spreads an expression; only plain string attributes are allowed`);
          } else if (typeof attribute.value === 'string') {
            props[attribute.name] = attribute.value;
          } else {
            report(node, `<${name}> attribute "${attribute.name}" must be a plain string, e.g. ${attribute.name}="…"`);
          }
        }
        const checked = mdxComponentProps[name].safeParse(props);
        if (!checked.success) {
          for (const issue of checked.error.issues) {
            const prop = issue.code === 'unrecognized_keys' ? issue.keys.join('", "') : issue.path.join('.');
            const message = issue.code === 'unrecognized_keys' ? 'is not a known attribute' : issue.message;
            report(node, `<${name}> attribute "${prop}" ${message}`);
          }
        }
        break;
      }
    }
  });
  return problems;
}
