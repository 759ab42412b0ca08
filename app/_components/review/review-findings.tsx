import { lessonPath } from '@/lib/checklist/checklist-url';
import type { ReviewFinding, ReviewMatch } from '@/lib/review/review-diff';
import { InlineCode } from '../inline-code';
import { plural } from '@/lib/plural';

/** Matches shown at once per lesson; the rest wait behind a disclosure, so a huge diff stays readable. */
const SHOWN_MATCHES = 5;
/** A minified line can be 100 KB: show its start; the copied Markdown has the line as the CLI prints it. */
const SHOWN_CODE_CHARS = 300;

function clip(code: string): string {
  return code.length > SHOWN_CODE_CHARS ? `${code.slice(0, SHOWN_CODE_CHARS)}…` : code;
}

/** One place in the diff: file:line, why it matched, and the added line itself — as text, never as markup. */
function MatchItem({ match }: { match: ReviewMatch }) {
  return (
    <li className="min-w-0">
      <p className="text-sm">
        <code className="font-mono font-semibold break-all" data-testid="review-location">
          {match.file}:{match.line}
        </code>{' '}
        <span className="text-stone-600 dark:text-stone-400">
          — <InlineCode text={match.triggerSummary} />
        </span>
      </p>
      <pre className="mt-1 overflow-x-auto rounded-md bg-stone-100 px-3 py-2 font-mono text-xs dark:bg-stone-900">
        <code>{clip(match.code)}</code>
      </pre>
    </li>
  );
}

function MatchList({ matches }: { matches: readonly ReviewMatch[] }) {
  const key = (match: ReviewMatch) => `${match.file}:${match.line}:${match.triggerId}`;
  const shown = matches.slice(0, SHOWN_MATCHES);
  const more = matches.slice(SHOWN_MATCHES);
  return (
    <>
      <ul className="mt-3 grid gap-3">
        {shown.map((match) => (
          <MatchItem key={key(match)} match={match} />
        ))}
      </ul>
      {more.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium underline-offset-4 hover:underline">
            {plural(more.length, 'more place')}
          </summary>
          <ul className="mt-3 grid gap-3">
            {more.map((match) => (
              <MatchItem key={key(match)} match={match} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** The triggered lessons, each with its check, its precedent case and the added lines that raised it. */
export function ReviewFindings({ findings }: { findings: readonly ReviewFinding[] }) {
  return (
    <ol className="mt-4 grid gap-4">
      {findings.map(({ lesson, matches }) => (
        <li
          key={`${lesson.slug}#${lesson.lessonId}`}
          className="rounded-lg border border-stone-200 p-4 dark:border-stone-800"
          data-lesson={`${lesson.slug}#${lesson.lessonId}`}
        >
          <h3 className="font-semibold">
            <InlineCode text={lesson.text} />
          </h3>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            <span className="font-medium">Check: </span>
            <InlineCode text={lesson.check} />
          </p>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Precedent:{' '}
            <a href={lessonPath(lesson)} className="underline underline-offset-2 hover:text-amber-700 dark:hover:text-amber-400">
              {lesson.caseTitle}
            </a>
          </p>
          <MatchList matches={matches} />
        </li>
      ))}
    </ol>
  );
}
