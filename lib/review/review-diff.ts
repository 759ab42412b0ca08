// Browser-safe on purpose (no node: imports, no fs): the /review page runs this same engine on a pasted diff.
import { compileTriggerSet, type CompiledLesson, type CompiledTrigger } from './compile-triggers';
import { clipLine, contextChainEnd, matchColumn, MAX_LINE_LENGTH } from './match-line';
import { parseUnifiedDiff, type DiffHunk } from './parse-unified-diff';
import type { ReviewLesson, TriggerSet } from './trigger-set';

export { triggerSetFromCases, type ReviewLesson, type TriggerSet, type TriggerSpec } from './trigger-set';
export { MAX_LINE_LENGTH } from './match-line';

export interface ReviewMatch {
  /** Path in the new tree, as the diff names it (without a/ b/ prefixes). */
  file: string;
  /** 1-based line in the new file. */
  line: number;
  /** 1-based UTF-16 column where the trigger's pattern matched. */
  column: number;
  triggerId: string;
  triggerSummary: string;
  /** The added line as written (not clipped). */
  code: string;
}

/** One lesson and every place it fired; matches sorted by file, then line. */
export interface ReviewFinding {
  lesson: ReviewLesson;
  matches: ReviewMatch[];
}

export interface ReviewResult {
  /** Sorted by each finding's first match (file, line), then by corpus order. */
  findings: ReviewFinding[];
  /** Every file the diff names, deleted, binary and renamed ones included. */
  filesChanged: number;
  linesAdded: number;
  /** What the reader should know (a cut-off hunk, long lines, the time budget). Never holds text from the diff. */
  warnings: string[];
  /** 'empty' for blank input, 'not-a-diff' for text with no file header and no hunk. */
  input: 'diff' | 'empty' | 'not-a-diff';
}

/** Code-unit order, the same everywhere (localeCompare depends on the machine's locale). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first trigger of a lesson (in declaration order) that fires on the added line at `index` of a hunk. */
function firstMatch(
  triggers: readonly CompiledTrigger[],
  lines: readonly string[],
  index: number,
  chainEnds: Map<CompiledTrigger, number>,
): { trigger: CompiledTrigger; column: number } | undefined {
  for (const trigger of triggers) {
    const column = matchColumn(trigger, lines[index]!);
    if (column === undefined) continue;
    let chainEnd = chainEnds.get(trigger);
    if (chainEnd === undefined) {
      chainEnd = contextChainEnd(trigger.context, lines);
      chainEnds.set(trigger, chainEnd);
    }
    if (chainEnd < index) return { trigger, column };
  }
  return undefined;
}

/** Per lesson, its matches so far and the file:line keys already taken. */
type Found = Map<ReviewLesson, { matches: ReviewMatch[]; seen: Set<string> }>;

/** Reviews one hunk's added lines; returns how many it checked (fewer than all once `outOfTime` says so). */
function reviewHunk(file: string, hunk: DiffHunk, lessons: readonly CompiledLesson[], found: Found, outOfTime: () => boolean): number {
  // The new file's lines of the hunk (context and added): what context patterns may match.
  const newLines = hunk.lines.filter((line) => line.kind !== 'removed');
  const texts = newLines.map((line) => clipLine(line.text));
  const chainEnds = new Map<CompiledTrigger, number>();
  let checked = 0;
  for (const [index, line] of newLines.entries()) {
    if (line.kind !== 'added') continue;
    if (outOfTime()) break;
    checked++;
    for (const compiled of lessons) {
      const hit = firstMatch(compiled.triggers, texts, index, chainEnds);
      if (!hit) continue;
      const match: ReviewMatch = {
        file,
        line: line.newLine!,
        column: hit.column,
        triggerId: hit.trigger.spec.id,
        triggerSummary: hit.trigger.spec.summary,
        code: line.text,
      };
      let entry = found.get(compiled.lesson);
      if (!entry) found.set(compiled.lesson, (entry = { matches: [], seen: new Set() }));
      // Never twice on one file:line for a lesson, even if a hand-made diff names a file or a line twice.
      const key = `${file}\u0000${match.line}`;
      if (entry.seen.has(key)) continue;
      entry.seen.add(key);
      entry.matches.push(match);
    }
  }
  return checked;
}

export interface ReviewOptions {
  /**
   * Wall-clock budget in ms (default 20,000). A trigger regex that backtracks polynomially can take a second on
   * one hostile 2,000-character line; past the budget the review stops, keeps what it found, and says how many
   * added lines went unchecked, so neither CI nor a browser tab hangs on a crafted diff.
   */
  timeBudgetMs?: number;
  /** The clock, in ms (tests pass a fake one). */
  now?: () => number;
}

export const DEFAULT_TIME_BUDGET_MS = 20_000;

/** Reviews a unified diff: which lessons its added lines trigger, and where. */
export function reviewDiff(diffText: string, triggers: TriggerSet, options: ReviewOptions = {}): ReviewResult {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const outOfTime = () => now() > deadline;
  const compiled = compileTriggerSet(triggers);
  const parsed = parseUnifiedDiff(diffText);
  const warnings = [...parsed.warnings];
  const input = diffText.trim() === '' ? 'empty' : parsed.looksLikeDiff ? 'diff' : 'not-a-diff';
  if (input === 'not-a-diff') {
    warnings.push('the input is not a unified diff (no "diff --git", "---"/"+++" or "@@" lines); nothing was reviewed');
  }

  const found: Found = new Map();
  let linesAdded = 0;
  let linesChecked = 0;
  let longLines = 0;
  const files = parsed.files.filter((file) => file.newPath !== undefined && !file.binary);
  files.sort((a, b) => byText(a.newPath!, b.newPath!));
  for (const file of files) {
    const path = file.newPath!;
    const lessons = compiled.lessonsFor(path);
    for (const hunk of file.hunks) {
      let added = 0;
      for (const line of hunk.lines) {
        if (line.kind !== 'added') continue;
        added++;
        if (line.text.length > MAX_LINE_LENGTH) longLines++;
      }
      linesAdded += added;
      // A file no trigger applies to is checked by definition: there is nothing to run on it.
      linesChecked += lessons.length > 0 ? reviewHunk(path, hunk, lessons, found, outOfTime) : added;
    }
  }
  if (linesChecked < linesAdded) {
    // Warnings carry only numbers, never text from the diff: formatters print them as they are.
    warnings.push(
      `the review stopped after ${(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS) / 1000} s: ${linesAdded - linesChecked} of ${linesAdded} added lines were not checked`,
    );
  }
  if (longLines > 0) {
    warnings.push(`${longLines} added line(s) longer than ${MAX_LINE_LENGTH} characters were only checked up to that length`);
  }

  const order = new Map(compiled.lessons.map(({ lesson }, index) => [lesson, index]));
  const findings = [...found].map(([lesson, { matches }]) => {
    // Files were visited in path order; hunks usually come in line order, but a hand-made diff need not.
    matches.sort((a, b) => byText(a.file, b.file) || a.line - b.line);
    return { lesson, matches };
  });
  findings.sort((a, b) => {
    const [x, y] = [a.matches[0]!, b.matches[0]!];
    return byText(x.file, y.file) || x.line - y.line || order.get(a.lesson)! - order.get(b.lesson)!;
  });
  return {
    findings,
    filesChanged: parsed.files.length,
    linesAdded,
    warnings,
    input,
  };
}
