import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewDiff, type TriggerSet } from '@/lib/review/review-diff';

const triggers: TriggerSet = {
  version: 1,
  lessons: [
    {
      lesson: { slug: 's', caseTitle: 'Case', lessonId: 'l', text: 'Do it.', check: 'Done?' },
      triggers: [{ id: 't', summary: 'x', pattern: 'x', context: ['y'] }, { id: 'u', summary: 'z', pattern: 'z' }],
    },
  ],
};

/** Lines that look like parts of a diff, in any order: headers, hunk headers with any counts, bodies. */
const diffLine = fc.oneof(
  fc.constantFrom('diff --git a/f.c b/f.c', '--- a/f.c', '+++ b/f.c', '--- /dev/null', '+++ /dev/null', 'new file mode 100644', 'Binary files a/f.c and b/f.c differ', '\\ No newline at end of file', ''),
  fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5)).map(([a, b, c, d]) => `@@ -${a},${b} +${c},${d} @@`),
  fc.tuple(fc.constantFrom(' ', '+', '-'), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('x', 'y', 'z', 'y x', ' z'))).map(([marker, text]) => `${marker}${text}`),
);

describe('reviewDiff on arbitrary input', () => {
  it('never throws, and reports only added lines, each once per lesson, at a positive line and column', () => {
    fc.assert(
      fc.property(fc.array(diffLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const result = reviewDiff(text, triggers);
        const addedTexts = new Set(lines.filter((line) => line.startsWith('+')).map((line) => line.slice(1)));
        for (const { matches } of result.findings) {
          const keys = matches.map((m) => `${m.file}:${m.line}`);
          expect(new Set(keys).size).toBe(keys.length);
          for (const match of matches) {
            expect(addedTexts.has(match.code)).toBe(true);
            expect(match.line).toBeGreaterThan(0);
            expect(match.column).toBeGreaterThan(0);
          }
        }
        expect(result.linesAdded).toBeLessThanOrEqual(addedTexts.size === 0 ? 0 : lines.length);
      }),
      { numRuns: 500 },
    );
  });
});
