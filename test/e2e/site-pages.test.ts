import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { categoryCounts } from '@/lib/content/queries';
import { launchBrowser } from './support/browser';
import { openPage, seriousAccessibilityViolations } from './support/page-checks';
import { loadRealCorpus } from '../support/real-corpus';

const corpus = await loadRealCorpus();
const baseURL = inject('baseURL');
const firstCase = corpus.cases[0];
const firstCategory = corpus.categories[0];
if (!firstCase || !firstCategory) throw new Error('the corpus is empty');

const PAGES = ['/', '/cases', `/cases/${firstCase.slug}`, '/causes', `/causes/${firstCategory.id}`, '/review'];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('home page', () => {
  it('introduces the site and lists every case and every cited cause category', async () => {
    const { page, errors } = await openPage(browser, `${baseURL}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('software failures');
    for (const caseStudy of corpus.cases) {
      await expect(page.locator(`a[href="/cases/${caseStudy.slug}"]`).first().textContent()).resolves.toBe(
        caseStudy.frontmatter.title,
      );
    }
    for (const { category } of categoryCounts(corpus).filter(({ count }) => count > 0)) {
      await expect(page.locator(`main a[href="/causes/${category.id}"]`).count()).resolves.toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/cases', () => {
  it('lists all cases, newest failure first, with date and domain', async () => {
    const { page } = await openPage(browser, `${baseURL}/cases`);
    const titles = await page.locator('main article h2').allTextContents();
    const expected = [...corpus.cases]
      .sort((a, b) => b.frontmatter.date.localeCompare(a.frontmatter.date))
      .map((c) => c.frontmatter.title);
    expect(titles).toEqual(expected);
    const dates = await page.locator('main article time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
    expect(dates).toEqual(corpus.cases.map((c) => c.frontmatter.date));
    await page.context().close();
  });
});

describe('/causes and /causes/[id]', () => {
  it('shows every category with its definition and case count', async () => {
    const { page } = await openPage(browser, `${baseURL}/causes`);
    const text = await page.locator('main').innerText();
    for (const { category, count } of categoryCounts(corpus)) {
      expect(text).toContain(category.label);
      expect(text).toContain(category.definition);
      expect(text).toMatch(new RegExp(`${category.label}\\s+${count} cases?`));
    }
    await page.context().close();
  });

  it('lists the cases with that cause and links to their lessons', async () => {
    for (const category of corpus.categories) {
      const { page, status } = await openPage(browser, `${baseURL}/causes/${category.id}`);
      expect(status).toBe(200);
      const withCause = corpus.cases.filter((c) => c.frontmatter.causes.some((cause) => cause.category === category.id));
      const titles = await page.locator('main li h2').allTextContents();
      expect(titles).toEqual(withCause.map((c) => c.frontmatter.title));
      await page.context().close();
    }
  });
});

describe('errors and discovery', () => {
  it('answers an unknown case or cause with the site’s 404 page', async () => {
    for (const url of ['/cases/no-such-case', '/causes/no-such-cause', '/nowhere']) {
      const { page, status } = await openPage(browser, `${baseURL}${url}`);
      expect(status).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
      await page.context().close();
    }
  });

  it('lists every case in the sitemap', async () => {
    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
    for (const caseStudy of corpus.cases) expect(sitemap).toContain(`/cases/${caseStudy.slug}</loc>`);
    for (const path of ['/checklist', '/review', '/timeline']) expect(sitemap).toContain(`${path}</loc>`);
  });
});

describe.each(PAGES)('%s as a user sees it', (route) => {
  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const { page } = await openPage(browser, `${baseURL}${route}`, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('follows the system dark mode', async () => {
    const { page } = await openPage(browser, `${baseURL}${route}`, { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const channels = (background.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    expect(channels.length).toBe(3);
    expect(Math.max(...channels)).toBeLessThan(60);
    await page.context().close();
  });

  it('offers "Skip to content" as the first keyboard stop', async () => {
    const { page } = await openPage(browser, `${baseURL}${route}`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode', async (colorScheme) => {
    const { page, errors } = await openPage(browser, `${baseURL}${route}`, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
