import type { ComponentType } from 'react';
import type { AllowedMdxComponent } from '@/lib/content/mdx-allowlist';
import { Callout } from './callout';
import { Ariane501TimelineFigure, AttCascadeFigure, MarsClimateOrbiterUnitsFigure, PatriotClockDriftFigure } from './figures';
import { FocusablePre } from './focusable-pre';
import { Reconstruction } from './reconstruction';
import { SafeLink } from './safe-link';
import { ScrollableTable } from './scrollable-table';

/** Every allow-listed component has an implementation; the compiler will not let one go missing. */
export const mdxComponents = {
  Callout,
  Reconstruction,
  PatriotClockDriftFigure,
  AttCascadeFigure,
  Ariane501TimelineFigure,
  MarsClimateOrbiterUnitsFigure,
  a: SafeLink,
  table: ScrollableTable,
  pre: FocusablePre,
} satisfies Record<AllowedMdxComponent, ComponentType<never>> & Record<string, ComponentType<never>>;
