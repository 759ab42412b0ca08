import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { openRecording, useHeaderSearch } from './support/policy-violations';
import { loadRealCorpus } from '../support/real-corpus';

const corpus = await loadRealCorpus();
const baseURL = inject('baseURL');
const category = corpus.categories.find((candidate) =>
  corpus.cases.some((c) => c.frontmatter.causes.some((cause) => cause.category === candidate.id)),
);
if (!category) throw new Error('no cause category is cited by a case');
const titles = corpus.cases.map((c) => c.frontmatter.title);

/** The production policy, written out in full: loosening any directive must fail this test. */
const EXPECTED_HEADERS: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), midi=(), display-capture=(), browsing-topics=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function firstScriptAsset(): Promise<string> {
  const html = await (await fetch(`${baseURL}/`)).text();
  const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('the home page loads no script from /_next/static');
  return src;
}

describe('security headers', () => {
  it.each([
    ['a page', '/', 200],
    ['a case page', '/cases/patriot-missile-dhahran-1991', 200],
    ['an API answer', '/api/search?q=overflow', 200],
    ['an API error', '/api/checklist?format=pdf', 400],
    ['the search index', '/search-index.json', 200],
    ['a 404 page', '/no-such-page', 404],
    ['a 404 for a hostile slug', '/cases/%3Cscript%3E', 404],
    ['a 404 for an undecodable slug', '/cases/%ff', 404],
  ])('are sent, exactly, with %s (%s)', async (_, path, status) => {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });

  it('are sent, exactly, with a static asset', async () => {
    const response = await fetch(`${baseURL}${await firstScriptAsset()}`);
    expect(response.status).toBe(200);
    for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(response.headers.get(name), name).toBe(value);
  });

  it('never allow eval, and leave HSTS to the TLS proxy', async () => {
    const response = await fetch(`${baseURL}/`);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the policy in force', () => {
  it('blocks what it should, and the recorder sees it: a foreign script, eval, an injected style attribute', async () => {
    const { page, violations } = await openRecording(browser, `${baseURL}/`);
    await page.evaluate(() => {
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.invalid/x.js';
      document.head.append(foreign);
      const evaluating = document.createElement('script');
      // Run the eval in a later task: DevTools lets eval through while its own evaluate call is on the stack.
      evaluating.textContent = "setTimeout(function () { try { eval('window.__evalRan = 1'); } catch (e) { window.__evalBlocked = 1; } });";
      document.head.append(evaluating);
      document.body.insertAdjacentHTML('beforeend', '<div id="styled" style="color: rgb(255, 0, 0)">x</div>');
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(3);
    const seen = (await violations()).join('\n');
    expect(seen).toContain('script-src-elem blocked https://cdn.example.invalid/x.js');
    expect(seen).toContain('script-src blocked eval');
    expect(seen).toContain('style-src-attr blocked inline');
    const evalOutcome = () => page.evaluate(() => [Reflect.get(window, '__evalRan'), Reflect.get(window, '__evalBlocked')]);
    await expect.poll(evalOutcome).toEqual([undefined, 1]);
    await expect(page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).resolves.not.toBe('rgb(255, 0, 0)');
    await page.context().close();
  });
});

type Exercise = (page: Page) => Promise<void>;

const exercises: Record<string, Exercise> = {
  '/': async (page) => {
    // A client-side navigation fetches the next page's React payload: connect-src must allow it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await page.waitForURL(`${baseURL}/cases`);
    await page.locator('main article h2').first().waitFor();
  },
  '/cases/patriot-missile-dhahran-1991': async (page) => {
    await expect(page.getByRole('img', { name: /Patriot clock drift/ }).count()).resolves.toBe(1);
  },
  '/search?q=overflow': async (page) => {
    await expect(page.locator('main').innerText()).resolves.toMatch(/overflow/i);
  },
  '/checklist': async (page) => {
    const progress = page.getByTestId('checklist-progress');
    await page.locator('[data-checklist-ready="true"]').waitFor();
    const first = page.locator('main input[type="checkbox"]').first();
    await first.check();
    await expect.poll(() => progress.textContent()).toMatch(/^1 of \d+ checked/);
    await page.getByLabel('Phase').selectOption('testing');
    await expect.poll(() => page.locator('main h2').allTextContents()).toEqual(['Testing']);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied the checklist as Markdown.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PR template' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
  },
  '/review': async (page) => {
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.locator('[aria-labelledby="review-results"]').waitFor({ timeout: 10_000 });
  },
};

const PAGE_TYPES: [string, number][] = [
  ['/', 200],
  ['/cases', 200],
  ['/cases/patriot-missile-dhahran-1991', 200],
  ['/causes', 200],
  [`/causes/${category.id}`, 200],
  ['/timeline', 200],
  [`/timeline/${category.id}`, 200],
  ['/search?q=overflow', 200],
  ['/checklist', 200],
  ['/review', 200],
  ['/no-such-page', 404],
];

describe('every page type under the production policy', () => {
  it.each(PAGE_TYPES)('%s hydrates, runs its scripts and reports no violation', async (path, status) => {
    const recorded = await openRecording(browser, `${baseURL}${path}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    const { page, problems, violations } = recorded;
    expect(recorded.status).toBe(status);
    const firstResult = await useHeaderSearch(page);
    expect(titles.some((title) => firstResult.includes(title)), firstResult).toBe(true);
    await page.keyboard.press('Escape'); // close the result list before using the page under it
    await exercises[path]?.(page);
    expect(await violations()).toEqual([]);
    // A 404 page's own document is reported as a failed resource; nothing else may be.
    const expected = status === 404 ? [/the server responded with a status of 404/] : [];
    expect(problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)))).toEqual([]);
    await page.context().close();
  });
});
