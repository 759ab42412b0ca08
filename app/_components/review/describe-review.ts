import { plural } from '@/lib/plural';
import type { ReviewResult } from '@/lib/review/review-diff';

/** What was looked at: "14 added lines in 4 files". */
export function describeScope({ linesAdded, filesChanged }: Pick<ReviewResult, 'linesAdded' | 'filesChanged'>): string {
  return `${plural(linesAdded, 'added line')} in ${plural(filesChanged, 'file')}`;
}

function caseCount(result: ReviewResult): number {
  return new Set(result.findings.map((finding) => finding.lesson.slug)).size;
}

/** The one-line outcome, shown under the results heading and announced: "3 lessons from 2 cases, 14 added lines in 4 files". */
export function describeResult(result: ReviewResult): string {
  if (result.input === 'not-a-diff') return 'Nothing was reviewed.';
  const lessons = result.findings.length;
  if (lessons > 0) return `${plural(lessons, 'lesson')} from ${plural(caseCount(result), 'case')}, ${describeScope(result)}`;
  if (result.linesAdded === 0) return 'No lesson is triggered: this diff adds no lines.';
  return `No lesson is triggered by ${result.linesAdded === 1 ? 'this added line' : `these ${result.linesAdded} added lines`}.`;
}

/** A byte count for people: "2 MB", "3.4 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
