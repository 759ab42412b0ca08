import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CaseHeader } from '../../_components/case-header';
import { CauseList } from '../../_components/cause-list';
import { LessonList } from '../../_components/lesson-list';
import { MdxContent } from '../../_components/mdx-content';
import { RelatedCases } from '../../_components/related-cases';
import { SectionHeading } from '../../_components/section-heading';
import { SourceList } from '../../_components/source-list';
import { Timeline } from '../../_components/timeline';
import { compileMdx } from '@/lib/content/compile-mdx.server';
import { getCorpus } from '@/lib/content/corpus.server';
import { findCase, relatedCases } from '@/lib/content/queries';

interface CasePageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export async function generateStaticParams() {
  const corpus = await getCorpus();
  return corpus.cases.map((caseStudy) => ({ slug: caseStudy.slug }));
}

export async function generateMetadata({ params }: CasePageProps): Promise<Metadata> {
  const caseStudy = findCase(await getCorpus(), (await params).slug);
  if (!caseStudy) return {};
  const { title, summary, date } = caseStudy.frontmatter;
  return {
    title,
    description: summary,
    alternates: { canonical: `/cases/${caseStudy.slug}` },
    openGraph: { type: 'article', title, description: summary, url: `/cases/${caseStudy.slug}`, publishedTime: date },
  };
}

export default async function CasePage({ params }: CasePageProps) {
  const corpus = await getCorpus();
  const caseStudy = findCase(corpus, (await params).slug);
  if (!caseStudy) notFound();
  const code = await compileMdx(caseStudy.body);
  const categoryById = new Map(corpus.categories.map((category) => [category.id, category]));
  const { frontmatter } = caseStudy;

  return (
    <article>
      <CaseHeader frontmatter={frontmatter} />
      <nav aria-label="On this page" className="mt-6 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-stone-600 dark:text-stone-400">
          {[
            ['#story', 'Story'],
            ['#timeline', 'Timeline'],
            ['#causes', 'Causes'],
            ['#lessons', 'Lessons'],
            ['#sources', 'Sources'],
            ['#related', 'Related cases'],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className="underline underline-offset-4 hover:text-amber-700 dark:hover:text-amber-400">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="story" className="mt-8">
        <h2 id="story" className="sr-only">
          Story
        </h2>
        <MdxContent code={code} />
      </section>
      <section aria-labelledby="timeline">
        <SectionHeading id="timeline">Timeline</SectionHeading>
        <Timeline entries={frontmatter.timeline} />
      </section>
      <section aria-labelledby="causes">
        <SectionHeading id="causes">Causes</SectionHeading>
        <CauseList frontmatter={frontmatter} categoryById={categoryById} />
      </section>
      <section aria-labelledby="lessons">
        <SectionHeading id="lessons">Lessons</SectionHeading>
        <LessonList frontmatter={frontmatter} categoryById={categoryById} />
      </section>
      <section aria-labelledby="sources">
        <SectionHeading id="sources">Sources</SectionHeading>
        <SourceList sources={frontmatter.sources} />
      </section>
      <section aria-labelledby="related">
        <SectionHeading id="related">Related cases</SectionHeading>
        <RelatedCases related={relatedCases(corpus, caseStudy)} />
      </section>
    </article>
  );
}
