import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import type { Checklist } from '@/lib/checklist/types';
import { launchBrowser } from './support/browser';
import { seriousAccessibilityViolations } from './support/page-checks';
import { loadRealCorpus } from '../support/real-corpus';

const checklist = deriveChecklist(await loadRealCorpus());
const baseURL = inject('baseURL');
const total = checklist.items.length;
const STORAGE_KEY = 'lessons-from-failure:checklist:all';
const NOT_KEPT = 'Your ticks will not be kept after this tab closes';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Uncaught exceptions only. */
  crashes: string[];
}

/** A fresh context whose pages run `initScript` before any of the site's scripts. */
async function openWith(initScript: (() => void) | null, setup: (context: BrowserContext) => Promise<void> = async () => {}): Promise<Opened> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  if (initScript) await context.addInitScript(initScript);
  await setup(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const crashes: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    errors.push(error.message);
    crashes.push(error.message);
  });
  return { context, page, errors, crashes };
}

async function gotoChecklist(page: Page, query = '') {
  await page.goto(`${baseURL}/checklist${query}`);
  await page.locator('[data-checklist-ready="true"]').waitFor();
}

const progress = (page: Page) => page.getByTestId('checklist-progress').textContent();
const notice = (page: Page) => page.getByTestId('checklist-storage-notice');
const checkbox = (page: Page, id: string) => page.locator(`#check-${id}`);
type ChecklistItem = Checklist['items'][number];

function firstTwo(items: Checklist['items']): [ChecklistItem, ChecklistItem] {
  const [a, b] = items;
  if (!a || !b) throw new Error('the checklist is too short');
  return [a, b];
}
const [first, second] = firstTwo(checklist.items);

/** What must keep working without storage: ticking, the count, the share link, filters, export. */
async function expectChecklistWorks(page: Page) {
  await checkbox(page, first.id).check();
  await checkbox(page, second.id).check();
  await expect(progress(page)).resolves.toBe(`2 of ${total} checked`);
  expect(new URL(page.url()).searchParams.get('checked')).toBe(`${first.id}.${second.id}`);

  // Another selection and back: the ticks of this tab are still there.
  const phase = first.phases[0];
  if (!phase) throw new Error('the first item has no phase');
  await page.getByLabel('Phase').selectOption(phase);
  await expect.poll(() => new URL(page.url()).searchParams.get('phase')).toBe(phase);
  await page.getByRole('button', { name: /^Show all \d+ checks$/ }).click();
  await expect.poll(() => progress(page)).toBe(`2 of ${total} checked`);
  await expect(checkbox(page, first.id).isChecked()).resolves.toBe(true);

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await page.getByText('Copied the checklist as Markdown.').waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.match(/^- \[x\] /gm)).toHaveLength(2);
}

