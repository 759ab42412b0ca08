import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/app/_components/mdx-content';
import {
  Ariane501TimelineFigure,
  AttCascadeFigure,
  MarsClimateOrbiterUnitsFigure,
  PatriotClockDriftFigure,
} from '@/app/_components/mdx/figures';
import { checkMdxSafety } from '@/lib/content/check-mdx-safety';
import { compileMdx } from '@/lib/content/compile-mdx.server';
import { parseMdxBody } from '@/lib/content/parse-mdx-body';

const FIGURES: [string, ComponentType, string[]][] = [
  ['PatriotClockDriftFigure', PatriotClockDriftFigure, ['0.3433 s', '0.0275 s', '9.54 × 10⁻⁸', 'about 575 m', '3,600,000']],
  ['AttCascadeFigure', AttCascadeFigure, ['14:25', '23:30', '4–6 s', 'about 9 hours', 'not to scale']],
  ['Ariane501TimelineFigure', Ariane501TimelineFigure, ['H0−3 s', '09:33:59', 'H0+7.5 s', 'H0+36.7 s', 'H0+36.772 s', 'H0+47 s']],
  ['MarsClimateOrbiterUnitsFigure', MarsClimateOrbiterUnitsFigure, ['SM_FORCES', 'lbf·s', 'N·s', '4.45 N·s', 'about 22 %']],
];

describe.each(FIGURES)('<%s>', (_name, Figure, values) => {
  const html = renderToStaticMarkup(<Figure />);

  it('is an SVG image named by its title and described by its desc', () => {
    const svg = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*aria-describedby="([^"]+)"/.exec(html);
    expect(svg).not.toBeNull();
    expect(html).toMatch(new RegExp(`<title id="${svg?.[1]}">[^<]+</title>`));
    expect(html).toMatch(new RegExp(`<desc id="${svg?.[2]}">[^<]+</desc>`));
  });

  it('has a visible caption, and a text alternative (description and data table) holding the values it draws', () => {
    expect(html).toMatch(/<figcaption[^>]*>.+<\/figcaption>/s);
    const description = /<desc[^>]*>([^<]+)<\/desc>/.exec(html)?.[1] ?? '';
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('<th scope="col"');
    for (const value of values) expect(`${description} ${table}`, value).toContain(value);
  });

  it('scales with its container', () => {
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
    expect(html).toMatch(/<svg[^>]*class="[^"]*w-full/);
  });
});

describe('figures in case MDX', () => {
  it('render through the MDX component map', async () => {
    const html = renderToStaticMarkup(<MdxContent code={await compileMdx('\n<PatriotClockDriftFigure />\n')} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('0.3433 s');
  });

  it('accept no attributes, so a case cannot feed a figure its numbers', () => {
    const parsed = parseMdxBody('<PatriotClockDriftFigure hours="200" />\n');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(checkMdxSafety(parsed.tree).map((problem) => problem.message)).toEqual([
      '<PatriotClockDriftFigure> attribute "hours" is not a known attribute',
    ]);
  });
});
