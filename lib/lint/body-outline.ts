import type { Heading, Image, ImageReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The parts of a body that rules look at, collected in one walk of the tree and shared by every rule. */
export interface BodyOutline {
  headings: { depth: Heading['depth']; text: string; line: number; column: number }[];
  images: { alt: string; line: number; column: number }[];
  /** Lines that end in a Markdown hard line break. */
  breakLines: Set<number>;
}

const outlines = new WeakMap<Root, BodyOutline>();

export function bodyOutline(tree: Root): BodyOutline {
  const cached = outlines.get(tree);
  if (cached) return cached;
  const outline: BodyOutline = { headings: [], images: [], breakLines: new Set() };
  visit(tree, (node) => {
    if (!node.position) return;
    const { line, column } = node.position.start;
    if (node.type === 'heading') outline.headings.push({ depth: node.depth, text: toString(node), line, column });
    else if (isImage(node)) outline.images.push({ alt: node.alt ?? '', line, column });
    else if (node.type === 'break') outline.breakLines.add(line);
  });
  outlines.set(tree, outline);
  return outline;
}

function isImage(node: { type: string }): node is Image | ImageReference {
  return node.type === 'image' || node.type === 'imageReference';
}
