import { z } from 'zod';

/**
 * The only JSX components a case study's MDX may use, with the props each accepts. Contributors' MDX is code
 * that runs at build time, so anything not listed here — raw HTML, other components, expressions,
 * import/export — is rejected before it is compiled.
 */
export const mdxComponentProps = {
  Callout: z.strictObject({
    kind: z.enum(['note', 'myth', 'warning']).default('note'),
    title: z.string().trim().min(1).optional(),
  }),
  Reconstruction: z.strictObject({
    title: z.string().trim().min(1, 'must describe what the code illustrates'),
    language: z.string().regex(/^[a-z0-9+#-]+$/, 'must be a language name such as ada or c').optional(),
  }),
  // Figures draw data the site computes or holds itself, so they take no attributes: a case cannot feed them numbers.
  PatriotClockDriftFigure: z.strictObject({}),
  AttCascadeFigure: z.strictObject({}),
  Ariane501TimelineFigure: z.strictObject({}),
  MarsClimateOrbiterUnitsFigure: z.strictObject({}),
};

export type AllowedMdxComponent = keyof typeof mdxComponentProps;
export type CalloutProps = z.input<typeof mdxComponentProps.Callout>;
export type ReconstructionProps = z.input<typeof mdxComponentProps.Reconstruction>;

export const ALLOWED_MDX_COMPONENTS = Object.keys(mdxComponentProps);

export function isAllowedMdxComponent(name: string | null | undefined): name is AllowedMdxComponent {
  return typeof name === 'string' && Object.hasOwn(mdxComponentProps, name);
}
