'use client';
import { useEffect } from 'react';

/**
 * Logs the digest that ties this failure to the full error in the server log. The message is not logged again:
 * React has already reported the error itself, and a production server error reaches the browser without it.
 */
export function useLogDigest(error: Error & { digest?: string }): void {
  useEffect(() => {
    console.error(`Lessons from Failure: a page failed to render (digest ${error.digest ?? 'none: a browser-side error'})`);
  }, [error]);
}
