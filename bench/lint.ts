/**
 * How long `lessons lint` takes on 1,000 cases: clones the real cases (each keeps its full text, so every clone is a
 * realistic 10–30 kB case) under new slugs into a temporary content folder, then times the whole lint: reading,
 * parsing with the site's loader, every rule, and the corpus-wide near-duplicate search (which, on clones, finds a
 * duplicate for every lesson: its worst case). Budget: 10 s.
 * Usage: npm run bench:lint [-- --cases N] [-- --runs N]
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runLint } from '../lib/lint/run-lint';

const BUDGET_MS = 10_000;
const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' } } });
const caseCount = Number(values.cases);
const runs = Number(values.runs);

const dir = await mkdtemp(path.join(tmpdir(), 'lessons-lint-bench-'));
try {
  await mkdir(path.join(dir, 'cases'));
  await cp(path.join(root, 'content/causes.yaml'), path.join(dir, 'causes.yaml'));
  const realDir = path.join(root, 'content/cases');
  const real = await Promise.all((await readdir(realDir)).filter((name) => name.endsWith('.mdx')).sort().map((name) => readFile(path.join(realDir, name), 'utf8')));
  let bytes = 0;
  for (let i = 0; i < caseCount; i++) {
    const source = real[i % real.length] ?? '';
    bytes += Buffer.byteLength(source);
    await writeFile(path.join(dir, 'cases', `synthetic-case-${String(i).padStart(4, '0')}.mdx`), source);
  }

  const times: number[] = [];
  const cpuTimes: number[] = [];
  let problems = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    // CPU time of every thread in this process (the workers are threads): what the run costs on a busy machine.
    const cpuStart = process.cpuUsage();
    const result = await runLint({ cwd: dir, paths: [dir], settings: new Map() });
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    problems = result.diagnostics.length;
  }
  const best = Math.min(...times);
  console.log(`lessons lint: ${caseCount} synthetic cases (${(bytes / 1e6).toFixed(1)} MB, clones of ${real.length} real ones), ${availableParallelism()} cores`);
  console.log(`  wall: ${times.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}; best ${(best / 1000).toFixed(2)} s = ${(best / caseCount).toFixed(1)} ms per case`);
  console.log(`  CPU (all threads): ${cpuTimes.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
  console.log(`  ${problems} problems reported (every cloned lesson is a near-duplicate)`);
  console.log(best <= BUDGET_MS ? `  within the ${BUDGET_MS / 1000} s budget` : `  OVER the ${BUDGET_MS / 1000} s budget`);
  if (best > BUDGET_MS) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
