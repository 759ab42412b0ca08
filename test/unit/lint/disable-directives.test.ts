import { describe, expect, it } from 'vitest';
import { parseDirective } from '@/lib/lint/disable-directives';
import { baseCase, brief, lintOne } from './fixtures';

const withHttpSource = (comment: string) =>
  baseCase().replace('  - { title: Fixture commentary, year: 2002, url: "https://', `${comment}  - { title: Fixture commentary, year: 2002, url: "http://`);

describe('lessons-disable-next-line', () => {
  it('parses rule ids, commas and a "-- reason"', () => {
    expect(parseDirective(' lessons-disable-next-line https-source')).toEqual(['https-source']);
    expect(parseDirective('lessons-disable-next-line a, b c -- the archive has no https')).toEqual(['a', 'b', 'c']);
    expect(parseDirective(' lessons-disable-next-line')).toEqual([]);
    expect(parseDirective(' a plain comment')).toBeUndefined();
  });

  it('silences one rule on the next line of the front matter', () => {
    expect(lintOne(withHttpSource('')).map(brief)).toEqual(['case.mdx:38:51 https-source']);
    expect(lintOne(withHttpSource('  # lessons-disable-next-line https-source -- the archive has no https\n'))).toEqual([]);
  });

  it('silences nothing else: another rule on that line, or the same rule on a later line', () => {
    const source = withHttpSource('  # lessons-disable-next-line tag-order\n');
    expect(lintOne(source).map(brief)).toEqual(['case.mdx:38:3 unused-disable', 'case.mdx:39:51 https-source']);
    const twoAbove = withHttpSource('  # lessons-disable-next-line https-source\n  - { title: Extra, year: 2003, url: "https://example.org/x" }\n');
    expect(lintOne(twoAbove).map(brief)).toEqual(['case.mdx:38:3 unused-disable', 'case.mdx:40:51 https-source']);
  });

  it('skips blank lines and stacked directives to reach the line it means', () => {
    const source = withHttpSource('  # lessons-disable-next-line https-source\n  # lessons-disable-next-line source-year\n\n').replace(
      'year: 2002, url: "http:',
      'year: 1999, url: "http:',
    );
    expect(lintOne(source)).toEqual([]);
  });

  it('works as an MDX comment in the body, which the site accepts and renders as nothing', () => {
    const bad = baseCase().replace('![A counter display rolling over from 65535 to 0]', '![]');
    expect(lintOne(bad).map(brief)).toEqual(['case.mdx:45:1 image-alt']);
    const silenced = bad.replace('![]', '{/* lessons-disable-next-line image-alt -- decorative */}\n![]');
    expect(lintOne(silenced)).toEqual([]);
  });

  it('reports a directive naming an unknown rule, with where to find the real ids', () => {
    const [diagnostic] = lintOne(withHttpSource('  # lessons-disable-next-line https-sources\n'));
    expect(diagnostic).toMatchObject({ ruleId: 'unused-disable', line: 38, severity: 'warning' });
    expect(diagnostic?.message).toBe('lessons-disable-next-line names unknown rule "https-sources"; "lessons lint --list-rules" lists them');
  });

  it('cannot silence a problem that stops the site from building the file', () => {
    const source = baseCase().replace('date: 2001-02-03', '# lessons-disable-next-line schema\ndate: 2001-02-30');
    expect(lintOne(source).map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'case.mdx:3:1 unused-disable "schema" cannot be disabled: the site cannot build this file until line 4 is fixed',
      'case.mdx:4:7 schema must be a real date written YYYY-MM-DD',
    ]);
  });

  it('needs no directive for a rule the config turns off, and does not complain about one', () => {
    const source = withHttpSource('  # lessons-disable-next-line https-source\n');
    expect(lintOne(source, { settings: new Map([['https-source', 'off']]) })).toEqual([]);
  });
});
