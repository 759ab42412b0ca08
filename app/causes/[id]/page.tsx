import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/lib/content/corpus.server';
import { casesWithCategory, findCategory } from '@/lib/content/queries';
import { formatDate } from '@/lib/format-date';

interface CausePageProps {
  params: Promise<{ id: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const corpus = await getCorpus();
  return corpus.categories.map((category) => ({ id: category.id }));
}

export async function generateMetadata({ params }: CausePageProps): Promise<Metadata> {
  const category = findCategory(await getCorpus(), (await params).id);
  if (!category) return {};
  return { title: category.label, description: category.definition };
}

export default async function CausePage({ params }: CausePageProps) {
  const corpus = await getCorpus();
  const category = findCategory(corpus, (await params).id);
  if (!category) notFound();
  const cases = casesWithCategory(corpus, category.id);

  return (
    <>
      <p className="text-sm">
        <Link href="/causes" className="underline underline-offset-4">
          All causes
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{category.label}</h1>
      <p className="mt-2 text-lg text-stone-700 dark:text-stone-300">{category.definition}</p>
      {category.aliases.length > 0 && (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Also known as: {category.aliases.join(', ')}</p>
      )}
      {cases.length === 0 && <p className="mt-8">No case study cites this cause yet.</p>}
      <ul className="mt-8 grid gap-6">
        {cases.map((caseStudy) => {
          const { frontmatter } = caseStudy;
          const causes = frontmatter.causes.filter((cause) => cause.category === category.id);
          const causeIds = new Set(causes.map((cause) => cause.id));
          const lessons = frontmatter.lessons.filter((lesson) => lesson.causes.some((id) => causeIds.has(id)));
          return (
            <li key={caseStudy.slug} className="rounded-lg border border-stone-200 p-5 dark:border-stone-800">
              <h2 className="text-xl font-semibold">
                <Link href={`/cases/${caseStudy.slug}`} className="hover:text-amber-700 hover:underline dark:hover:text-amber-400">
                  {frontmatter.title}
                </Link>
              </h2>
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <time dateTime={frontmatter.date}>{formatDate(frontmatter.date)}</time>
              </p>
              <ul className="mt-3 list-disc pl-5">
                {causes.map((cause) => (
                  <li key={cause.id}>
                    <span className="font-medium capitalize">{cause.role}:</span> {cause.summary}
                  </li>
                ))}
              </ul>
              {lessons.length > 0 && (
                <>
                  <h3 className="mt-4 font-semibold">Lessons</h3>
                  <ul className="mt-1 list-disc pl-5">
                    {lessons.map((lesson) => (
                      <li key={lesson.id}>
                        <Link href={`/cases/${caseStudy.slug}#${lesson.id}`} className="underline underline-offset-2">
                          {lesson.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
