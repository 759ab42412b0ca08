import { Fragment } from 'react';

/** Renders `backticked` words (of a check question, a trigger summary) as code, as GitHub does in Markdown. */
export function InlineCode({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-stone-100 px-1 font-mono text-[0.9em] dark:bg-stone-800 print:bg-transparent">
        {part}
      </code>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
