/**
 * Takes screenshots of pages of a running site, for a person to look at.
 * Usage: tsx scripts/screenshot.ts <base-url> <out-dir> <path>... [--width 360] [--dark] [--full]
 * With --full, a long page is saved as several files of at most 1,600 px height each, readable at a glance.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/e2e/support/browser';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1280' }, dark: { type: 'boolean', default: false }, full: { type: 'boolean', default: false } },
});
const [base, outDir, ...paths] = positionals;
if (!base || !outDir || paths.length === 0) {
  console.error('usage: tsx scripts/screenshot.ts <base-url> <out-dir> <path>... [--width N] [--dark] [--full]');
  process.exit(2);
}
await mkdir(outDir, { recursive: true });
const browser = await launchBrowser();
const width = Number(values.width);
const SLICE = 1600;
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
for (const route of paths) {
  await page.goto(new URL(route, base).toString(), { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${values.dark ? '-dark' : ''}`;
  if (!values.full) {
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    console.log(path.join(outDir, `${name}.png`));
    continue;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, part = 1; y < height; y += SLICE, part++) {
    const file = path.join(outDir, `${name}-${String(part).padStart(2, '0')}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(SLICE, height - y) } });
    console.log(file);
  }
}
await browser.close();
