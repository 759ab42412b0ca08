import { CST, isMap, isNode, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document } from 'yaml';

export interface LocatedYaml {
  doc: Document;
  /**
   * Maps a field path to a 1-based line and column in the YAML text: the value when it is a scalar, else its
   * key; with `at: 'key'` always the key. A path that does not exist maps to its deepest existing ancestor.
   */
  locate(path: readonly PropertyKey[], options?: { at?: 'key' | 'value' }): { line: number; column: number };
  /**
   * Offsets [start, end) in the YAML text of the value at `path` (for a scalar: its source, quotes or block header
   * included, comments excluded); undefined when the path does not exist.
   */
  range(path: readonly PropertyKey[]): { start: number; end: number } | undefined;
  /** Every comment (`# …`) with its offset in the YAML text: lexed on demand, so a comment in a string is not one. */
  comments(): { offset: number; text: string }[];
  errors: { line: number; column: number; message: string }[];
}

/** Parses YAML keeping node positions, so validation errors can name a line and column. */
export function parseLocatedYaml(text: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPos = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = doc.errors.map((error) => ({ ...toPos(error.pos[0]), message: firstLine(error.message) }));

  function locate(path: readonly PropertyKey[], options: { at?: 'key' | 'value' } = {}) {
    let node: unknown = doc.contents;
    let offset = doc.contents?.range?.[0] ?? 0;
    for (const [i, key] of path.entries()) {
      const next = childOf(node, key, options.at === 'key' && i === path.length - 1);
      if (!next) break;
      node = next.value;
      offset = next.offset;
    }
    return toPos(offset);
  }

  function range(path: readonly PropertyKey[]) {
    let node: unknown = doc.contents;
    for (const key of path) {
      const next = childOf(node, key, false);
      if (!next) return undefined;
      node = next.value;
    }
    if (!isNode(node) || !node.range) return undefined;
    return { start: node.range[0], end: node.range[1] };
  }

  return { doc, locate, range, comments: () => lexComments(text), errors };
}

/** The lexer's control tokens mark structure and stand for no source text. */
const CONTROL_TOKENS = new Set<string>([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

function lexComments(text: string): { offset: number; text: string }[] {
  const comments: { offset: number; text: string }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CST.tokenType(token) === 'comment') comments.push({ offset, text: token });
    if (!CONTROL_TOKENS.has(token)) offset += token.length;
  }
  return comments;
}

/** The child node at `key` and the offset that best points at it (the key for map entries). */
function childOf(node: unknown, key: PropertyKey, atKey: boolean): { value: unknown; offset: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair) return undefined;
    const value: unknown = pair.value;
    const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    // Point at the value when it is a scalar (that is what is wrong), else at the key that opens the block.
    const start = isScalar(value) && !atKey ? rangeStart(value) : keyStart;
    return { value, offset: start ?? keyStart ?? 0 };
  }
  if (isSeq(node) && typeof key === 'number') {
    const item: unknown = node.items[key];
    if (item === undefined) return undefined;
    return { value: item, offset: rangeStart(item) ?? 0 };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
