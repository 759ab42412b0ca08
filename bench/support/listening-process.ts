/**
 * Which process listens on a TCP port. The PID we spawn need not be the server's: Next's launcher has forked the
 * real server (`next-server`) in some versions (16.4 serves in the same process), and npm or tsx wrappers add
 * their own. So find the listening socket's inode in /proc/net/tcp, then the process holding it.
 */
import { readdir, readFile, readlink } from 'node:fs/promises';

/**
 * Inodes of the sockets listening on `port` in a /proc/net/tcp or /proc/net/tcp6 table. Columns: sl,
 * local_address (hex ip:hex port), rem_address, st (0A = LISTEN), tx:rx, tr:when, retrnsmt, uid, timeout, inode.
 */
export function listeningSocketInodes(procNetTcp: string, port: number): string[] {
  const inodes: string[] = [];
  for (const line of procNetTcp.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const [, localAddress, , state, , , , , , inode] = fields;
    if (!localAddress || !inode || state !== '0A') continue;
    const hexPort = localAddress.split(':').at(-1);
    if (hexPort !== undefined && parseInt(hexPort, 16) === port) inodes.push(inode);
  }
  return inodes;
}

async function readOrEmpty(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return '';
  }
}

async function holdsSocket(pid: string, inodes: ReadonlySet<string>): Promise<boolean> {
  let fds: string[];
  try {
    fds = await readdir(`/proc/${pid}/fd`);
  } catch {
    return false; // gone, or another user's process
  }
  for (const fd of fds) {
    const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode && inodes.has(inode)) return true;
  }
  return false;
}

/** The PID of the process listening on 127.0.0.1/0.0.0.0/:: `port`, or undefined when nothing listens yet. */
export async function findListeningPid(port: number): Promise<number | undefined> {
  const tables = await Promise.all(['/proc/net/tcp', '/proc/net/tcp6'].map(readOrEmpty));
  const inodes = new Set(tables.flatMap((table) => listeningSocketInodes(table, port)));
  if (inodes.size === 0) return undefined;
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    if (await holdsSocket(pid, inodes)) return Number(pid);
  }
  return undefined;
}
