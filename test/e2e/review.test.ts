import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXAMPLE_DIFF } from '@/app/_components/review/example-diff';
import { MAX_DIFF_BYTES } from '@/app/_components/review/input-limit';
import { formatMarkdown } from '@/lib/review/format/markdown';
import { SITE_URL } from '@/lib/site';
import { reviewDiff, triggerSetFromCases, type ReviewResult } from '@/lib/review/review-diff';
import { launchBrowser } from './support/browser';
import { openPage, seriousAccessibilityViolations } from './support/page-checks';
import { loadRealCorpus } from '../support/real-corpus';

const corpus = await loadRealCorpus();
const triggers = triggerSetFromCases(corpus.cases);
const baseURL = inject('baseURL');
const CLIPBOARD: BrowserContextOptions = { permissions: ['clipboard-read', 'clipboard-write'] };
const ARIANE = 'ariane-5-flight-501';

/** A C change with Ariane 5's fault: a float stored into 16 bits without a range check, on line 12. */
const POSITIVE_DIFF = `diff --git a/flight/sri/bias.c b/flight/sri/bias.c
index 1a2b3c4..5d6e7f8 100644
--- a/flight/sri/bias.c
+++ b/flight/sri/bias.c
@@ -10,4 +10,5 @@ void sri_store_bias(double horizontal_bias)
 {
     sri_state.valid = 1;
+    int16_t bh = (int16_t) horizontal_bias;
     telemetry_put(TM_BH, horizontal_bias);
 }
`;

/** Ordinary code that resembles no past failure. */
const NEGATIVE_DIFF = `diff --git a/app/greeting.py b/app/greeting.py
index 0f1e2d3..4c5b6a7 100644
--- a/app/greeting.py
+++ b/app/greeting.py
@@ -1,2 +1,5 @@
 import logging
 
+def greet(name: str) -> str:
+    logging.info("greeting %s", name)
+    return f"Hello, {name}!"
`;

/** The positive change again, with markup in the file name and the code that would run if it reached the page unescaped. */
const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const HOSTILE_FILE = `src/${PAYLOAD}.c`;
const HOSTILE_DIFF = `diff --git a/${HOSTILE_FILE} b/${HOSTILE_FILE}
index 1a2b3c4..5d6e7f8 100644
--- a/${HOSTILE_FILE}
+++ b/${HOSTILE_FILE}
@@ -1,2 +1,3 @@
 {
+    int16_t bh = (int16_t) horizontal_bias; /* ${PAYLOAD} */
 }
`;

const review = (diff: string): ReviewResult => reviewDiff(diff, triggers);
const lessonsOf = (result: ReviewResult) => result.findings.map(({ lesson }) => `${lesson.slug}#${lesson.lessonId}`);
const withoutBackticks = (text: string) => text.replaceAll('`', '');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Opens /review and waits until React has enabled the form. */
async function openReview(options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, `${baseURL}/review`, options);
  await opened.page.waitForSelector('#review-diff:enabled');
  return opened;
}

async function pasteAndReview(page: Page, diff: string) {
  await page.getByLabel('Unified diff').fill(diff);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.locator('#review-results').waitFor();
}

const summary = (page: Page) => page.getByTestId('review-summary').textContent();

describe('the precondition: the real corpus', () => {
  it('has the Ariane 5 trigger the positive diffs rely on, and none that fires on the negative one', () => {
    expect(lessonsOf(review(POSITIVE_DIFF)).some((id) => id.startsWith(`${ARIANE}#`))).toBe(true);
    expect(lessonsOf(review(HOSTILE_DIFF)).some((id) => id.startsWith(`${ARIANE}#`))).toBe(true);
    expect(review(NEGATIVE_DIFF).findings).toEqual([]);
  });
});

