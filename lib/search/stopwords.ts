/** Words too common to help ranking; dropped from the index and from queries alike. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his how i if in into is it its ' +
    'no not of on or our she so than that the their them then there these they this those to was we ' +
    'were what when where which while who why will with would you your'
  ).split(' '),
);
