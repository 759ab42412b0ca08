import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelineView } from '../_components/timeline-view';
import { getCorpus } from '@/lib/content/corpus.server';
import { findCategory } from '@/lib/content/queries';

interface TimelineByCausePageProps {
  params: Promise<{ cause: string }>;
}

// One prerendered page per cause: a static site cannot read ?cause=, and links keep filtering working without JS.
export const dynamicParams = false;

export async function generateStaticParams() {
  const corpus = await getCorpus();
  return corpus.categories.map((category) => ({ cause: category.id }));
}

export async function generateMetadata({ params }: TimelineByCausePageProps): Promise<Metadata> {
  const category = findCategory(await getCorpus(), (await params).cause);
  if (!category) return {};
  return {
    title: `Timeline: ${category.label}`,
    description: `The software failures with a cause in the category “${category.label}”, on one time axis.`,
    alternates: { canonical: `/timeline/${category.id}` },
  };
}

export default async function TimelineByCausePage({ params }: TimelineByCausePageProps) {
  const corpus = await getCorpus();
  const category = findCategory(corpus, (await params).cause);
  if (!category) notFound();
  return <TimelineView corpus={corpus} categoryId={category.id} />;
}
