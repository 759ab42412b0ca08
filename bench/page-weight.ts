/**
 * First-load JavaScript per route, measured from the production build: the scripts each prerendered page
 * references (less noModule polyfills), gzip-compressed at level 9 as a CDN would serve them. Run after `npm run build`.
 * Usage: npm run bench:pages
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
const appDir = path.join(distDir, 'server/app');

const ROUTES: Record<string, string> = {
  '/': 'index.html',
  '/cases': 'cases.html',
  '/cases/[slug] (ariane-5-flight-501)': 'cases/ariane-5-flight-501.html',
  '/causes': 'causes.html',
  '/causes/[id] (numeric-overflow)': 'causes/numeric-overflow.html',
};

async function scriptsOf(htmlFile: string): Promise<string[]> {
  const html = await readFile(path.join(appDir, htmlFile), 'utf8');
  // noModule polyfills are skipped by every browser that runs modules, so they are not first-load JS.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/noModule/i.test(tag));
  return [...new Set(tags.map((tag) => /src="(\/_next\/[^"]+\.js)"/.exec(tag)?.[1]).filter((src) => src !== undefined))];
}

async function gzipBytes(urlPath: string): Promise<{ raw: number; gzip: number }> {
  const file = path.join(distDir, urlPath.replace(/^\/_next\//, ''));
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('| Route | Scripts | JS raw (kB) | JS gzip (kB) | HTML gzip (kB) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [route, htmlFile] of Object.entries(ROUTES)) {
  const scripts = await scriptsOf(htmlFile);
  const sizes = await Promise.all(scripts.map(gzipBytes));
  const html = await readFile(path.join(appDir, htmlFile));
  const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`| ${route} | ${scripts.length} | ${kB(raw)} | ${kB(gzip)} | ${kB(gzipSync(html, { level: 9 }).length)} |`);
}
