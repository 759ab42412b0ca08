import { bodyOutline } from '../body-outline';
import type { Rule } from '../types';

export const headingLevels: Rule = {
  id: 'heading-levels',
  severity: 'error',
  message: 'Body headings start at ## and never skip a level.',
  docs: 'The page title is the only # heading; screen readers navigate by heading level, so ## → #### leaves a hole in the outline. Use the next level down.',
  checkCase(caseStudy, report) {
    let previous = 1;
    for (const { depth, text, line, column } of bodyOutline(caseStudy.tree).headings) {
      if (depth === 1) {
        report({ line, column }, `"# ${text}" is a second page title; body headings start at ##`);
      } else if (depth > previous + 1) {
        report({ line, column }, `heading "${text}" jumps from level ${previous} to ${depth}; make it ${'#'.repeat(previous + 1)} or add the missing level above it`);
      }
      previous = Math.max(depth, 2);
    }
  },
};