describe('/review', () => {
  it('shows the lessons a pasted diff triggers, with file:line, the added line and the precedent case', async () => {
    const { page, status, errors } = await openReview();
    expect(status).toBe(200);
    const expected = review(POSITIVE_DIFF);
    await pasteAndReview(page, POSITIVE_DIFF);

    await expect(page.locator('main [data-lesson]').evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson')))).resolves.toEqual(
      lessonsOf(expected),
    );
    const cases = new Set(expected.findings.map(({ lesson }) => lesson.slug)).size;
    const lessons = expected.findings.length;
    await expect(summary(page)).resolves.toBe(
      `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} from ${cases} ${cases === 1 ? 'case' : 'cases'}, 1 added line in 1 file`,
    );

    const ariane = expected.findings.find(({ lesson }) => lesson.slug === ARIANE);
    if (!ariane) throw new Error('the precondition test explains this');
    const card = page.locator(`main [data-lesson="${ARIANE}#${ariane.lesson.lessonId}"]`);
    await expect(card.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(withoutBackticks(ariane.lesson.text));
    await expect(card.textContent()).resolves.toContain(withoutBackticks(ariane.lesson.check));
    await expect(card.getByTestId('review-location').allTextContents()).resolves.toEqual(['flight/sri/bias.c:12']);
    await expect(card.locator('pre').textContent()).resolves.toBe('    int16_t bh = (int16_t) horizontal_bias;');
    const precedent = card.getByRole('link', { name: ariane.lesson.caseTitle });
    await expect(precedent.getAttribute('href')).resolves.toBe(`/cases/${ARIANE}#${ariane.lesson.lessonId}`);

    await precedent.click();
    await page.waitForURL(`${baseURL}/cases/${ARIANE}#${ariane.lesson.lessonId}`);
    await expect(page.locator(`[id="${ariane.lesson.lessonId}"]`).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what an empty review does and does not mean when nothing is triggered', async () => {
    const { page, errors } = await openReview();
    await pasteAndReview(page, NEGATIVE_DIFF);
    await expect(page.getByRole('heading', { level: 2, name: 'Nothing triggered' }).count()).resolves.toBe(1);
    await expect(summary(page)).resolves.toBe('No lesson is triggered by these 3 added lines.');
    await expect(page.locator('main').textContent()).resolves.toContain('That does not make the change safe');
    await expect(page.locator('main [data-lesson]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders a hostile file name and line as text: no element is injected and no script runs', async () => {
    const { page, errors } = await openReview();
    await pasteAndReview(page, HOSTILE_DIFF);
    await page.locator('main [data-lesson]').first().waitFor();
    await expect(page.getByTestId('review-location').first().textContent()).resolves.toBe(`${HOSTILE_FILE}:2`);
    await expect(page.locator('main pre').first().textContent()).resolves.toContain(PAYLOAD);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => typeof Reflect.get(window, '__pwned'))).resolves.toBe('undefined');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies exactly the Markdown of `lessons review`, and says so', async () => {
    const { page, errors } = await openReview(CLIPBOARD);
    await pasteAndReview(page, POSITIVE_DIFF);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByText('Copied the review as Markdown').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(formatMarkdown(review(POSITIVE_DIFF), { siteUrl: SITE_URL }));
    expect(copied).toContain('flight/sri/bias.c');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to the Markdown selected in a read-only box when the clipboard is refused', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}/review`);
    await page.waitForSelector('#review-diff:enabled');
    await pasteAndReview(page, POSITIVE_DIFF);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    const box = page.getByLabel('The review as Markdown');
    const expected = formatMarkdown(review(POSITIVE_DIFF), { siteUrl: SITE_URL });
    await expect(box.inputValue()).resolves.toBe(expected);
    await expect(box.getAttribute('readonly')).resolves.not.toBeNull();
    await expect(box.evaluate((el) => el instanceof HTMLTextAreaElement && el.selectionEnd - el.selectionStart)).resolves.toBe(expected.length);
    await context.close();
  });

  it('reviews with Ctrl+Enter from the text box and moves focus to the results', async () => {
    const { page, errors } = await openReview();
    const box = page.getByLabel('Unified diff');
    await box.focus();
    await box.fill(POSITIVE_DIFF);
    await page.keyboard.press('Control+Enter');
    await page.locator('main [data-lesson]').first().waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('review-results');
    // The box still holds the diff: Ctrl+Enter must not have typed a newline into it.
    await expect(box.inputValue()).resolves.toBe(POSITIVE_DIFF);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fills and reviews a realistic example that triggers a lesson', async () => {
    const { page, errors } = await openReview();
    const expected = review(EXAMPLE_DIFF);
    expect(expected.findings.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.locator('main [data-lesson]').first().waitFor();
    await expect(page.getByLabel('Unified diff').inputValue()).resolves.toBe(EXAMPLE_DIFF);
    await expect(page.locator('main [data-lesson]').count()).resolves.toBe(expected.findings.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses empty and oversized input with a message at the box, and warns about text that is not a diff', async () => {
    const { page, errors } = await openReview();
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const error = page.locator('#review-diff-error');
    await expect(error.textContent()).resolves.toBe('Paste a diff first, or try the example.');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('review-diff');

    // Few long lines: a textarea lays out a million short lines far too slowly for a test.
    const line = `+${'x'.repeat(65_535)}\n`;
    const big = `diff --git a/big.txt b/big.txt\n${line.repeat(Math.ceil(MAX_DIFF_BYTES / line.length) + 1)}`;
    await page.getByLabel('Unified diff').fill(big);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('#review-diff-error')?.textContent?.includes('the page reviews up to 2 MB'));
    await expect(page.getByLabel('Unified diff').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#review-results').count()).resolves.toBe(0);

    await pasteAndReview(page, 'Hello, this is a note, not a diff.');
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: 'Nothing reviewed' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('review-warnings').textContent()).resolves.toContain('not a unified diff');
    // Nothing was reviewed, so there is no comment to copy.
    await expect(page.getByRole('button', { name: 'Copy Markdown' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 px screen with a long added line', async () => {
    const { page } = await openReview({ viewport: { width: 360, height: 800 } });
    await pasteAndReview(page, POSITIVE_DIFF.replace('horizontal_bias;', `horizontal_bias; /* ${'long comment '.repeat(30)}*/`));
    await page.locator('main [data-lesson]').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no serious or critical axe violation in %s mode, with results and warnings', async (colorScheme) => {
    const { page, errors } = await openReview({ colorScheme });
    await pasteAndReview(page, POSITIVE_DIFF);
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    await pasteAndReview(page, 'not a diff');
    await page.getByTestId('review-warnings').waitFor();
    await expect(seriousAccessibilityViolations(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('/review without JavaScript', () => {
  it('points to the command line and offers no button that cannot work', async () => {
    const { page, status } = await openPage(browser, `${baseURL}/review`, { javaScriptEnabled: false });
    expect(status).toBe(200);
    await expect(page.locator('main').textContent()).resolves.toContain('npx lessons review');
    await expect(page.getByRole('button', { name: 'Review', exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText('never sent anywhere').count()).resolves.toBe(1);
    await page.context().close();
  });
});
