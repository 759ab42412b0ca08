import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findListeningPid, listeningSocketInodes } from '@/bench/support/listening-process';
import { startStaticPeer } from '@/bench/support/static-peer';

const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:0F4D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 788296 1 0000000000000000 100 0 0 10 0
   1: 0100007F:0F4D 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 900001 1 0000000000000000 20 4 30 10 -1
   2: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1205 1 0000000000000000 100 0 0 10 0
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:0F4D 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 100 0 0 10 0
`;

describe('listeningSocketInodes', () => {
  it('finds the listening socket on the port (0x0F4D = 3917), not an established connection on it', () => {
    expect(listeningSocketInodes(TCP, 3917)).toEqual(['788296']);
  });

  it('reads IPv6 tables, whose addresses are longer', () => {
    expect(listeningSocketInodes(TCP6, 3917)).toEqual(['777']);
  });

  it('finds nothing on a port no one listens on', () => {
    expect(listeningSocketInodes(TCP, 3000)).toEqual([]);
  });
});

describe('findListeningPid', () => {
  it('finds the process that serves a port, and nothing once it has stopped', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-peer-'));
    const html = path.join(dir, 'page.html');
    await writeFile(html, '<!doctype html><title>peer</title>');
    const peer = await startStaticPeer(html);
    const port = Number(new URL(peer.baseURL).port);
    try {
      expect(await (await fetch(peer.baseURL)).text()).toBe('<!doctype html><title>peer</title>');
      expect(await findListeningPid(port)).toBe(peer.pid);
    } finally {
      await peer.stop();
    }
    expect(await findListeningPid(port)).toBeUndefined();
  }, 20_000);
});
