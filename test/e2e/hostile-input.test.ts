import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SITE_NAME } from '@/lib/site';
import { launchBrowser } from './support/browser';
import { openPage } from './support/page-checks';

const baseURL = inject('baseURL');
/** Markup that runs code if any page ever renders it instead of escaping it. */
const PAYLOADS = ['<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const pwned = (page: Page) => page.evaluate(() => Reflect.get(window, '__pwned'));
/** Elements a payload would create if it were parsed as HTML (the site itself renders no <img> or inline <script> in main). */
const injected = (page: Page) => page.locator('main img, main script, header img, form[role=search] script').count();

describe('the site’s own 404 page', () => {
  it.each([
    '/cases/no-such-case',
    '/causes/no-such-cause',
    '/timeline/no-such-cause',
    '/no/such/page',
    '/cases/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '/cases/%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
    '/cases/..%2f..%2fetc%2fpasswd',
    '/cases/..%2f..%2fpackage.json',
    '/causes/%00',
    // Not valid percent-encoded UTF-8: Next alone would answer a bare 500 (see next.config.mjs).
    '/cases/%ff',
    '/cases/%',
    '/causes/%E0%A4',
    '/timeline/%ED%A0%80',
  ])('answers %s with status 404, the site header and its own text', async (path) => {
    const { page, status } = await openPage(browser, `${baseURL}${path}`);
    expect(status).toBe(404);
    await expect(page.locator('header a[href="/"]').first().textContent()).resolves.toBe(SITE_NAME);
    await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(1);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await expect(page.title()).resolves.toBe(`Page not found — ${SITE_NAME}`);
    await expect(page.locator('main a[href="/cases"]').count()).resolves.toBe(1);
    expect(await pwned(page)).toBeUndefined();
    await page.context().close();
  });

  it('never echoes the requested path into the page', async () => {
    const response = await fetch(`${baseURL}/cases/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('onerror=alert');
  });
});

describe('raw, invalid encodings over real HTTP (Next parses the URL before the handlers do)', () => {
  it.each([
    ['/api/search?q=%ff', 200],
    ['/api/search?q=%E0%A4', 200],
    ['/api/search?q=%', 200],
    ['/api/search?q=%%41%zz', 200],
    ['/api/search?q=%ED%A0%80', 200],
    ['/api/search?q=over%00flow', 200],
    ['/api/search?q=a&q=b&limit=1&limit=999', 200],
    ['/api/search?q=x&limit=%ff', 400],
    ['/api/search?q=x&category=%ff', 400],
    [`/api/search?q=${'%ff'.repeat(2000)}`, 200],
    ['/api/checklist?tag=%ff', 400],
    ['/api/checklist?format=%', 400],
    ['/api/checklist?phase=%ED%A0%80&format=md', 400],
    ['/api/checklist?format=md&utm_source=%ff', 200],
    [`/api/checklist?tag=${'x'.repeat(5000)}`, 400],
  ])('%s → %i, as JSON or the asked format, never HTML', async (path, status) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(status);
    const type = response.headers.get('content-type') ?? '';
    expect(type).toMatch(/^(application\/json|text\/markdown)\b/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await response.text();
    expect(body.length).toBeLessThan(128 * 1024);
    if (status === 400) expect(JSON.parse(body)).toEqual(expect.objectContaining({ error: expect.any(String) }));
  });

  it('leaves a URL longer than the server’s 16 kB header limit to Node: 431, not a 500', async () => {
    const response = await fetch(`${baseURL}/api/search?q=${'a'.repeat(100_000)}`);
    expect(response.status).toBe(431);
  });

  it.each(['/search?q=%ff%E0%A4%', '/search?q=%ED%A0%80&category=%ff', '/checklist?tag=%ff&phase=%&checked=%E0%A4'])(
    'renders the page %s instead of failing',
    async (path) => {
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    },
  );
});

describe('markup typed or linked as a query is shown as text', () => {
  it.each(PAYLOADS)('in the header search box, and on the search page it submits to: %s', async (payload) => {
    const { page, errors } = await openPage(browser, `${baseURL}/cases`);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill(payload);
    await page.locator('form[role=search] [role=listbox], form[role=search] p').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(400); // past the debounce: the results (or "no match") are rendered
    expect(await injected(page)).toBe(0);
    await box.evaluate((input) => input.closest('form')?.requestSubmit());
    await page.waitForURL(/\/search\?q=/);
    await expect(page.locator('#search-page-q').inputValue()).resolves.toBe(payload);
    expect(await injected(page)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(PAYLOADS)('linked as /search?q=…: %s', async (payload) => {
    const { page } = await openPage(browser, `${baseURL}/search?q=${encodeURIComponent(payload)}&category=${encodeURIComponent(payload)}`);
    await expect(page.locator('main [role=alert]').textContent()).resolves.toContain(payload);
    expect(await injected(page)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.context().close();
  });

  it.each(PAYLOADS)('in the checklist’s filter, tick and q parameters: %s', async (payload) => {
    const value = encodeURIComponent(payload);
    const { page, errors } = await openPage(browser, `${baseURL}/checklist?phase=${value}&cause=${value}&tag=${value}&checked=${value}&q=${value}`);
    await page.locator('[data-checklist-ready="true"]').waitFor(); // hydrated, with the URL's state applied
    await expect(page.getByLabel('Phase').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('checklist-progress').textContent()).resolves.toMatch(/^0 of \d+ checked/);
    expect(await page.content()).not.toContain(payload);
    expect(await injected(page)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in a diff pasted on /review', async () => {
    const diff = [
      `diff --git a/src/${PAYLOADS[1]}.c b/src/${PAYLOADS[1]}.c`,
      `--- a/src/${PAYLOADS[1]}.c`,
      `+++ b/src/${PAYLOADS[1]}.c`,
      '@@ -1,1 +1,3 @@',
      ' int x;',
      `+int16_t bh = (int16_t) horizontal_bias; /* ${PAYLOADS[0]} */`,
      `+// ${PAYLOADS[1]}`,
      '',
    ].join('\n');
    const { page, status } = await openPage(browser, `${baseURL}/review`);
    expect(status).toBe(200);
    await page.getByLabel('Unified diff').fill(diff);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('[aria-labelledby="review-results"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('main').innerText()).resolves.toContain(`${PAYLOADS[1]}.c`);
    expect(await injected(page)).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    await page.context().close();
  });
});
