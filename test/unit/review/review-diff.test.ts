import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, reviewDiff, type ReviewLesson, type TriggerSet, type TriggerSpec } from '@/lib/review/review-diff';

const lesson = (lessonId: string): ReviewLesson => ({
  slug: 'fixture-case',
  caseTitle: 'Fixture case',
  lessonId,
  text: `Lesson ${lessonId}.`,
  check: `Is ${lessonId} handled?`,
});

const set = (...lessons: [string, ...TriggerSpec[]][]): TriggerSet => ({
  version: 1,
  lessons: lessons.map(([id, ...triggers]) => ({ lesson: lesson(id), triggers })),
});

const narrowing: TriggerSpec = { id: 'short-cast', summary: 'cast to short', languages: ['c', 'cpp'], pattern: '\\(short\\)' };

/** A git diff adding `lines` to `file` (a new file when `start` is 1 and nothing is removed). */
function diffOf(file: string, lines: string[], options: { start?: number; context?: string[] } = {}): string {
  const context = options.context ?? [];
  const start = options.start ?? 1;
  return [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${start},${context.length} +${start},${context.length + lines.length} @@`,
    ...context.map((line) => ` ${line}`),
    ...lines.map((line) => `+${line}`),
  ].join('\n');
}

const places = (diff: string, triggers: TriggerSet) =>
  reviewDiff(diff, triggers).findings.map((finding) => [finding.lesson.lessonId, finding.matches.map((m) => `${m.file}:${m.line}:${m.column} ${m.triggerId}`)]);

describe('reviewDiff', () => {
  it('reports an added line that matches, at its new-file line and UTF-16 column, with the code and trigger', () => {
    const result = reviewDiff(diffOf('src/nav.c', ['h = (short) v;'], { start: 40, context: ['int h;'] }), set(['guard', narrowing]));
    expect(result.findings).toEqual([
      {
        lesson: lesson('guard'),
        matches: [{ file: 'src/nav.c', line: 41, column: 5, triggerId: 'short-cast', triggerSummary: 'cast to short', code: 'h = (short) v;' }],
      },
    ]);
    expect(result).toMatchObject({ filesChanged: 1, linesAdded: 1, warnings: [], input: 'diff' });
    // Columns count UTF-16 code units, as editors and SARIF do: the emoji before the cast takes two.
    expect(places(diffOf('a.c', ['/* 🚀 */ (short)x;']), set(['guard', narrowing]))).toEqual([['guard', ['a.c:1:10 short-cast']]]);
  });

  it('matches only added lines: not context, not removed lines', () => {
    const diff = ['diff --git a/a.c b/a.c', '--- a/a.c', '+++ b/a.c', '@@ -1,2 +1,2 @@', ' x = (short)a;', '-y = (short)b;', '+y = b;'].join('\n');
    expect(reviewDiff(diff, set(['guard', narrowing])).findings).toEqual([]);
  });

  it('limits a trigger to its languages and globs', () => {
    const pyOnly: TriggerSpec = { id: 'float-sum', summary: 'float sum', files: ['*.py', 'tools/**'], pattern: '\\+=\\s*0\\.\\d' };
    const triggers = set(['guard', narrowing], ['ticks', pyOnly]);
    expect(places(diffOf('lib/clock.py', ['t += 0.1']), triggers)).toEqual([['ticks', ['lib/clock.py:1:3 float-sum']]]);
    expect(places(diffOf('tools/clock.rb', ['t += 0.1']), triggers)).toEqual([['ticks', ['tools/clock.rb:1:3 float-sum']]]);
    expect(places(diffOf('lib/clock.rb', ['t += 0.1']), triggers)).toEqual([]);
    expect(places(diffOf('nav.java', ['h = (short) v;']), triggers)).toEqual([]);
    expect(places(diffOf('NAV.CPP', ['h = (short) v;']), triggers)).toEqual([['guard', ['NAV.CPP:1:5 short-cast']]]);
  });

  it('needs every context pattern, in order, on lines above the added line in the same hunk', () => {
    const breakInIf: TriggerSpec = { id: 'break-in-if', summary: 'break in if in switch', languages: ['c'], pattern: '^\\s*break;', context: ['switch \\(', 'if \\('] };
    const triggers = set(['att', breakInIf]);
    expect(places(diffOf('s.c', ['    break;'], { context: ['switch (x) {', 'case 1:', '  if (y) {'] }), triggers)).toEqual([['att', ['s.c:4:1 break-in-if']]]);
    // Context may be added lines too.
    expect(places(diffOf('s.c', ['switch (x) {', 'if (y)', 'break;']), triggers)).toEqual([['att', ['s.c:3:1 break-in-if']]]);
    // Wrong order, missing part, or context only below the line: no match.
    expect(places(diffOf('s.c', ['    break;'], { context: ['if (y) {', 'switch (x) {'] }), triggers)).toEqual([]);
    expect(places(diffOf('s.c', ['    break;'], { context: ['switch (x) {', 'case 1:'] }), triggers)).toEqual([]);
    expect(places(diffOf('s.c', ['break;', 'switch (x) {', 'if (y)']), triggers)).toEqual([]);
    // Removed lines are not context, and context does not carry over into the next hunk.
    const removedContext = ['diff --git a/s.c b/s.c', '--- a/s.c', '+++ b/s.c', '@@ -1,2 +1,2 @@', ' switch (x) {', '-if (y)', '+break;'].join('\n');
    expect(places(removedContext, triggers)).toEqual([]);
    const twoHunks = ['diff --git a/s.c b/s.c', '--- a/s.c', '+++ b/s.c', '@@ -1,2 +1,2 @@', ' switch (x) {', ' if (y)', '@@ -9,0 +10,1 @@', '+break;'].join('\n');
    expect(places(twoHunks, triggers)).toEqual([]);
  });

  it('skips a line that also matches unless', () => {
    const guarded: TriggerSpec = { ...narrowing, unless: '//\\s*range-checked' };
    expect(places(diffOf('a.c', ['h = (short) v; // range-checked', 'g = (short) w;']), set(['guard', guarded]))).toEqual([['guard', ['a.c:2:5 short-cast']]]);
  });

  it('reports a lesson once per file:line, naming its first trigger in declaration order', () => {
    const broad: TriggerSpec = { id: 'any-cast', summary: 'any cast', pattern: '\\((?:short|long)\\)' };
    const triggers = set(['guard', narrowing, broad]);
    expect(places(diffOf('a.c', ['x = (short)(short)y;', 'z = (long)q;']), triggers)).toEqual([['guard', ['a.c:1:5 short-cast', 'a.c:2:5 any-cast']]]);
    // The same file and line named twice by a hand-made diff still counts once.
    const twice = `${diffOf('a.c', ['x = (short)y;'])}\n${diffOf('a.c', ['x = (short)y;'])}`;
    expect(places(twice, triggers)).toEqual([['guard', ['a.c:1:5 short-cast']]]);
    // Two lessons on one line are two findings.
    expect(places(diffOf('a.c', ['x = (short)y;']), set(['guard', narrowing], ['other', broad]))).toEqual([
      ['guard', ['a.c:1:5 short-cast']],
      ['other', ['a.c:1:5 any-cast']],
    ]);
  });

  it('never lists a lesson without triggers, and sorts findings by their first file and line', () => {
    const triggers: TriggerSet = {
      version: 1,
      lessons: [
        { lesson: lesson('late'), triggers: [{ id: 'late', summary: 'late', pattern: 'LATE' }] },
        { lesson: lesson('silent'), triggers: [] },
        { lesson: lesson('early'), triggers: [{ id: 'early', summary: 'early', pattern: 'EARLY' }] },
      ],
    };
    const diff = `${diffOf('b.c', ['EARLY LATE'])}\n${diffOf('a.c', ['x', 'LATE', 'EARLY'])}`;
    expect(places(diff, triggers)).toEqual([
      ['late', ['a.c:2:1 late', 'b.c:1:7 late']],
      ['early', ['a.c:3:1 early', 'b.c:1:1 early']],
    ]);
  });

  it('finds edits in renamed and new files, and nothing in deleted, binary or pure renames', () => {
    const diff = [
      'diff --git a/old.c b/new.c',
      'similarity index 90%',
      'rename from old.c',
      'rename to new.c',
      '--- a/old.c',
      '+++ b/new.c',
      '@@ -3 +3 @@',
      '-x = y;',
      '+x = (short)y;',
      'diff --git a/gone.c b/gone.c',
      'deleted file mode 100644',
      '--- a/gone.c',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x = (short)y;',
      'diff --git a/moved.c b/moved2.c',
      'similarity index 100%',
      'rename from moved.c',
      'rename to moved2.c',
      'diff --git a/blob.c b/blob.c',
      'Binary files a/blob.c and b/blob.c differ',
      'diff --git a/fresh.c b/fresh.c',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/fresh.c',
      '@@ -0,0 +1,2 @@',
      '+int a;',
      '+a = (short)b;',
    ].join('\n');
    const result = reviewDiff(diff, set(['guard', narrowing]));
    expect(result.findings.map((f) => f.matches.map((m) => `${m.file}:${m.line}`))).toEqual([['fresh.c:2', 'new.c:3']]);
    expect(result).toMatchObject({ filesChanged: 5, linesAdded: 3 });
  });

  it('returns nothing for an empty diff, and says so when the text is not a diff', () => {
    expect(reviewDiff('', set(['guard', narrowing]))).toEqual({ findings: [], filesChanged: 0, linesAdded: 0, warnings: [], input: 'empty' });
    const notDiff = reviewDiff('x = (short)y;\n', set(['guard', narrowing]));
    expect(notDiff.input).toBe('not-a-diff');
    expect(notDiff.warnings[0]).toMatch(/not a unified diff/);
  });

  it(`matches only the first ${MAX_LINE_LENGTH} characters of a line, says so, and stays fast on hostile lines`, () => {
    const tail: TriggerSpec = { id: 'tail', summary: 'tail', pattern: 'TAIL' };
    const long = `${'a'.repeat(MAX_LINE_LENGTH)}TAIL`;
    const result = reviewDiff(diffOf('a.c', [long, `${'a'.repeat(10)}TAIL`]), set(['tail', tail]));
    expect(result.findings[0]?.matches.map((m) => m.line)).toEqual([2]);
    expect(result.warnings).toEqual([`1 added line(s) longer than ${MAX_LINE_LENGTH} characters were only checked up to that length`]);
    // (a|a)*b-style backtracking is exponential in the line's length; the cap keeps a quadratic pattern bounded.
    const quadratic: TriggerSpec = { id: 'quad', summary: 'quad', pattern: '\\s*x\\s*$' };
    const started = performance.now();
    reviewDiff(diffOf('a.c', [`${' '.repeat(1_000_000)}y`]), set(['quad', quadratic]));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops at its time budget, keeps what it found, and says how many added lines went unchecked', () => {
    let clock = 0;
    const result = reviewDiff(diffOf('a.c', Array.from({ length: 10 }, () => '(short)x;')), set(['guard', narrowing]), {
      timeBudgetMs: 5,
      now: () => clock++,
    });
    expect(result.findings[0]?.matches.map((m) => m.line)).toEqual([1, 2, 3, 4, 5]);
    expect(result.warnings).toEqual(['the review stopped after 0.005 s: 5 of 10 added lines were not checked']);
    expect(result.linesAdded).toBe(10);
    expect(reviewDiff(diffOf('a.c', ['(short)x;']), set(['guard', narrowing])).warnings).toEqual([]);
  });

  it('keeps to the budget on the real clock when a polynomial regex meets hostile lines', () => {
    // Cubic on "*bit*bit…": about a second per 2,000-character line on a slow machine, so 40 lines would take ~40 s.
    const slow: TriggerSpec = { id: 'slow', summary: 'slow', pattern: '(?://|#|\\*).*(?:\\breused\\b.*\\bbits?\\b|\\bbits?\\b.*\\bformerly\\b)' };
    const started = performance.now();
    const result = reviewDiff(diffOf('a.c', Array.from({ length: 40 }, () => '*bit'.repeat(500))), set(['slow', slow]), { timeBudgetMs: 200 });
    expect(performance.now() - started).toBeLessThan(8000);
    expect(result.warnings[0]).toMatch(/^the review stopped after 0\.2 s: \d+ of 40 added lines were not checked$/);
  }, 20_000);

  it('works from the plain JSON of a trigger set, as the browser gets it', () => {
    const triggers = set(['guard', narrowing]);
    const copy: TriggerSet = JSON.parse(JSON.stringify(triggers)) as TriggerSet;
    expect(reviewDiff(diffOf('a.c', ['(short)x']), copy)).toEqual(reviewDiff(diffOf('a.c', ['(short)x']), triggers));
  });
});
