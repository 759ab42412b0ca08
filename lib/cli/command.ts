import type { CliIO } from './io';

export interface Command {
  /** One line for `lessons --help`. */
  summary: string;
  run(args: string[], io: CliIO): Promise<number>;
}
