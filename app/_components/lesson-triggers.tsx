import type { Trigger } from '@/lib/content/schema';
import { InlineCode } from './inline-code';

/** The code patterns that make `lessons review` raise a lesson: closed by default, no JavaScript needed. */
export function LessonTriggers({ triggers }: { triggers: readonly Trigger[] }) {
  if (triggers.length === 0) return null;
  return (
    <details className="lesson-triggers mt-3 text-sm text-stone-700 dark:text-stone-300">
      <summary className="cursor-pointer text-stone-600 hover:text-amber-800 dark:text-stone-400 dark:hover:text-amber-300">
        Raised in code review by {triggers.length === 1 ? 'one code pattern' : `${triggers.length} code patterns`}
      </summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {triggers.map((trigger) => (
          <li key={trigger.id}>
            <InlineCode text={trigger.summary} />
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <a href="/review" className="underline underline-offset-2">
          Review a diff
        </a>{' '}
        in the browser, or run <code>npx lessons review</code> in your repository.
      </p>
    </details>
  );
}
