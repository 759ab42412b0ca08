/**
 * First-load JavaScript of a prerendered page, measured from the production build: the scripts its HTML references
 * (less noModule polyfills, which every module-capable browser skips), gzip-compressed at level 9 as a CDN would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

/** The distinct /_next/…js sources of a page's <script> tags, in order, without noModule ones. */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = tags.map((tag) => /\bsrc="(\/_next\/[^"]+\.js)"/.exec(tag)?.[1]).filter((src) => src !== undefined);
  return [...new Set(sources)];
}

export interface JsWeight {
  scripts: string[];
  raw: number;
  gzip: number;
}

export async function weighScripts(distDir: string, scripts: readonly string[]): Promise<JsWeight> {
  const sizes = await Promise.all(
    scripts.map(async (src) => {
      const bytes = await readFile(path.join(distDir, src.replace(/^\/_next\//, '')));
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }),
  );
  return {
    scripts: [...scripts],
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
  };
}

export async function pageScripts(distDir: string, htmlFile: string): Promise<string[]> {
  return scriptSources(await readFile(path.join(distDir, 'server/app', htmlFile), 'utf8'));
}

const buildManifest = z.object({ rootMainFiles: z.array(z.string()) });

/**
 * The framework's baseline: what an empty App Router page loads (React, the router and the bundler runtime),
 * which Next lists as rootMainFiles in build-manifest.json.
 */
export async function frameworkScripts(distDir: string): Promise<string[]> {
  const file = path.join(distDir, 'build-manifest.json');
  const parsed = buildManifest.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: rootMainFiles: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data.rootMainFiles.map((file) => `/_next/${file}`);
}
