import { useState } from 'react';
import { BUTTON } from '../buttons';
import { CopyFallback } from '../copy-fallback';
import { copyToClipboard, downloadText } from './share-and-export';

export const PR_TEMPLATE_FILE = 'pull_request_template.md';

interface ChecklistActionsProps {
  /** The selection as Markdown with its ticks, built when asked for. */
  markdown: () => string;
  /** The selection as a blank Markdown template. */
  template: () => string;
  sharePath: string;
  checkedCount: number;
  onReset: () => void;
}

export function ChecklistActions({ markdown, template, sharePath, checkedCount, onReset }: ChecklistActionsProps) {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<{ label: string; text: string } | null>(null);

  async function copy(label: string, text: string, done: string) {
    if (await copyToClipboard(text)) {
      setFallback(null);
      setMessage(done);
    } else {
      setFallback({ label, text });
      setMessage(`${label} is selected below: copy it with Ctrl+C.`);
    }
  }

  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => copy('Markdown', markdown(), 'Copied the checklist as Markdown.')}>
          Copy as Markdown
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            downloadText(PR_TEMPLATE_FILE, template(), 'text/markdown');
            setMessage(`Downloaded ${PR_TEMPLATE_FILE}: put it in .github/ of your repository.`);
          }}
        >
          Download PR template
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => copy('Share link', new URL(sharePath, window.location.href).toString(), 'Copied a link to this selection and its ticks.')}
        >
          Copy share link
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={checkedCount === 0}
          onClick={() => {
            onReset();
            setMessage('Cleared every tick of this selection.');
          }}
        >
          Reset
        </button>
        <a href={sharePath} className="px-1 text-sm font-medium underline underline-offset-4 hover:text-amber-700 dark:hover:text-amber-400">
          Share link
        </a>
      </div>
      <p role="status" className="mt-2 text-sm text-stone-700 empty:mt-0 dark:text-stone-300">
        {message}
      </p>
      {fallback && (
        <CopyFallback label={`${fallback.label} — the browser would not let us copy it; press Ctrl+C (⌘C on a Mac)`} text={fallback.text} />
      )}
    </div>
  );
}
