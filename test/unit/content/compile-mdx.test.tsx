import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MdxContent } from '@/app/_components/mdx-content';
import { compileMdx } from '@/lib/content/compile-mdx.server';
import { parseCase } from '@/lib/content/parse-case';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/content/good/cases/counter-wrap.mdx');

async function renderFixture(): Promise<string> {
  const result = parseCase({
    file: 'counter-wrap.mdx',
    slug: 'counter-wrap',
    source: readFileSync(fixture, 'utf8'),
    categoryIds: new Set(['numeric-overflow', 'testing-gap']),
  });
  if (!result.ok) throw new Error('fixture should parse');
  return renderToStaticMarkup(<MdxContent code={await compileMdx(result.caseStudy.body)} />);
}

describe('compileMdx + MdxContent', () => {
  it('renders headings with slug ids, GFM tables and emphasis', async () => {
    const html = await renderFixture();
    expect(html).toContain('<h2 id="what-happened">What happened</h2>');
    expect(html).toMatch(/<table>.*<th>Uptime<\/th>/s);
    expect(html).toContain('<em>fictional</em>');
  });

  it('renders the allow-listed components with their labels', async () => {
    const html = await renderFixture();
    expect(html).toContain('Myth and fact');
    expect(html).toContain('It was not cosmic rays');
    expect(html).toContain('Reconstruction');
    expect(html).toContain('not the original source');
    expect(html).toContain('class="language-c"');
  });

  it('gives external links rel="noopener noreferrer"', async () => {
    expect(await renderFixture()).toContain('<a href="https://example.org/report" rel="noopener noreferrer">report</a>');
  });

  it('compiles the same body once and reuses the result', async () => {
    const body = '\n## Once\n';
    const first = compileMdx(body);
    expect(compileMdx(body)).toBe(first);
    await expect(first).resolves.toContain('Once');
  });
});
