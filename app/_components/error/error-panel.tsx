import Link from 'next/link';

interface ErrorPanelProps {
  /** Next's hash of a server error: safe to show, and it finds the full error in the server log. */
  digest?: string;
  /** Re-renders the failed segment. */
  onRetry: () => void;
}

/**
 * What a reader sees when a page fails to render. It never shows the error's message or stack: those can carry
 * file paths, queries or data a reader should not see. Pure (no hooks), so its wiring can be tested directly.
 */
export function ErrorPanel({ digest, onRetry }: ErrorPanelProps) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title" className="text-3xl font-bold tracking-tight">
        Something went wrong
      </h1>
      <p className="mt-4">
        This page failed to load. It is our fault, not yours: trying again often works. If it keeps failing, the{' '}
        <Link href="/" className="underline underline-offset-4">
          home page
        </Link>{' '}
        and{' '}
        <Link href="/search" className="underline underline-offset-4">
          search
        </Link>{' '}
        still lead to every case study.
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-6 rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        Try again
      </button>
      {digest && (
        <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">
          Reference for a bug report: <code>{digest}</code>
        </p>
      )}
    </section>
  );
}
