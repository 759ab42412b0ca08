export interface SplitSource {
  /** The YAML between the fences; empty when the file has none. */
  frontMatter: string;
  /** 1-based file line where the YAML starts. */
  frontMatterStartLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyStartLine: number;
  /** Offset in the source where the YAML starts. */
  frontMatterOffset: number;
  /** Offset in the source where the body starts. */
  bodyOffset: number;
  hasFrontMatter: boolean;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Splits `---\nyaml\n---\nbody` without losing a line, so positions in either part map back to the file. */
export function splitFrontMatter(source: string): SplitSource {
  const opening = OPENING.exec(source);
  if (!opening) {
    return {
      frontMatter: '',
      frontMatterStartLine: 1,
      body: source,
      bodyStartLine: 1,
      frontMatterOffset: 0,
      bodyOffset: 0,
      hasFrontMatter: false,
    };
  }
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      frontMatter: rest,
      frontMatterStartLine: 2,
      body: '',
      bodyStartLine: 2 + countLines(rest),
      frontMatterOffset: opening[0].length,
      bodyOffset: source.length,
      hasFrontMatter: false,
    };
  }
  const frontMatter = rest.slice(0, closing.index);
  const afterFence = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  return {
    frontMatter,
    frontMatterStartLine: 2,
    body: afterFence,
    bodyStartLine: 2 + countLines(frontMatter) + 1,
    frontMatterOffset: opening[0].length,
    bodyOffset: source.length - afterFence.length,
    hasFrontMatter: true,
  };
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
