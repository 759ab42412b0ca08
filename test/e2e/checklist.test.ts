import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveChecklist } from '@/lib/checklist/derive-checklist';
import { NO_FILTER, type ChecklistFilter } from '@/lib/checklist/filter';
import { groupChecklist, itemsOf } from '@/lib/checklist/group-checklist';
import { launchBrowser } from './support/browser';
import { openPage, seriousAccessibilityViolations } from './support/page-checks';
import { loadRealCorpus } from '../support/real-corpus';

const corpus = await loadRealCorpus();
const checklist = deriveChecklist(corpus);
const baseURL = inject('baseURL');
const total = checklist.items.length;
const lessonCount = corpus.cases.reduce((count, c) => count + c.frontmatter.lessons.length, 0);
const selected = (filter: Partial<ChecklistFilter>) => itemsOf(groupChecklist(checklist, { ...NO_FILTER, ...filter }));
const CLIPBOARD: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens the checklist and waits until its browser state (address, storage) is applied and the filters show. */
async function openChecklist(url = `${baseURL}/checklist`, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, url, options);
  await opened.page.locator('[data-checklist-ready="true"]').waitFor();
  return opened;
}

const itemIds = (page: Page) => page.locator('main li[data-item-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')));
const progress = (page: Page) => page.getByTestId('checklist-progress').textContent();
const checkbox = (page: Page, id: string) => page.locator(`#check-${id}`);

