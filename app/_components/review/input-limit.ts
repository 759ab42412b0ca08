/** Past this, a paste is more likely a mistake (a log, a binary) than a pull request; the CLI has no such limit. */
export const MAX_DIFF_BYTES = 2 * 1024 * 1024;
