import type { Command } from '../command';
import { checklistCommand } from './checklist';
import { lintCommand } from './lint';
import { reviewCommand } from './review';
import { searchCommand } from './search';

/** Every `lessons` subcommand, by name. */
export const COMMANDS: Record<string, Command> = {
  checklist: checklistCommand,
  lint: lintCommand,
  review: reviewCommand,
  search: searchCommand,
};
