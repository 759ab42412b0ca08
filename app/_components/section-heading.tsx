import type { ReactNode } from 'react';

export function SectionHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mt-12 mb-4 border-b border-stone-200 pb-2 text-2xl font-bold tracking-tight dark:border-stone-800">
      {children}
    </h2>
  );
}
