import type { MetadataRoute } from 'next';
import { getCorpus } from '@/lib/content/corpus.server';
import { SITE_URL } from '@/lib/site';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const corpus = await getCorpus();
  const url = (path: string) => new URL(path, SITE_URL).toString();
  return [
    { url: url('/') },
    { url: url('/cases') },
    { url: url('/causes') },
    { url: url('/checklist') },
    { url: url('/review') },
    { url: url('/timeline') },
    ...corpus.cases.map((caseStudy) => ({ url: url(`/cases/${caseStudy.slug}`) })),
    ...corpus.categories.map((category) => ({ url: url(`/causes/${category.id}`) })),
    ...corpus.categories.map((category) => ({ url: url(`/timeline/${category.id}`) })),
  ];
}
