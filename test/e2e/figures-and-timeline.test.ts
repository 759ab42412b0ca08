import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { casesWithCategory, findCase, relatedCases } from '@/lib/content/queries';
import { launchBrowser } from './support/browser';
import { openPage, seriousAccessibilityViolations } from './support/page-checks';
import { loadRealCorpus } from '../support/real-corpus';

const corpus = await loadRealCorpus();
const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const FIGURES = [
  {
    slug: 'patriot-missile-dhahran-1991',
    name: /Patriot clock drift/,
    // Computed from the chopped 0.1, not typed in: 100 h → 0.3433 s, 8 h → 0.0275 s, ≈575 m of Scud travel.
    values: ['0.3433 s', '0.0275 s', '0.0034 s', '575 m'],
  },
  { slug: 'att-long-distance-collapse-1990', name: /AT&T outage spread/, values: ['14:25', '23:30', '4–6 s', 'about 9 hours'] },
  { slug: 'ariane-5-flight-501', name: /Ariane 5 flight 501/, values: ['H0−3 s', 'H0+7.5 s', 'H0+36.7 s', 'H0+36.772 s', 'H0+47 s'] },
  { slug: 'mars-climate-orbiter-1999', name: /pound-force seconds written/, values: ['lbf·s', '4.45 N·s', '1.00 N·s', 'about 22 %'] },
];

const oldestFirst = [...corpus.cases].sort((a, b) => a.frontmatter.date.localeCompare(b.frontmatter.date) || a.slug.localeCompare(b.slug));

