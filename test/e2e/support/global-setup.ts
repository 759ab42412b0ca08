import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIsCurrent } from '../../../scripts/build-stamp.mjs';
// The benchmarks start the same server: one way to find a port and wait for it to answer.
import { freePort, waitUntilServing } from '../../../bench/support/processes';

const root = path.resolve(import.meta.dirname, '../../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Builds the production site when needed and serves it on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  if (!buildIsCurrent(root)) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed: the browser tests need a production build');
  }
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitUntilServing(baseURL, server, 30_000);
  project.provide('baseURL', baseURL);
  return () => {
    server.kill('SIGTERM');
  };
}
