import { CAUSE_ROLE_LABEL } from '@/lib/content/cause-roles';
import type { CaseFrontmatter, CauseCategory } from '@/lib/content/schema';
import { LessonTriggers } from './lesson-triggers';

interface LessonListProps {
  frontmatter: CaseFrontmatter;
  categoryById: ReadonlyMap<string, CauseCategory>;
}

export function LessonList({ frontmatter, categoryById }: LessonListProps) {
  const causeById = new Map(frontmatter.causes.map((cause) => [cause.id, cause]));
  return (
    <ol className="grid gap-4">
      {frontmatter.lessons.map((lesson, i) => (
        <li key={lesson.id} id={lesson.id} className="rounded-lg border-l-4 border-amber-500 bg-stone-50 p-4 dark:bg-stone-900">
          <p className="text-xs font-bold uppercase tracking-wide text-amber-800 dark:text-amber-300">Lesson {i + 1}</p>
          <p className="mt-1 font-semibold">
            {lesson.text}{' '}
            <a
              href={`#${lesson.id}`}
              className="font-normal text-stone-500 no-underline hover:text-amber-700 dark:text-stone-400 dark:hover:text-amber-400"
              aria-label={`Link to lesson: ${lesson.text}`}
            >
              #
            </a>
          </p>
          <p className="mt-2">
            <span className="font-medium text-stone-600 dark:text-stone-400">Reviewer’s check: </span>
            {lesson.check}
          </p>
          <dl className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
            <div className="flex gap-1">
              <dt>Phase:</dt>
              <dd className="capitalize">{lesson.phase}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Addresses:</dt>
              <dd>
                {lesson.causes.map((causeId, j) => {
                  const cause = causeById.get(causeId);
                  const category = cause && categoryById.get(cause.category);
                  return (
                    <span key={causeId}>
                      {j > 0 && '; '}
                      <a href={`#cause-${causeId}`} className="underline underline-offset-2">
                        {cause ? CAUSE_ROLE_LABEL[cause.role].toLowerCase() : causeId}
                        {category && ` (${category.label.toLowerCase()})`}
                      </a>
                    </span>
                  );
                })}
              </dd>
            </div>
            {lesson.tags.length > 0 && (
              <div className="flex gap-1">
                <dt>Tags:</dt>
                <dd>{lesson.tags.join(', ')}</dd>
              </div>
            )}
          </dl>
          <LessonTriggers triggers={lesson.triggers ?? []} />
        </li>
      ))}
    </ol>
  );
}
