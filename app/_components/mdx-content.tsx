import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx';

type RenderMdx = ReturnType<typeof getMDXComponent>;
const rendererByCode = new Map<string, RenderMdx>();

/** Evaluates compiled MDX on the server: the browser receives HTML, never the MDX runtime. */
export function MdxContent({ code }: { code: string }) {
  let render = rendererByCode.get(code);
  if (!render) {
    render = getMDXComponent(code);
    rendererByCode.set(code, render);
  }
  // Called as a function, not mounted as a component: compiled MDX has no hooks and needs no identity.
  return (
    <div className="prose prose-stone max-w-none dark:prose-invert prose-headings:scroll-mt-4 prose-a:underline-offset-2">
      {render({ components: mdxComponents })}
    </div>
  );
}
