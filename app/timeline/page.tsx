import type { Metadata } from 'next';
import { TimelineView } from './_components/timeline-view';
import { getCorpus } from '@/lib/content/corpus.server';

export const metadata: Metadata = {
  title: 'Timeline',
  description: 'Every software failure in the knowledge base on one time axis, from the 1980s to today, filterable by cause.',
  alternates: { canonical: '/timeline' },
};

export default async function TimelinePage() {
  return <TimelineView corpus={await getCorpus()} categoryId={null} />;
}