describe('/checklist when the browser blocks storage', () => {
  it('works in the tab and says, once, that ticks will not be kept because storage is blocked', async () => {
    const { context, page, errors } = await openWith(() => {
      // As with cookies blocked for the site: merely reading window.localStorage throws.
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await gotoChecklist(page);
    await expect(notice(page).textContent()).resolves.toMatch(
      new RegExp(`^${NOT_KEPT}: this browser blocks storage for this site \\(as it does when cookies are blocked\\)\\. To keep them, bookmark this page or use Copy share link: the address holds your ticks\\.$`),
    );
    await expect(notice(page).getAttribute('role')).resolves.toBe('status');
    await expectChecklistWorks(page);
    await expect(page.getByText(NOT_KEPT).count()).resolves.toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('/checklist when storage is full', () => {
  it('works in the tab and, from the first tick, says that ticks will not be kept because storage is full', async () => {
    const { context, page, errors } = await openWith(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await gotoChecklist(page);
    await expect(notice(page).textContent()).resolves.toBe('');
    await checkbox(page, first.id).check();
    await expect.poll(() => notice(page).textContent()).toMatch(new RegExp(`^${NOT_KEPT}: this browser’s storage for this site is full\\.`));
    await checkbox(page, first.id).uncheck();
    await expectChecklistWorks(page);
    await expect(page.getByText(NOT_KEPT).count()).resolves.toBe(1);

    // The notice told the truth: a fresh visit without the share link starts blank.
    await gotoChecklist(page);
    await expect(progress(page)).resolves.toBe(`0 of ${total} checked`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('/checklist with something else stored under its key', () => {
  it.each([
    ['JSON of the wrong shape', '{"checked":["a"]}'],
    ['text that is not JSON', '[not json'],
  ])('ignores %s, keeps the ticks of a share link, and stores them in its place', async (_, stored) => {
    const { context, page, errors, crashes } = await openWith(null);
    await gotoChecklist(page);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: stored });

    await gotoChecklist(page, `?checked=${first.id}.${second.id}`);
    await expect(progress(page)).resolves.toBe(`2 of ${total} checked`);
    await expect(checkbox(page, second.id).isChecked()).resolves.toBe(true);
    await expect(notice(page).textContent()).resolves.toBe('');
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBe(JSON.stringify([first.id, second.id]));
    expect(crashes).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts blank on garbage without a share link, and ticking replaces it', async () => {
    const { context, page, errors } = await openWith(null);
    await gotoChecklist(page);
    await page.evaluate((key) => localStorage.setItem(key, '"just a string"'), STORAGE_KEY);
    await gotoChecklist(page);
    await expect(progress(page)).resolves.toBe(`0 of ${total} checked`);
    await checkbox(page, first.id).check();
    await gotoChecklist(page);
    await expect(progress(page)).resolves.toBe(`1 of ${total} checked`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the header search box when its index cannot load', () => {
  const CASE = `${baseURL}/cases/ariane-5-flight-501`;
  const box = (page: Page) => page.getByRole('combobox', { name: 'Search' });
  const alert = (page: Page) => page.locator('form[role=search] [role=alert]');

  async function searchWithBrokenIndex(answer: (route: Route) => Promise<void>, query: string) {
    const opened = await openWith(null, async (context) => {
      await context.route('**/search-index.json', answer);
    });
    await opened.page.goto(CASE);
    await box(opened.page).fill(query);
    await expect(alert(opened.page).textContent({ timeout: 5_000 })).resolves.toMatch(
      /^Search could not load its index\. Run this search on the search page instead \(or press Enter\)\.$/,
    );
    return opened;
  }

  it.each([
    ['the server answers 500', (route: Route) => route.fulfill({ status: 500, body: 'Internal Server Error' })],
    ['the request fails', (route: Route) => route.abort('failed')],
    ['the JSON is cut short', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"terms":["overfl' })],
    ['the JSON is of another version', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":2,"index":[]}' })],
  ])('says so when %s, and links to the same query on the search page, which has results', async (_, answer) => {
    const { context, page, crashes } = await searchWithBrokenIndex(answer, 'priority inversion');
    const link = alert(page).getByRole('link', { name: 'Run this search on the search page' });
    await expect(link.getAttribute('href')).resolves.toBe('/search?q=priority%20inversion');
    await link.click();
    await page.waitForURL('**/search?q=priority%20inversion');
    await expect(page.locator('main ol > li h3').first().textContent()).resolves.toContain('Mars Pathfinder');
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('still goes to the search page on Enter', async () => {
    const { context, page, crashes } = await searchWithBrokenIndex((route) => route.abort('failed'), 'overflow');
    await box(page).press('Enter');
    await page.waitForURL('**/search?q=overflow');
    await expect(page.locator('main ol > li').count()).resolves.toBeGreaterThan(0);
    expect(crashes).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user Tab to the search page link and follow it', async () => {
    const { context, page } = await searchWithBrokenIndex((route) => route.fulfill({ status: 503, body: 'down' }), 'race condition');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Run this search on the search page');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search?q=race%20condition');
    await expect(page.locator('main ol > li').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('retries after a pause, not on every keystroke, and then shows results', async () => {
    let requests = 0;
    let broken = true;
    const { context, page } = await searchWithBrokenIndex(async (route) => {
      requests += 1;
      if (broken) await route.fulfill({ status: 500, body: 'down' });
      else await route.fallback();
    }, 'overf');
    const failedRequests = requests;
    await box(page).pressSequentially('lo', { delay: 150 });
    await page.waitForTimeout(300);
    expect(requests).toBe(failedRequests);
    await expect(alert(page).isVisible()).resolves.toBe(true);

    broken = false;
    await page.waitForTimeout(2_000);
    await box(page).press('w');
    await page.getByRole('option').first().waitFor({ timeout: 10_000 });
    expect(requests).toBe(failedRequests + 1);
    await expect(alert(page).isVisible()).resolves.toBe(false);
    await context.close();
  });
});
