/**
 * The production site for a benchmark: build it when stale, serve it with `next start` on a free loopback port,
 * find the process that really serves (see listening-process.ts), and stop both by PID.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildIsCurrent } from '../../scripts/build-stamp.mjs';
import { findListeningPid } from './listening-process';
import { freePort, stopProcess, waitUntilServing, type RunningServer } from './processes';

export const root = path.resolve(import.meta.dirname, '../..');
/** Honours NEXT_DIST_DIR like next.config.mjs, so parallel builds keep apart. */
export const distDir = path.resolve(root, process.env.NEXT_DIST_DIR || '.next');

export interface ProductionServer extends RunningServer {
  /** The process listening on the port (`next-server`), whose memory the load benchmark watches. */
  serverPid: number;
}

/** Runs `npm run build` unless the build in distDir is current; `reuse` serves whatever build exists. */
export function ensureProductionBuild({ reuse = false } = {}): void {
  if (buildIsCurrent(root)) return;
  if (reuse) {
    if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`--no-build, but ${distDir} holds no build (no BUILD_ID)`);
    console.error(`> ${path.relative(root, distDir)} is older than its sources; serving it anyway (--no-build).`);
    return;
  }
  console.error(`> ${path.relative(root, distDir)} is missing or stale: npm run build`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}

export async function startProductionServer(): Promise<ProductionServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const launcherPid = child.pid;
  if (launcherPid === undefined) throw new Error('next start did not spawn');
  let serverPid: number | undefined;
  const stop = async () => {
    // Stop the listener too in case it is a child the launcher left behind (a no-op when they are one process).
    await stopProcess(launcherPid);
    if (serverPid !== undefined) await stopProcess(serverPid);
  };
  try {
    await waitUntilServing(baseURL, child, 60_000);
    serverPid = await findListeningPid(port);
    if (serverPid === undefined) throw new Error(`no process found listening on port ${port}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, pid: launcherPid, serverPid, stop };
}
