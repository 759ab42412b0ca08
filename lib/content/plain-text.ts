import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface BodyPassage {
  /** The id of the heading above the passage (as rehype-slug assigns it on the page), or null before any heading. */
  anchor: string | null;
  heading: string | null;
  text: string;
  /** Code blocks are searchable but never used as a snippet. */
  kind: 'prose' | 'code';
}

/**
 * Plain-text passages of an MDX body, one per paragraph, list item, table row or code block, each tied to the
 * heading it sits under. Headings get the same slugs as rehype-slug gives them on the page.
 */
export function bodyPassages(tree: Root): BodyPassage[] {
  const slugger = new GithubSlugger();
  const passages: BodyPassage[] = [];
  let anchor: string | null = null;
  let heading: string | null = null;

  const push = (text: string, kind: BodyPassage['kind']) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) passages.push({ anchor, heading, text: clean, kind });
  };

  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        heading = toString(node);
        anchor = slugger.slug(heading);
        return;
      case 'paragraph':
        push(toString(node), 'prose');
        return;
      case 'code':
        push(node.value, 'code');
        return;
      case 'tableRow':
        push(node.children.map((cell) => toString(cell)).join(' · '), 'prose');
        return;
      case 'mdxJsxFlowElement':
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'title' && typeof attribute.value === 'string') {
            push(attribute.value, 'prose');
          }
        }
        node.children.forEach(visit);
        return;
      default:
        if ('children' in node) node.children.forEach(visit);
    }
  };
  tree.children.forEach(visit);
  return passages;
}
