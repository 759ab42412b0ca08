import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openPage, seriousAccessibilityViolations } from './support/page-checks';

const baseURL = inject('baseURL');
const CASE = `${baseURL}/cases/patriot-missile-dhahran-1991`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('header search box', () => {
  it('loads the index only on first use, then shows the right result as you type; Enter opens it', async () => {
    const { page, errors } = await openPage(browser, CASE);
    const indexRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search-index.json')) indexRequests.push(request.url());
    });
    await page.waitForTimeout(500);
    expect(indexRequests).toEqual([]);

    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('priorty inversion');
    const first = page.getByRole('option').first();
    await expect(first.textContent({ timeout: 5000 })).resolves.toContain('Mars Pathfinder');
    expect(indexRequests).toHaveLength(1);
    await expect(page.locator('[role=option] mark').first().textContent()).resolves.toMatch(/priorit/i);
    await box.press('Enter');
    await page.waitForURL('**/cases/mars-pathfinder-priority-inversion-1997#*');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focuses with "/" and with Ctrl-K, and moves through results with the arrow keys', async () => {
    const { page } = await openPage(browser, CASE);
    const box = page.getByRole('combobox', { name: 'Search' });
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await box.blur();
    await page.keyboard.press('Control+k');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await box.fill('overflow');
    await page.getByRole('option').nth(1).waitFor();
    await page.waitForTimeout(300); // let the debounced search settle before moving the selection
    const second = (await page.getByRole('option').nth(1).locator('span').first().textContent()) ?? '';
    const selection = () =>
      page.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('aria-selected')));
    await page.keyboard.press('ArrowDown');
    await expect.poll(selection).toEqual(['true', 'false', 'false', 'false', 'false', 'false'].slice(0, (await selection()).length));
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await selection())[1]).toBe('true');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await page.getByRole('option').nth(1).getAttribute('id'));
    await page.keyboard.press('Enter');
    // The search started on a case page, so wait for the chosen case's own heading rather than any /cases/ URL.
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe(second);
    await page.context().close();
  });

  it('says so, and offers the search page, when the index cannot load', async () => {
    const context = await browser.newContext();
    await context.route('**/search-index.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
    const page = await context.newPage();
    await page.goto(CASE);
    await page.getByRole('combobox', { name: 'Search' }).fill('overflow');
    const alert = page.locator('form[role=search] [role=alert]');
    await expect(alert.textContent({ timeout: 5000 })).resolves.toContain('Search could not load');
    await expect(alert.locator('a').getAttribute('href')).resolves.toBe('/search?q=overflow');
    await context.close();
  });
});

describe('/search page', () => {
  it('works with JavaScript off: the header form submits to a server-rendered result list', async () => {
    const { page } = await openPage(browser, `${baseURL}/`, { javaScriptEnabled: false });
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('misplaced break');
    await box.press('Enter');
    await page.waitForURL('**/search?q=misplaced+break');
    const first = page.locator('main ol > li').first();
    await expect(first.locator('h3').textContent()).resolves.toBe('AT&T long-distance network collapse');
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(expect.arrayContaining(['break']));
    await expect(first.locator('a').getAttribute('href')).resolves.toMatch(/^\/cases\/att-long-distance-collapse-1990#/);
    await page.context().close();
  });

  it('filters by cause category, domain and phase', async () => {
    const { page } = await openPage(browser, `${baseURL}/search?q=overflow&domain=aerospace`);
    const titles = await page.locator('main ol > li h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /Ariane|Boeing/.test(t))).toBe(true);
    const { page: none } = await openPage(browser, `${baseURL}/search?q=overflow&category=unit-mismatch&phase=operations`);
    await expect(none.locator('main').innerText()).resolves.toContain('No case study matches');
    await page.context().close();
    await none.context().close();
  });

  it('never reflects the query as markup', async () => {
    const attack = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { page } = await openPage(browser, `${baseURL}/search?q=${encodeURIComponent(attack)}`);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => Reflect.get(window, '__xss'))).resolves.toBeUndefined();
    await expect(page.locator('main').innerText()).resolves.toContain('<img src=x onerror=');
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe(attack.slice(0, 200));
    await page.context().close();
  });

  it('explains a bad filter value instead of failing', async () => {
    const { page, status } = await openPage(browser, `${baseURL}/search?q=x&phase=lunch`);
    expect(status).toBe(200);
    await expect(page.locator('main [role=alert]').textContent()).resolves.toContain('unknown phase "lunch"');
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode', async (colorScheme) => {
    const { page, errors } = await openPage(browser, `${baseURL}/search?q=rounding+error`, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('GET /api/search', () => {
  it('returns the ranked results as JSON', async () => {
    const response = await fetch(`${baseURL}/api/search?q=rounding&limit=2`);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({
      query: 'rounding',
      results: [
        { slug: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^\/cases\//), score: expect.any(Number) },
        { snippet: { text: expect.any(String), highlights: expect.any(Array) } },
      ],
    });
  });

  it('answers a bad limit or filter with 400 and a JSON error', async () => {
    for (const query of ['q=x&limit=0', 'q=x&limit=abc', 'q=x&domain=moon']) {
      const response = await fetch(`${baseURL}/api/search?${query}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body: unknown = await response.json();
      expect(body).toMatchObject({ error: expect.any(String), parameter: expect.any(String) });
    }
  });

  it('survives hostile queries: huge, control characters, broken percent-encoding', async () => {
    for (const query of [`q=${'a'.repeat(10_000)}`, 'q=%00%01%1b', 'q=%E0%A4%A', 'q=%F0%9F%9A%80&q=second']) {
      const response = await fetch(`${baseURL}/api/search?${query}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text.length).toBeLessThan(100_000);
    }
  });
});
