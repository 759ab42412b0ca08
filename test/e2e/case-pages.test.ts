import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

describe.each(corpus.cases.map((c) => [c.slug, c] as const))('/cases/%s', (slug, caseStudy) => {
  const url = `${baseURL}/cases/${slug}`;
  const { frontmatter } = caseStudy;

  it('shows the title, every cause, lesson and source, with no console error', async () => {
    const { page, errors, status } = await openPage(browser, url);
    expect(status).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(frontmatter.title);
    const text = await page.locator('main').innerText();
    for (const cause of frontmatter.causes) expect(text).toContain(cause.summary.trim());
    for (const lesson of frontmatter.lessons) {
      expect(text).toContain(lesson.text.trim());
      expect(text).toContain(lesson.check.trim());
    }
    for (const source of frontmatter.sources) expect(text).toContain(source.title.trim());
    for (const entry of frontmatter.timeline) expect(text).toContain(entry.event.trim());
    expect(text).toMatch(/reconstruction/i);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('anchors every lesson at #<lesson-id> and scrolls to it', async () => {
    for (const lesson of frontmatter.lessons) {
      const { page } = await openPage(browser, `${url}#${lesson.id}`);
      const target = page.locator(`[id="${lesson.id}"]`);
      await expect(target.textContent()).resolves.toContain(lesson.text.trim());
      await expect(target.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
      await expect(target.isVisible()).resolves.toBe(true);
      const inView = await target.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      });
      expect(inView).toBe(true);
      await page.context().close();
    }
  });

  it('lists the code patterns that raise each lesson in review, and nothing for lessons without', async () => {
    const { page } = await openPage(browser, url);
    for (const lesson of frontmatter.lessons) {
      const details = page.locator(`[id="${lesson.id}"] details.lesson-triggers`);
      // `backticks` in a summary are rendered as code, as on GitHub.
      const summaries = (lesson.triggers ?? []).map((trigger) => trigger.summary.trim().replaceAll('`', ''));
      await expect(details.count()).resolves.toBe(summaries.length > 0 ? 1 : 0);
      if (summaries.length === 0) continue;
      await details.locator('summary').click();
      await expect(details.locator('li').allInnerTexts()).resolves.toEqual(summaries);
      await expect(details.locator('a[href="/review"]').isVisible()).resolves.toBe(true);
    }
    await page.context().close();
  });

  it('links each cause to the lessons learned from it', async () => {
    const { page } = await openPage(browser, url);
    const lesson = frontmatter.lessons[frontmatter.lessons.length - 1];
    if (!lesson) throw new Error('case has no lessons');
    await page.locator(`[id="cause-${lesson.causes[0]}"] a[href="#${lesson.id}"]`).click();
    await page.waitForURL(`**#${lesson.id}`);
    await expect(page.locator(`[id="${lesson.id}"]`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await page.context().close();
  });

  it('has metadata: title, description and Open Graph', async () => {
    const { page } = await openPage(browser, url);
    await expect(page.title()).resolves.toBe(`${frontmatter.title} — Lessons from Failure`);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(frontmatter.summary);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(frontmatter.title);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode', async (colorScheme) => {
    const { page } = await openPage(browser, url, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('case pages ship no MDX runtime', () => {
  it('loads no script that evaluates MDX in the browser', async () => {
    const first = corpus.cases[0];
    if (!first) throw new Error('no cases');
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(`${baseURL}/cases/${first.slug}`, { waitUntil: 'networkidle' });
    expect(scripts.length).toBeGreaterThan(0);
    // The compiled MDX would travel either as a script or inline in the page's React payload.
    for (const script of [...scripts, await page.content()]) {
      expect(script).not.toContain('getMDXExport');
      expect(script).not.toContain('_jsx_runtime');
    }
    await context.close();
  });
});
