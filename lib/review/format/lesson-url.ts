import { SITE_URL } from '../../site';
import type { ReviewLesson } from '../trigger-set';

/** Where a finding's precedent lives on the site: the case page, at the lesson's anchor. */
export function lessonUrl(lesson: ReviewLesson, siteUrl: string = SITE_URL): string {
  return `${siteUrl.replace(/\/+$/, '')}/cases/${encodeURIComponent(lesson.slug)}#${encodeURIComponent(lesson.lessonId)}`;
}
