import type { CaseFrontmatter, CauseCategory, CauseRole } from '@/lib/content/schema';
import { CategoryChip } from './category-chip';

const ROLE_ORDER: CauseRole[] = ['root', 'trigger', 'contributing'];
const ROLE_LABEL: Record<CauseRole, string> = { root: 'Root cause', trigger: 'Trigger', contributing: 'Contributing' };

interface CauseListProps {
  frontmatter: CaseFrontmatter;
  categoryById: ReadonlyMap<string, CauseCategory>;
}

export function CauseList({ frontmatter, categoryById }: CauseListProps) {
  const causes = [...frontmatter.causes].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  return (
    <ul className="grid gap-4">
      {causes.map((cause) => {
        const category = categoryById.get(cause.category);
        const lessons = frontmatter.lessons
          .map((lesson, i) => ({ lesson, number: i + 1 }))
          .filter(({ lesson }) => lesson.causes.includes(cause.id));
        return (
          <li key={cause.id} id={`cause-${cause.id}`} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-stone-900 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-stone-100 dark:text-stone-900">
                {ROLE_LABEL[cause.role]}
              </span>
              {category && <CategoryChip category={category} />}
            </div>
            <p className="mt-2">{cause.summary}</p>
            {lessons.length > 0 && (
              <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                Learned in{' '}
                {lessons.map(({ lesson, number }, i) => (
                  <span key={lesson.id}>
                    {i > 0 && ', '}
                    <a
                      href={`#${lesson.id}`}
                      aria-label={`Lesson ${number}: ${lesson.text}`}
                      title={lesson.text}
                      className="underline underline-offset-2 hover:text-amber-700 dark:hover:text-amber-400"
                    >
                      lesson {number}
                    </a>
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
