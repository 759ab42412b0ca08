import type { ReactNode } from 'react';
import type { CalloutProps } from '@/lib/content/mdx-allowlist';

const STYLE = {
  note: { label: 'Note', className: 'border-sky-500 bg-sky-50 dark:bg-sky-950/60' },
  warning: { label: 'Warning', className: 'border-red-500 bg-red-50 dark:bg-red-950/60' },
  myth: { label: 'Myth and fact', className: 'border-violet-500 bg-violet-50 dark:bg-violet-950/60' },
} as const;

export function Callout({ kind = 'note', title, children }: CalloutProps & { children?: ReactNode }) {
  const style = STYLE[kind];
  return (
    <aside className={`not-prose my-6 rounded-r-lg border-l-4 px-5 py-4 ${style.className}`} aria-label={title ?? style.label}>
      <p className="text-xs font-bold uppercase tracking-wide text-stone-600 dark:text-stone-300">{style.label}</p>
      {title && <p className="mt-1 font-semibold">{title}</p>}
      <div className="prose prose-stone mt-2 max-w-none dark:prose-invert prose-p:my-2">{children}</div>
    </aside>
  );
}
