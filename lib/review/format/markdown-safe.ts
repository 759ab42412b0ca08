/**
 * Puts text from a diff (a file name, a line of code) in a Markdown code span that it cannot break out of: the
 * fence is one backtick longer than any run inside, tabs become spaces, other control characters U+FFFD, and the text is cut to
 * `max` characters. Inside a code span GitHub renders no HTML, no links, no emphasis and no @-mentions, so a
 * hostile diff cannot put markup or pings into the comment.
 */
export function codeSpan(text: string, max = 160): string {
  let clean = text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
  if (clean.length > max) clean = `${clean.slice(0, max)}…`;
  if (clean.trim() === '') return '(blank)';
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A span that starts or ends with a backtick or a space needs one space of padding on both sides (CommonMark).
  const pad = /^[` ]|[` ]$/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
