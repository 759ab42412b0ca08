'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent, type KeyboardEvent } from 'react';
import { formatMarkdown } from '@/lib/review/format/markdown';
import { reviewDiff, type ReviewResult, type TriggerSet } from '@/lib/review/review-diff';
import { BUTTON, PRIMARY_BUTTON } from '../buttons';
import { describeResult, formatBytes } from './describe-review';
import { EXAMPLE_DIFF } from './example-diff';
import { MAX_DIFF_BYTES } from './input-limit';
import { ReviewResults } from './review-results';

type Outcome =
  | { kind: 'reviewed'; result: ReviewResult }
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number };

interface ReviewToolProps {
  /** The corpus's triggers, computed on the server at build time. */
  triggers: TriggerSet;
  /** SITE_URL, read on the server (the browser bundle does not see it): the Markdown links to the precedent cases. */
  siteUrl: string;
}

const subscribeToNothing = () => () => {};

/** False on the server and in the first browser render, true once React runs: the form only works with JavaScript. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function inputError(outcome: Outcome | null): string | null {
  if (outcome?.kind === 'empty') return 'Paste a diff first, or try the example.';
  if (outcome?.kind === 'too-large') {
    return `This diff is ${formatBytes(outcome.bytes)}; the page reviews up to ${formatBytes(MAX_DIFF_BYTES)}. Review it in a terminal instead: npx lessons review --diff <file>.`;
  }
  return null;
}

/** What the live region says after each review, so a screen reader hears the outcome without moving. */
function announcement(outcome: Outcome | null): string {
  if (outcome?.kind !== 'reviewed') return inputError(outcome) ?? '';
  const warnings = outcome.result.warnings.length;
  const said = describeResult(outcome.result);
  return warnings === 0 ? said : `${said} ${warnings === 1 ? 'One warning.' : `${warnings} warnings.`}`;
}

/**
 * Paste a diff, press Review, see the lessons it triggers. The matching runs here, in the browser, with the same
 * engine as `lessons review`: the diff is never sent anywhere, which is why the page is static and client-side.
 */
export function ReviewTool({ triggers, siteUrl }: ReviewToolProps) {
  const hydrated = useHydrated();
  const [diff, setDiff] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const coverage = useMemo(
    () => ({
      lessons: triggers.lessons.length,
      triggers: triggers.lessons.reduce((count, entry) => count + entry.triggers.length, 0),
    }),
    [triggers],
  );

  // After a review, focus goes to the results heading; after refused input, back to the text box to fix it.
  useEffect(() => {
    if (outcome?.kind === 'reviewed') headingRef.current?.focus();
    else if (outcome) textareaRef.current?.focus();
  }, [outcome]);

  function review(text: string) {
    if (!text.trim()) return setOutcome({ kind: 'empty' });
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_DIFF_BYTES) return setOutcome({ kind: 'too-large', bytes });
    setOutcome({ kind: 'reviewed', result: reviewDiff(text, triggers) });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    review(diff);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  const error = inputError(outcome);

  return (
    <div>
      <form onSubmit={onSubmit} className="mt-6" aria-label="Review a diff">
        {/* Disabled until React runs: without JavaScript there is nothing to press, and the noscript note says why. */}
        <fieldset disabled={!hydrated} className="min-w-0">
          <label htmlFor="review-diff" className="block font-semibold">
            Unified diff
          </label>
          <p id="review-diff-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Paste the output of <code className="whitespace-nowrap">git diff main</code> (your branch) or{' '}
            <code className="whitespace-nowrap">gh pr diff 123</code> (a pull request), up to {formatBytes(MAX_DIFF_BYTES)}.
            Only added lines are reviewed. Ctrl+Enter (⌘-Enter on a Mac) reviews from the box.
          </p>
          <textarea
            id="review-diff"
            ref={textareaRef}
            name="diff"
            value={diff}
            onChange={(event) => setDiff(event.target.value)}
            onKeyDown={onKeyDown}
            rows={14}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            autoCorrect="off"
            placeholder={'diff --git a/src/… b/src/…\n--- a/src/…\n+++ b/src/…\n@@ -1,3 +1,4 @@'}
            aria-describedby={error ? 'review-diff-hint review-diff-error' : 'review-diff-hint'}
            aria-invalid={error ? true : undefined}
            className="mt-2 block min-h-40 w-full resize-y rounded-md border border-stone-300 bg-white p-3 font-mono text-xs leading-relaxed placeholder:text-stone-400 focus-visible:border-amber-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-amber-600 disabled:opacity-70 dark:border-stone-700 dark:bg-stone-900 dark:placeholder:text-stone-500"
          />
          {error && (
            <p id="review-diff-error" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <button type="submit" className={PRIMARY_BUTTON}>
              Review
            </button>
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                setDiff(EXAMPLE_DIFF);
                review(EXAMPLE_DIFF);
              }}
            >
              Try an example
            </button>
          </div>
        </fieldset>
      </form>
      <p role="status" className="sr-only">
        {announcement(outcome)}
      </p>
      {outcome?.kind === 'reviewed' && (
        <ReviewResults
          result={outcome.result}
          coverage={coverage}
          markdown={() => formatMarkdown(outcome.result, { siteUrl })}
          headingRef={headingRef}
        />
      )}
    </div>
  );
}
