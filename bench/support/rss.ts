/** Resident set size of a process, read from Linux's /proc/<pid>/status. */
import { readFile } from 'node:fs/promises';

/** The VmRSS line of a /proc/<pid>/status text, in kB (the kernel always reports it in kB). */
export function parseVmRssKb(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB\s*$/m.exec(statusText);
  if (!match?.[1]) throw new Error('no "VmRSS: <n> kB" line in the process status (a kernel thread, or not Linux?)');
  return Number(match[1]);
}

export async function readRssKb(pid: number): Promise<number> {
  const file = `/proc/${pid}/status`;
  try {
    return parseVmRssKb(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** How much `after` grew over `before`, in per cent (negative when it shrank). */
export function growthPercent(before: number, after: number): number {
  if (!(before > 0)) throw new Error(`growth from a non-positive baseline (${before}) is undefined`);
  return ((after - before) / before) * 100;
}
