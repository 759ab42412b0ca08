import { useState } from 'react';
import { copyToClipboard } from '../checklist/share-and-export';
import { BUTTON } from '../buttons';
import { CopyFallback } from '../copy-fallback';

/**
 * "Copy Markdown" for the pull request comment. When the browser refuses the clipboard (no permission, an http
 * page), the Markdown appears selected in a read-only box for Ctrl+C instead.
 */
export function CopyMarkdown({ markdown }: { markdown: () => string }) {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);

  async function copy() {
    const text = markdown();
    if (await copyToClipboard(text)) {
      setFallback(null);
      setMessage('Copied the review as Markdown: paste it into the pull request.');
    } else {
      setFallback(text);
      setMessage('The browser would not let us copy: the Markdown is selected below, copy it with Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <div className="mt-4">
      <button type="button" className={BUTTON} onClick={copy}>
        Copy Markdown
      </button>
      <p role="status" className="mt-2 text-sm text-stone-700 empty:mt-0 dark:text-stone-300">
        {message}
      </p>
      {fallback !== null && <CopyFallback label="The review as Markdown" text={fallback} />}
    </div>
  );
}