describe.each(FIGURES)('figure on /cases/$slug', ({ slug, name, values }) => {
  const url = `${baseURL}/cases/${slug}`;

  it('renders as a visible SVG image with an accessible name, inside the story', async () => {
    const { page, errors } = await openPage(browser, url);
    const image = page.locator('section[aria-labelledby="story"] figure').getByRole('img', { name });
    await expect(image.count()).resolves.toBe(1);
    await expect(image.evaluate((el) => el.tagName.toLowerCase())).resolves.toBe('svg');
    await expect(image.isVisible()).resolves.toBe(true);
    const box = await image.boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    expect(box?.height).toBeGreaterThan(150);
    // Drawn, not empty: the SVG holds shapes and text.
    await expect(image.locator('text').count()).resolves.toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has a caption and a text alternative that holds the figure’s values', async () => {
    const { page } = await openPage(browser, url);
    const figure = page.locator('figure', { has: page.getByRole('img', { name }) });
    await expect(figure.locator('figcaption').innerText()).resolves.not.toBe('');
    const description = await figure.locator('svg > desc').textContent();
    await figure.locator('summary').click();
    const table = figure.locator('details table');
    await expect(table.isVisible()).resolves.toBe(true);
    const alternative = `${description ?? ''} ${await table.innerText()}`;
    for (const value of values) expect(alternative).toContain(value);
    await page.context().close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const { page } = await openPage(browser, url, { viewport: { width: 360, height: 800 } });
    const box = await page.getByRole('img', { name }).boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(360);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode', async (colorScheme) => {
    const { page, errors } = await openPage(browser, url, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the Patriot figure computes its data', () => {
  it('plots the drift at 100 hours as about 0.34 s', async () => {
    const { page } = await openPage(browser, `${baseURL}/cases/patriot-missile-dhahran-1991`);
    const description = await page.getByRole('img', { name: /Patriot clock drift/ }).locator('desc').textContent();
    expect(description).toMatch(/0\.34\d* s after 100 hours/);
    await page.context().close();
  });
});

describe('related cases on a case page', () => {
  it.each(['ariane-5-flight-501', 'patriot-missile-dhahran-1991', 'therac-25-radiation-overdoses'])(
    '/cases/%s lists the cases sharing a cause, ranked, each naming what it shares',
    async (slug) => {
      const caseStudy = findCase(corpus, slug);
      if (!caseStudy) throw new Error(`missing case ${slug}`);
      const expected = relatedCases(corpus, caseStudy);
      expect(expected.length).toBeGreaterThan(0);
      const { page, errors } = await openPage(browser, `${baseURL}/cases/${slug}`);
      const section = page.locator('section[aria-labelledby="related"]');
      await expect(section.locator('h2').textContent()).resolves.toBe('Related cases');
      const items = section.locator('ul[aria-label="Related cases"] > li');
      await expect(items.locator('p a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual(
        expected.map((related) => `/cases/${related.caseStudy.slug}`),
      );
      for (const [i, related] of expected.entries()) {
        const text = await items.nth(i).innerText();
        for (const category of related.shared) expect(text).toContain(category.label);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('links to the related case', async () => {
    const { page } = await openPage(browser, `${baseURL}/cases/ariane-5-flight-501`);
    await page.locator('section[aria-labelledby="related"]').getByRole('link', { name: /Boeing 787/ }).click();
    await page.waitForURL('**/cases/boeing-787-generator-counter-2015');
    await expect(page.locator('h1').textContent()).resolves.toContain('Boeing 787');
    await page.context().close();
  });
});

describe('/timeline', () => {
  const entrySlugs = (page: Page) =>
    page.locator('main [data-slug]').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-slug')));

  it('lists every case, oldest first, grouped by decade, each linking to its case', async () => {
    const { page, errors, status } = await openPage(browser, `${baseURL}/timeline`);
    expect(status).toBe(200);
    await expect(entrySlugs(page)).resolves.toEqual(oldestFirst.map((c) => c.slug));
    const dates = await page.locator('main [data-slug] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates).toEqual(oldestFirst.map((c) => c.frontmatter.date));
    for (const caseStudy of oldestFirst) {
      await expect(page.locator(`main [data-slug="${caseStudy.slug}"] h3 a`).getAttribute('href')).resolves.toBe(`/cases/${caseStudy.slug}`);
    }
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual(['1980s', '1990s', '2000s', '2010s', '2020s']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows to one cause when its filter is chosen, and back to all', async () => {
    const { page } = await openPage(browser, `${baseURL}/timeline`);
    const filter = page.getByRole('navigation', { name: 'Filter the timeline by cause' });
    await filter.getByRole('link', { name: /^Numeric overflow/ }).click();
    await page.waitForURL('**/timeline/numeric-overflow');
    const expected = casesWithCategory(corpus, 'numeric-overflow').sort((a, b) => a.frontmatter.date.localeCompare(b.frontmatter.date));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await expect(entrySlugs(page)).resolves.toEqual(expected.map((c) => c.slug));
    await expect(filter.getByRole('link', { name: /^Numeric overflow/ }).getAttribute('aria-current')).resolves.toBe('page');
    await filter.getByRole('link', { name: /^All causes/ }).click();
    await page.waitForURL(/\/timeline$/);
    await expect(entrySlugs(page)).resolves.toHaveLength(corpus.cases.length);
    await page.context().close();
  });

  it('filters with JavaScript turned off', async () => {
    const { page } = await openPage(browser, `${baseURL}/timeline`, { javaScriptEnabled: false });
    await page.getByRole('navigation', { name: 'Filter the timeline by cause' }).getByRole('link', { name: /^Concurrency defect/ }).click();
    await page.waitForURL('**/timeline/concurrency');
    await expect(entrySlugs(page)).resolves.toEqual(
      casesWithCategory(corpus, 'concurrency')
        .sort((a, b) => a.frontmatter.date.localeCompare(b.frontmatter.date))
        .map((c) => c.slug),
    );
    await page.context().close();
  });

  it.each(
    ['/timeline', '/timeline/numeric-overflow'].flatMap((route) => (['light', 'dark'] as const).map((scheme) => [route, scheme] as const)),
  )('%s has no serious or critical axe violation in %s mode', async (route, colorScheme) => {
    const { page, errors } = await openPage(browser, `${baseURL}${route}`, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
