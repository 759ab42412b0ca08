/**
 * A small unified-diff parser for `git diff` (with or without a/ b/ prefixes, renames, binary files) and plain
 * `diff -u` output. Hunk bodies are read by the line counts in their `@@` header, so a removed line "-- x" (shown
 * as "--- x") or an added "++ y" is never mistaken for a file header.
 */

export type DiffLineKind = 'context' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffLineKind;
  /** The line without its +/-/space marker and without a trailing CR. */
  text: string;
  /** 1-based line in the new file; undefined for removed lines. */
  newLine: number | undefined;
}

export interface DiffHunk {
  /** 1-based line of the `@@` header in the diff text (for warnings). */
  diffLine: number;
  newStart: number;
  lines: DiffLine[];
}

export interface DiffFile {
  /** Path before the change; undefined for an added file. */
  oldPath: string | undefined;
  /** Path after the change; undefined for a deleted file. */
  newPath: string | undefined;
  binary: boolean;
  hunks: DiffHunk[];
}

export interface ParsedDiff {
  files: DiffFile[];
  /** Whether the text held anything diff-like (a file header or a hunk). */
  looksLikeDiff: boolean;
  warnings: string[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const DEV_NULL = '/dev/null';

/** Decodes a C-style quoted path as git writes it for unusual names ("a/caf\303\251.c"). */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < quoted.length - 1; i++) {
    const char = quoted[i]!;
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const next = quoted[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(quoted.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Splits the two paths of a `diff --git` line; undefined when they cannot be told apart. */
function splitGitPaths(rest: string): [string, string] | undefined {
  const quoted = /^("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*")$|^("(?:[^"\\]|\\.)*") (.+)$/.exec(rest);
  if (quoted) {
    const first = quoted[1] ?? quoted[3]!;
    const second = quoted[2] ?? quoted[4]!;
    const read = (path: string) => (path.startsWith('"') ? unquote(path) : path);
    return [read(first), read(second)];
  }
  // Unquoted names may hold spaces. Without a rename both halves name the same file: "a/x y b/x y" or "x y x y".
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ') {
    const [left, right] = [rest.slice(0, half), rest.slice(half + 1)];
    if (left === right || (left.startsWith('a/') && right.startsWith('b/') && left.slice(2) === right.slice(2))) {
      return [left, right];
    }
  }
  const prefixed = / b\//.exec(rest);
  if (rest.startsWith('a/') && prefixed) return [rest.slice(0, prefixed.index), rest.slice(prefixed.index + 1)];
  return undefined;
}

/** A path from a `---`/`+++` line: unquoted, without a `diff -u` timestamp after a tab. */
function headerPath(value: string): string {
  const path = value.startsWith('"') ? unquote(value.replace(/\t.*$/, '')) : value.replace(/\t.*$/, '');
  return path;
}

export function parseUnifiedDiff(text: string): ParsedDiff {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  if (lines.at(-1) === '') lines.pop();
  const files: DiffFile[] = [];
  const warnings: string[] = [];
  let file: DiffFile | undefined;
  // Whether `file`'s paths carry git's a/ and b/ prefixes (decided by its `diff --git` line or its header pair).
  let prefixed = false;
  let looksLikeDiff = false;

  const startFile = (oldPath: string | undefined, newPath: string | undefined): DiffFile => {
    file = { oldPath, newPath, binary: false, hunks: [] };
    files.push(file);
    return file;
  };
  const strip = (path: string, prefix: 'a/' | 'b/') => (prefixed && path.startsWith(prefix) ? path.slice(2) : path);

  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    index++;

    if (line.startsWith('diff --git ')) {
      looksLikeDiff = true;
      const paths = splitGitPaths(line.slice('diff --git '.length));
      prefixed = paths !== undefined && paths[0].startsWith('a/') && paths[1].startsWith('b/');
      startFile(paths && strip(paths[0], 'a/'), paths && strip(paths[1], 'b/'));
      continue;
    }
    if (line.startsWith('--- ') && lines[index]?.startsWith('+++ ')) {
      looksLikeDiff = true;
      const oldRaw = headerPath(line.slice(4));
      const newRaw = headerPath(lines[index]!.slice(4));
      index++;
      // A `diff -u` pair without a `diff --git` line before it starts its own file.
      if (!file || file.hunks.length > 0 || file.binary) {
        prefixed = oldRaw.startsWith('a/') && newRaw.startsWith('b/');
        startFile(undefined, undefined);
      }
      const current = file!;
      current.oldPath = oldRaw === DEV_NULL ? undefined : strip(oldRaw, 'a/');
      current.newPath = newRaw === DEV_NULL ? undefined : strip(newRaw, 'b/');
      continue;
    }
    if (file && file.hunks.length === 0) {
      if (line.startsWith('new file mode')) file.oldPath = undefined;
      else if (line.startsWith('deleted file mode')) file.newPath = undefined;
      else if (line.startsWith('rename from ')) file.oldPath = headerPath(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) file.newPath = headerPath(line.slice('rename to '.length));
      else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true;
    }

    const header = HUNK_HEADER.exec(line);
    if (!header) continue;
    looksLikeDiff = true;
    const diffLine = index;
    if (!file) {
      warnings.push(`diff line ${diffLine}: a hunk without a file header; its file name is unknown`);
      startFile(undefined, '');
    }
    let oldLeft = header[2] === undefined ? 1 : Number(header[2]);
    let newLeft = header[4] === undefined ? 1 : Number(header[4]);
    // Start 0 is only right for an empty range; a hand-made "+0,3" still numbers its lines from 1.
    let newLine = Math.max(1, Number(header[3]));
    const hunk: DiffHunk = { diffLine, newStart: newLine, lines: [] };
    file!.hunks.push(hunk);
    while ((oldLeft > 0 || newLeft > 0) && index < lines.length) {
      const body = lines[index]!;
      const marker = body[0];
      if (marker === '\\') {
        index++; // "\ No newline at end of file"
        continue;
      }
      // An empty line is a context line whose trailing space was lost (e-mail, copy and paste).
      if ((marker === ' ' || body === '') && oldLeft > 0 && newLeft > 0) {
        hunk.lines.push({ kind: 'context', text: body.slice(1), newLine: newLine++ });
        oldLeft--;
        newLeft--;
      } else if (marker === '+' && newLeft > 0) {
        hunk.lines.push({ kind: 'added', text: body.slice(1), newLine: newLine++ });
        newLeft--;
      } else if (marker === '-' && oldLeft > 0) {
        hunk.lines.push({ kind: 'removed', text: body.slice(1), newLine: undefined });
        oldLeft--;
      } else {
        break;
      }
      index++;
    }
    if (oldLeft > 0 || newLeft > 0) {
      warnings.push(`diff line ${diffLine}: the hunk ends before the line counts in its "@@" header; the diff may be cut off`);
    }
    while (lines[index]?.startsWith('\\')) index++;
  }
  return { files, looksLikeDiff, warnings };
}
