export const KEPT_BY_NEXT: ReadonlySet<string>;
export function backupDirOf(distDir: string): string;
export function buildKeepingPrevious(options: {
  distDir: string;
  build: () => Promise<number>;
  log?: (line: string) => void;
}): Promise<number>;
