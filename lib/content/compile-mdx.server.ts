import { createHash } from 'node:crypto';
import { bundleMDX } from 'mdx-bundler';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { remarkRemoveMdxComments } from './mdx-comment';

const compiled = new Map<string, Promise<string>>();

/**
 * Compiles a case's MDX body to a function body (mdx-bundler), once per distinct source in this process.
 * The body has already passed checkMdxSafety, so it holds no imports, expressions (bar comments, dropped here) or raw HTML.
 */
export function compileMdx(body: string): Promise<string> {
  const key = createHash('sha256').update(body).digest('hex');
  let pending = compiled.get(key);
  if (!pending) {
    pending = bundleMDX({
      source: body,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkRemoveMdxComments];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
    }).then((result) => result.code);
    pending.catch(() => compiled.delete(key));
    compiled.set(key, pending);
  }
  return pending;
}
