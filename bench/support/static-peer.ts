import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, stopProcess, waitUntilServing, type RunningServer } from './processes';

/** Serves `htmlFile` from a separate Node process (so it does not share the load generator's event loop). */
export async function startStaticPeer(htmlFile: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'static-peer-server.ts'), htmlFile, String(port)],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('the static peer did not spawn');
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = () => stopProcess(pid);
  try {
    await waitUntilServing(baseURL, child, 15_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, pid, stop };
}
