import type { Snippet } from '@/lib/search/snippet';

/** Snippet text with its matches in <mark>; the text is rendered by React, so it is always escaped. */
export function HighlightedText({ snippet }: { snippet: Pick<Snippet, 'text' | 'highlights'> }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start < at) continue;
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-400">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** "LESSON Check what each break…": the snippet's label, then its highlighted text. */
export function LabelledSnippet({ snippet }: { snippet: Pick<Snippet, 'text' | 'highlights' | 'label'> }) {
  return (
    <>
      <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
        {snippet.label}
      </span>
      <HighlightedText snippet={snippet} />
    </>
  );
}
