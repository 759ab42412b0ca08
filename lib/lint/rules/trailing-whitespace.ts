import { bodyOutline } from '../body-outline';
import type { Rule, TextEdit, TextFile } from '../types';

export const trailingWhitespace: Rule = {
  id: 'trailing-whitespace',
  severity: 'warning',
  message: 'No line ends in spaces or tabs.',
  docs: 'Invisible, noisy in diffs, and in Markdown two trailing spaces are a hidden line break; `--fix` removes them, writing an intended line break as a visible backslash.',
  fixable: true,
  checkText(file, report) {
    let line = 1;
    let counted = 0;
    for (const match of file.source.matchAll(/[ \t]+(?=\r?$)/gm)) {
      const start = match.index;
      for (let i = file.source.indexOf('\n', counted); i !== -1 && i < start; i = file.source.indexOf('\n', i + 1)) line++;
      counted = start;
      report({ offset: start }, 'line ends in whitespace; delete it', fixFor(file, start, start + match[0].length, line));
    }
  },
};

/**
 * The safe edit: delete the whitespace, except where removing it would change the output: two or more spaces that
 * end a body line inside a paragraph are a Markdown line break (kept as `\`), and a backslash before the spaces
 * would itself become a line break. With the body unparsed, a body line's break cannot be told apart: no edit.
 */
function fixFor(file: TextFile, start: number, end: number, line: number): TextEdit[] | undefined {
  if (file.source[start - 1] === '\\') return undefined;
  const inBody = file.bodyOffset !== undefined && start >= file.bodyOffset;
  if (!inBody || !/^ {2,}$/.test(file.source.slice(start, end))) return [{ start, end, text: '' }];
  if (!file.tree) return undefined;
  return [{ start, end, text: bodyOutline(file.tree).breakLines.has(line) ? '\\' : '' }];
}
