import type { CauseRole } from './schema';

/** How a cause's role reads in prose and snippet labels. */
export const CAUSE_ROLE_LABEL: Record<CauseRole, string> = {
  root: 'Root cause',
  trigger: 'Trigger',
  contributing: 'Contributing cause',
};
