/**
 * How fast `lessons review` reviews a large change: a synthetic diff of 50,000 added lines in 500 files (C, C++,
 * TypeScript, JavaScript, Python, Rust, Java, Go, YAML; hunks of 10 added lines under 3 lines of context), about
 * 1% of them the triggers' own `examples.match` lines, reviewed against the real corpus's triggers.
 *
 * Peer, in the same run: a naive reviewer that parses with the parse-diff package and runs EVERY trigger's pattern
 * on EVERY added line, only then checking language, glob, unless and context (by rescanning the lines above). It
 * must find exactly the same matches, which doubles as a cross-check of the engine and its parser.
 * Usage: npm run bench:review [-- --files N] [-- --lines N] [-- --runs N]   (prints lines/s and the ratio)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import parseDiff from 'parse-diff';
import { loadCorpus } from '../lib/content/load-corpus';
import { languageOfFile } from '../lib/content/languages';
import { compileLineMatcher, globMatcher } from '../lib/review/compile-triggers';
import { clipLine } from '../lib/review/match-line';
import { reviewDiff, triggerSetFromCases, type TriggerSet } from '../lib/review/review-diff';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { files: { type: 'string', default: '500' }, lines: { type: 'string', default: '50000' }, runs: { type: 'string', default: '5' } },
});
const fileCount = Number(values.files);
const lineCount = Number(values.lines);
const runs = Number(values.runs);

const corpus = await loadCorpus({ contentDir: path.join(root, 'content') });
const triggers = triggerSetFromCases(corpus.cases);
const triggerCount = triggers.lessons.reduce((sum, { triggers: list }) => sum + list.length, 0);

/** Plain lines of each language, none of which is meant to trigger anything. */
const FILLER: Record<string, string[]> = {
  c: ['  int total = 0;', '  for (size_t i = 0; i < n; i++) {', '    total += values[i];', '  }', '  return total;', '  if (p == NULL) return -1;'],
  cpp: ['  std::vector<int> out;', '  out.reserve(items.size());', '  for (const auto& item : items) out.push_back(item.id);', '  return out;'],
  ts: ['  const total = items.reduce((sum, item) => sum + item.count, 0);', '  if (!user) throw new Error("no user");', '  return { ...state, total };', "  import { z } from 'zod';"],
  js: ['  const list = await fetchList(id);', '  module.exports = { list };', '  console.log(`loaded ${list.length}`);'],
  py: ['    total = sum(item.count for item in items)', '    if not user:', '        raise ValueError("no user")', '    return total'],
  rs: ['    let total: u64 = items.iter().map(|i| i.count).sum();', '    if total == 0 { return None; }', '    Some(total)'],
  java: ['    int total = 0;', '    for (Item item : items) { total += item.count(); }', '    return Optional.of(total);'],
  go: ['\ttotal := 0', '\tfor _, item := range items {', '\t\ttotal += item.Count', '\t}', '\treturn total, nil'],
  yaml: ['  replicas: 3', '  image: registry.example/app:1.4.2', '  timeout: 30s'],
};
const EXTENSIONS = Object.keys(FILLER);
/** Lines that should raise lessons: the last line of every trigger's match examples, from the real content. */
const hot = corpus.cases.flatMap((c) => c.frontmatter.lessons.flatMap((l) => (l.triggers ?? []).flatMap((t) => t.examples.match.map((s) => s.split('\n').at(-1) ?? ''))));

