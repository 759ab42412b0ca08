/**
 * `npm start`: builds the production site when the build is missing or older than its sources, then serves
 * it with `next start` (port 3000, or $PORT). Extra arguments go to `next start`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { buildIsCurrent } from './build-stamp.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (buildIsCurrent()) {
  console.log('> The production build is current.');
} else {
  console.log('> The production build is missing or out of date: building first (npm run build).');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    // Serving the old build would show pages that no longer match the sources: refuse, and say what to do.
    console.error(
      '\n> The site was not started: the build failed, and an out-of-date build is not served.' +
        '\n> Fix the problems listed above (file:line:col), then run npm start again.',
    );
    process.exit(build.status || 1);
  }
}

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal));
next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
