import type { ReactNode } from 'react';
import type { ReconstructionProps } from '@/lib/content/mdx-allowlist';

/** Code we wrote to illustrate a fault: always labelled, so nobody mistakes it for the original source. */
export function Reconstruction({ title, language, children }: ReconstructionProps & { children?: ReactNode }) {
  return (
    <figure className="not-prose my-6 overflow-hidden rounded-lg border border-stone-300 dark:border-stone-700">
      <figcaption className="border-b border-stone-300 bg-stone-100 px-4 py-2 text-sm dark:border-stone-700 dark:bg-stone-900">
        <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-bold uppercase tracking-wide text-amber-950">
          Reconstruction
        </span>
        <span className="font-medium">{title}</span>
        <span className="block text-xs text-stone-600 dark:text-stone-400">
          Illustrative {language ? `${language} ` : ''}code written for this case study — not the original source.
        </span>
      </figcaption>
      <div className="[&_pre]:m-0 [&_pre]:overflow-x-auto [&_pre]:bg-stone-950 [&_pre]:p-4 [&_pre]:text-sm [&_pre]:leading-relaxed [&_pre]:text-stone-100">
        {children}
      </div>
    </figure>
  );
}