function syntheticDiff(): string {
  const out: string[] = [];
  const perFile = Math.ceil(lineCount / fileCount);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let f = 0; f < fileCount; f++) {
    const ext = EXTENSIONS[f % EXTENSIONS.length]!;
    const file = `src/module-${f}/file-${f}.${ext}`;
    const filler = FILLER[ext]!;
    out.push(`diff --git a/${file} b/${file}`, 'index 1111111..2222222 100644', `--- a/${file}`, `+++ b/${file}`);
    for (let start = 0; start < perFile; start += 10) {
      const oldStart = start * 2 + 1;
      const newStart = start * 2 + 1 + start;
      out.push(`@@ -${oldStart},3 +${newStart},13 @@`);
      for (let c = 0; c < 3; c++) out.push(` ${filler[(start + c) % filler.length]}`);
      for (let a = 0; a < 10; a++) {
        out.push(`+${random() < 0.01 && hot.length > 0 ? hot[Math.floor(random() * hot.length)] : filler[Math.floor(random() * filler.length)]}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** The naive peer: every pattern on every added line, filters afterwards. Returns "lesson file:line" keys. */
function naiveReview(diffText: string, set: TriggerSet): Set<string> {
  const compiled = set.lessons.map(({ lesson, triggers: list }) => ({
    lesson,
    triggers: list.map((spec) => ({ spec, matcher: compileLineMatcher(spec), globs: spec.files?.map(globMatcher) })),
  }));
  const found = new Set<string>();
  for (const file of parseDiff(diffText)) {
    if (!file.to || file.to === '/dev/null') continue;
    for (const chunk of file.chunks) {
      const newLines = chunk.changes.filter((change) => change.type !== 'del');
      newLines.forEach((change, index) => {
        if (change.type !== 'add') return;
        const text = clipLine(change.content.slice(1));
        for (const { lesson, triggers: list } of compiled) {
          for (const { spec, matcher, globs } of list) {
            if (!matcher.pattern.test(text)) continue;
            const language = languageOfFile(file.to!);
            if (spec.languages && (!language || !spec.languages.includes(language))) continue;
            if (globs && !globs.some((isMatch) => isMatch(file.to!))) continue;
            if (matcher.unless?.test(text)) continue;
            let next = 0;
            for (let above = 0; above < index && next < matcher.context.length; above++) {
              if (matcher.context[next]!.test(clipLine(newLines[above]!.content.slice(1)))) next++;
            }
            if (next < matcher.context.length) continue;
            found.add(`${lesson.slug}#${lesson.lessonId} ${file.to}:${change.ln}`);
            break;
          }
        }
      });
    }
  }
  return found;
}

const diffText = syntheticDiff();
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const engineTimes: number[] = [];
const naiveTimes: number[] = [];
let engineKeys = new Set<string>();
let naiveKeys = new Set<string>();
let linesAdded = 0;
for (let run = 0; run < runs; run++) {
  // A fresh copy each run, so the engine's compiled-trigger cache does not carry over from the previous run.
  const set = structuredClone(triggers);
  let start = performance.now();
  const result = reviewDiff(diffText, set);
  engineTimes.push(performance.now() - start);
  linesAdded = result.linesAdded;
  engineKeys = new Set(result.findings.flatMap((f) => f.matches.map((m) => `${f.lesson.slug}#${f.lesson.lessonId} ${m.file}:${m.line}`)));
  start = performance.now();
  naiveKeys = naiveReview(diffText, set);
  naiveTimes.push(performance.now() - start);
}

const rate = (ms: number) => Math.round(linesAdded / (ms / 1000)).toLocaleString('en');
const [engine, naive] = [median(engineTimes), median(naiveTimes)];
console.log(`lessons review: ${linesAdded.toLocaleString('en')} added lines in ${fileCount} files (${(diffText.length / 1e6).toFixed(1)} MB of diff), ${triggerCount} triggers of ${triggers.lessons.length} lessons, median of ${runs} runs`);
console.log(`  engine: ${engine.toFixed(0)} ms = ${rate(engine)} lines/s  (runs: ${engineTimes.map((ms) => ms.toFixed(0)).join(', ')} ms)`);
console.log(`  naive peer (parse-diff, every pattern on every line): ${naive.toFixed(0)} ms = ${rate(naive)} lines/s`);
console.log(`  engine is ${(naive / engine).toFixed(2)}x the naive peer's speed`);
const same = engineKeys.size === naiveKeys.size && [...engineKeys].every((key) => naiveKeys.has(key));
console.log(`  matches: ${engineKeys.size} (engine), ${naiveKeys.size} (peer): ${same ? 'identical' : 'DIFFERENT'}`);
if (!same) process.exitCode = 1;
