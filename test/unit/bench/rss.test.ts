import { describe, expect, it } from 'vitest';
import { growthPercent, parseVmRssKb, readRssKb } from '@/bench/support/rss';

const STATUS = `Name:\tnext-server (v16.4.6)
State:\tS (sleeping)
Pid:\t3902
VmPeak:\t 1234567 kB
VmHWM:\t  300000 kB
VmRSS:\t  269312 kB
RssAnon:\t  200000 kB
`;

describe('parseVmRssKb', () => {
  it('reads the VmRSS line, not the peak (VmHWM) or its parts (RssAnon)', () => {
    expect(parseVmRssKb(STATUS)).toBe(269312);
  });

  it('names what is missing when there is no VmRSS line (a kernel thread has none)', () => {
    expect(() => parseVmRssKb('Name:\tkthreadd\nState:\tS (sleeping)\n')).toThrow(/VmRSS/);
  });
});

describe('readRssKb', () => {
  it("reads this test process's own resident memory, which is more than a megabyte", async () => {
    expect(await readRssKb(process.pid)).toBeGreaterThan(1024);
  });

  it('names the /proc file when the process does not exist', async () => {
    await expect(readRssKb(2 ** 22 + 1)).rejects.toThrow(`/proc/${2 ** 22 + 1}/status`);
  });
});

describe('growthPercent', () => {
  it('is the relative growth in per cent, negative when memory shrank', () => {
    expect(growthPercent(200, 300)).toBe(50);
    expect(growthPercent(200, 150)).toBe(-25);
  });

  it('refuses a zero baseline instead of returning Infinity', () => {
    expect(() => growthPercent(0, 100)).toThrow(/baseline/);
  });
});
