/**
 * `npm run build` (after `prebuild`, which lints the content): `next build`, keeping the previous build in the
 * dist dir when this one fails (see keep-previous-build.mjs), then the build stamp `npm start` checks.
 * Extra arguments go to `next build`.
 */
import { spawn } from 'node:child_process';
import { currentStamp, writeStamp } from './build-stamp.mjs';
import { buildKeepingPrevious } from './keep-previous-build.mjs';

let next;

function nextBuild() {
  return new Promise((resolve, reject) => {
    next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
    next.on('error', reject);
    next.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// Stop next, then let the previous build be put back before this process ends (Ctrl-C reaches both anyway).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next?.kill(signal));

// Taken before building: sources edited while next builds must leave the build stale, not stamped current.
const stamp = currentStamp();
process.exitCode = await buildKeepingPrevious({ distDir: process.env.NEXT_DIST_DIR || '.next', build: nextBuild });
if (process.exitCode === 0) writeStamp(undefined, stamp);
