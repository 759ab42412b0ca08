'use client';
import { ErrorPanel } from './_components/error/error-panel';
import { useLogDigest } from './_components/error/use-log-digest';
import { SITE_NAME } from '@/lib/site';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** Shown inside the site's layout when a page below it throws while rendering. */
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  useLogDigest(error);
  return (
    <>
      <title>{`Something went wrong — ${SITE_NAME}`}</title>
      <ErrorPanel digest={error.digest} onRetry={reset} />
    </>
  );
}