describe('/checklist without JavaScript', () => {
  it('is a readable list of every lesson’s question, grouped by phase, as labelled checkboxes linking to the lessons', async () => {
    const { page, status } = await openPage(browser, `${baseURL}/checklist`, { javaScriptEnabled: false });
    expect(status).toBe(200);
    await expect(page.locator('main input[type="checkbox"]').count()).resolves.toBe(total);
    for (const item of checklist.items.slice(0, 5)) {
      await expect(page.locator(`label[for="check-${item.id}"]`).textContent()).resolves.toBe(item.question.replaceAll('`', ''));
    }
    const phases = await page.locator('main h2').allTextContents();
    expect(phases).toEqual(groupChecklist(checklist, NO_FILTER).map((group) => group.label));
    for (const c of corpus.cases) {
      for (const lesson of c.frontmatter.lessons) {
        await expect(page.locator(`main a[href="/cases/${c.slug}#${lesson.id}"]`).count()).resolves.toBe(1);
      }
    }
    await expect(page.locator('main a[href^="/cases/"]').count()).resolves.toBe(lessonCount);
    // Controls that need JavaScript are not offered where they cannot work.
    await expect(page.getByLabel('Phase').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /copy/i }).first().isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('checklist-progress').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('/checklist in the browser', () => {
  it('comes alive without moving the list: the controls are in the first paint, disabled until ready', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Reflect.set(window, '__layoutShift', 0);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (Reflect.get(entry, 'hadRecentInput') !== true) {
            Reflect.set(window, '__layoutShift', Number(Reflect.get(window, '__layoutShift')) + Number(Reflect.get(entry, 'value')));
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.request.get(`${baseURL}/checklist`);
    const html = await response.text();
    expect(html).toMatch(/<fieldset[^>]*disabled/);
    expect(html).toContain('data-checklist-ready="false"');
    await page.goto(`${baseURL}/checklist`);
    await page.locator('[data-checklist-ready="true"]').waitFor();
    await expect(page.getByLabel('Phase').isEnabled()).resolves.toBe(true);
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => Number(Reflect.get(window, '__layoutShift')));
    expect(shift).toBeLessThan(0.02);
    await context.close();
  });

  it('keeps two ticks across a reload and on a later visit, and counts them', async () => {
    const { page, errors } = await openChecklist();
    const [first, second] = checklist.items;
    if (!first || !second) throw new Error('the checklist is too short');
    await expect(progress(page)).resolves.toBe(`0 of ${total} checked`);
    await checkbox(page, first.id).check();
    await checkbox(page, second.id).check();
    await expect(progress(page)).resolves.toBe(`2 of ${total} checked`);

    await page.reload();
    await page.getByText(`2 of ${total} checked`).waitFor();
    await expect(checkbox(page, first.id).isChecked()).resolves.toBe(true);
    await expect(checkbox(page, second.id).isChecked()).resolves.toBe(true);

    await page.goto(`${baseURL}/checklist`);
    await page.getByText(`2 of ${total} checked`).waitFor();
    await expect(checkbox(page, second.id).isChecked()).resolves.toBe(true);
    await checkbox(page, second.id).uncheck();
    await expect(progress(page)).resolves.toBe(`1 of ${total} checked`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the list with the filters, and keeps ticks per selection', async () => {
    const { page, errors } = await openChecklist();
    await expect(page.locator('main li[data-item-id]').count()).resolves.toBe(total);
    const testing = selected({ phase: ['testing'] });
    expect(testing.length).toBeGreaterThan(0);
    expect(testing.length).toBeLessThan(total);

    await page.getByLabel('Phase').selectOption('testing');
    await expect(itemIds(page)).resolves.toEqual(testing.map((item) => item.id));
    for (const item of testing) expect(item.phases).toContain('testing');
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual(['Testing']);
    await expect(progress(page)).resolves.toBe(`0 of ${testing.length} checked`);
    expect(new URL(page.url()).search).toBe('?phase=testing');

    const firstCategory = testing[0]?.categories[0] ?? '';
    const both = selected({ phase: ['testing'], cause: [firstCategory] });
    await page.getByLabel('Cause').selectOption(firstCategory);
    await expect(itemIds(page)).resolves.toEqual(both.map((item) => item.id));
    for (const item of both) expect(item.categories).toContain(firstCategory);

    const tag = testing[0]?.tags[0] ?? '';
    await page.getByLabel('Cause').selectOption('');
    await page.getByLabel('Tag').selectOption(tag);
    await expect(itemIds(page)).resolves.toEqual(selected({ phase: ['testing'], tag: [tag] }).map((item) => item.id));

    await page.getByRole('button', { name: `Show all ${total} checks` }).click();
    await expect(page.locator('main li[data-item-id]').count()).resolves.toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies the selection as Markdown equal to the API’s, and downloads it as a PR template', async () => {
    const { page, errors } = await openChecklist(`${baseURL}/checklist`, CLIPBOARD);
    await page.getByLabel('Phase').selectOption('review');
    const review = selected({ phase: ['review'] });
    await expect(itemIds(page)).resolves.toEqual(review.map((item) => item.id));

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied the checklist as Markdown.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const api = await fetch(`${baseURL}/api/checklist?format=md&phase=review`);
    expect(api.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(copied).toBe(await api.text());
    expect(copied.match(/^- \[ \] /gm)).toHaveLength(review.length);
    const labels = await page.locator('main li[data-item-id] label').allTextContents();
    for (const question of review.map((item) => item.question)) {
      expect(labels).toContain(question.replaceAll('`', ''));
      expect(copied).toContain(`- [ ] ${question} ([`);
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PR template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pull_request_template.md');
    await expect(readFile(await download.path(), 'utf8')).resolves.toBe(copied);

    const [ticked] = review;
    if (!ticked) throw new Error('no review items');
    await checkbox(page, ticked.id).check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.waitForFunction((old) => navigator.clipboard.readText().then((text) => text !== old), copied);
    const withTick = await page.evaluate(() => navigator.clipboard.readText());
    expect(withTick.match(/^- \[x\] .*$/gm)).toEqual([expect.stringContaining(`- [x] ${ticked.question} ([`)]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to a selected text box when the clipboard is refused', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/checklist?phase=deployment`);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const box = page.getByLabel(/Markdown — the browser would not let us copy it/);
    const expected = await (await fetch(`${baseURL}/api/checklist?format=md&phase=deployment`)).text();
    await expect(box.inputValue()).resolves.toBe(expected);
    await expect(box.evaluate((el) => el instanceof HTMLTextAreaElement && el.selectionEnd - el.selectionStart)).resolves.toBe(
      expected.length,
    );
    await context.close();
  });

  it('shares the selection and its ticks as a link that restores them in a fresh browser', async () => {
    const { page } = await openChecklist(`${baseURL}/checklist?phase=implementation`);
    const items = selected({ phase: ['implementation'] });
    const [a, , b] = items;
    if (!a || !b) throw new Error('too few implementation items');
    await checkbox(page, a.id).check();
    await checkbox(page, b.id).check();
    const href = await page.getByRole('link', { name: 'Share link' }).getAttribute('href');
    expect(href).toBe(`/checklist?phase=implementation&checked=${a.id}.${b.id}`);
    await page.context().close();

    const fresh = await openChecklist(`${baseURL}${href}`);
    await fresh.page.getByText(`2 of ${items.length} checked`).waitFor();
    await expect(fresh.page.getByLabel('Phase').inputValue()).resolves.toBe('implementation');
    const ticked = await fresh.page.locator('main input[type="checkbox"]:checked').evaluateAll((els) => els.map((el) => el.id));
    expect(ticked).toEqual([`check-${a.id}`, `check-${b.id}`]);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('clears the ticks of the selection with Reset', async () => {
    const { page } = await openChecklist();
    const [item] = checklist.items;
    if (!item) throw new Error('empty checklist');
    await checkbox(page, item.id).check();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(progress(page)).resolves.toBe(`0 of ${total} checked`);
    await page.reload();
    await page.locator('[data-checklist-ready="true"]').waitFor();
    await expect(checkbox(page, item.id).isChecked()).resolves.toBe(false);
    await page.context().close();
  });

  it('prints only the checklist: no site header, footer, filters or buttons', async () => {
    const { page } = await openChecklist();
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['body > header', 'body > footer', 'select', 'button']) {
      await expect(page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(0);
    }
    await expect(page.locator('main input[type="checkbox"]').count()).resolves.toBe(total);
    await expect(page.locator('main input[type="checkbox"]').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('/api/checklist', () => {
  it('answers JSON by default with every item', async () => {
    const response = await fetch(`${baseURL}/api/checklist`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const data: { count: number } = await response.json();
    expect(data.count).toBe(total);
  });

  it.each([
    ['phase=desing', ['design', 'implementation', 'testing', 'review', 'deployment', 'operations']],
    ['format=html', ['md', 'json']],
    ['cause=cosmic-rays', checklist.categories.map((category) => category.id)],
  ])('answers ?%s with 400 and the valid values', async (query, valid) => {
    const response = await fetch(`${baseURL}/api/checklist?${query}`);
    expect(response.status).toBe(400);
    const body: { error: string; valid: string[] } = await response.json();
    expect(body.error).toMatch(/^unknown .+; valid .+: /);
    expect(body.valid).toEqual(valid);
  });
});

describe('/checklist as a user sees it', () => {
  it('fits a 360 px wide phone without sideways scrolling', async () => {
    const { page } = await openChecklist(`${baseURL}/checklist`, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('shows where the keyboard focus is on the controls', async () => {
    const { page } = await openChecklist();
    await page.getByLabel('Phase').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const active = document.activeElement;
      return active ? [active.textContent, getComputedStyle(active).outlineStyle] : [];
    });
    expect(outline).toEqual(['Copy as Markdown', 'solid']);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode, ticked and filtered', async (colorScheme) => {
    const { page, errors } = await openChecklist(`${baseURL}/checklist`, { colorScheme });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const [item] = selected({ phase: ['operations'] });
    await page.getByLabel('Phase').selectOption('operations');
    if (item) await checkbox(page, item.id).check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).focus();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
