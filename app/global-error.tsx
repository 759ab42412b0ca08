'use client';
import Link from 'next/link';
import { ErrorPanel } from './_components/error/error-panel';
import { useLogDigest } from './_components/error/use-log-digest';
import { SITE_NAME } from '@/lib/site';
import './globals.css';

interface GlobalErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/**
 * Replaces the root layout when the layout itself fails, so it brings its own <html> and <body> and a plain header
 * (the layout's search box may be what failed).
 */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  useLogDigest(error);
  return (
    <html lang="en">
      {/* No metadata export here: the root layout, which sets the title, is what failed. */}
      <title>{`Something went wrong — ${SITE_NAME}`}</title>
      <body className="flex min-h-screen flex-col bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <header className="border-b border-stone-200 dark:border-stone-800">
          <div className="mx-auto max-w-4xl px-4 py-4 sm:px-6">
            <Link href="/" className="text-lg font-bold tracking-tight hover:text-amber-700 dark:hover:text-amber-400">
              {SITE_NAME}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8 sm:px-6">
          <ErrorPanel digest={error.digest} onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
