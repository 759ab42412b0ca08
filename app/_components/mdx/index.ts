import type { ComponentType } from 'react';
import type { AllowedMdxComponent } from '@/lib/content/mdx-allowlist';
import { Callout } from './callout';
import { Reconstruction } from './reconstruction';
import { SafeLink } from './safe-link';
import { ScrollableTable } from './scrollable-table';

/** Every allow-listed component has an implementation; the compiler will not let one go missing. */
export const mdxComponents = {
  Callout,
  Reconstruction,
  a: SafeLink,
  table: ScrollableTable,
} satisfies Record<AllowedMdxComponent, ComponentType<never>> & Record<string, ComponentType<never>>;
