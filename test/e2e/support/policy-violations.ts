import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export interface RecordedPage {
  page: Page;
  status: number;
  /** Console errors, uncaught exceptions, and any console message about a security policy. */
  problems: string[];
  /** Content-Security-Policy violations the page reported through `securitypolicyviolation` events so far. */
  violations: () => Promise<string[]>;
}

const POLICY_MESSAGE = /Content.Security.Policy|Permissions.Policy|Refused to/i;

/**
 * Opens `url` in a fresh context with an init script, which runs before any of the page's own scripts, recording
 * every CSP violation the document reports, in whatever way it comes (blocked script, style, fetch, eval…).
 */
export async function openRecording(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<RecordedPage> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const seen: string[] = [];
    Reflect.set(window, '__cspViolations', seen);
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || POLICY_MESSAGE.test(message.text())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  const violations = async () => {
    const recorded: unknown = await page.evaluate(() => Reflect.get(window, '__cspViolations'));
    return Array.isArray(recorded) ? recorded.map(String) : ['the violation recorder is missing'];
  };
  return { page, status: response?.status() ?? 0, problems, violations };
}

/** Types into the header search box and waits for its first result: proves the page hydrated and could fetch. */
export async function useHeaderSearch(page: Page, query = 'overflow'): Promise<string> {
  const form = page.locator('header form[role=search]');
  await form.getByRole('combobox', { name: 'Search' }).fill(query);
  return (await form.getByRole('option').first().textContent({ timeout: 10_000 })) ?? '';
}
