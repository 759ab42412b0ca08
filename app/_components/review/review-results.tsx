import type { Ref } from 'react';
import { capitalize } from '@/lib/capitalize';
import type { ReviewResult } from '@/lib/review/review-diff';
import { plural } from '@/lib/plural';
import { CopyMarkdown } from './copy-markdown';
import { describeResult, describeScope } from './describe-review';
import { ReviewFindings } from './review-findings';

interface ReviewResultsProps {
  result: ReviewResult;
  /** How many triggers (and lessons with triggers) the review ran, for the empty state. */
  coverage: { triggers: number; lessons: number };
  markdown: () => string;
  headingRef: Ref<HTMLHeadingElement>;
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <div
      className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="review-warnings"
    >
      <h3 className="font-semibold">{warnings.length === 1 ? 'Warning' : 'Warnings'}</h3>
      <ul className="mt-1 list-disc pl-5">
        {warnings.map((warning, i) => (
          <li key={i} className="break-words">
            {capitalize(warning)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What an empty review does and does not mean: no known failure shape matched, not "this change is safe". */
function NothingTriggered({ result, coverage }: Pick<ReviewResultsProps, 'result' | 'coverage'>) {
  return (
    <div className="mt-4 rounded-lg border border-stone-200 p-4 text-stone-700 dark:border-stone-800 dark:text-stone-300">
      <p>
        None of the {plural(coverage.triggers, 'code pattern')} written for {plural(coverage.lessons, 'lesson')} matched
        the {describeScope(result)} of this diff.
      </p>
      <p className="mt-2">
        That does not make the change safe: the patterns recognise a few shapes that past failures took, and most
        lessons have none. Go through the{' '}
        <a href="/checklist" className="underline underline-offset-2 hover:text-amber-700 dark:hover:text-amber-400">
          review checklist
        </a>{' '}
        for the rest.
      </p>
    </div>
  );
}

function heading(result: ReviewResult): string {
  if (result.input === 'not-a-diff') return 'Nothing reviewed';
  return result.findings.length > 0 ? 'Lessons for this change' : 'Nothing triggered';
}

/** Why no lesson appears: the text was not a diff, the diff adds nothing, or no pattern matched what it adds. */
function Empty({ result, coverage }: Pick<ReviewResultsProps, 'result' | 'coverage'>) {
  if (result.input === 'not-a-diff') {
    return (
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Paste the whole output of <code>git diff</code>: its <code>diff --git</code>, <code>---</code>/<code>+++</code>{' '}
        and <code>@@</code> lines say which file and line each change is in.
      </p>
    );
  }
  if (result.linesAdded === 0) {
    return (
      <p className="mt-4 text-stone-700 dark:text-stone-300">
        Only added lines are reviewed, and this diff adds none: it only removes, renames or changes binary files.
      </p>
    );
  }
  return <NothingTriggered result={result} coverage={coverage} />;
}

export function ReviewResults({ result, coverage, markdown, headingRef }: ReviewResultsProps) {
  return (
    <section aria-labelledby="review-results" className="mt-10">
      <h2
        id="review-results"
        ref={headingRef}
        tabIndex={-1}
        className="scroll-mt-4 border-b border-stone-200 pb-2 text-2xl font-bold tracking-tight focus:outline-none dark:border-stone-800"
      >
        {heading(result)}
      </h2>
      <p className="mt-3 font-medium" data-testid="review-summary">
        {describeResult(result)}
      </p>
      {result.warnings.length > 0 && <Warnings warnings={result.warnings} />}
      {result.findings.length > 0 ? <ReviewFindings findings={result.findings} /> : <Empty result={result} coverage={coverage} />}
      {result.input === 'diff' && <CopyMarkdown markdown={markdown} />}
    </section>
  );
}
