// The floor: yaml's parseDocument alone, in a fresh process (so neither the benchmark's heap nor
// its JIT state colours it). Prints one JSON object.
//   node bench/lib/floor.mjs profile <file> <reps>   → { ms }: median of reps, after 1 s of warm-up
//   node bench/lib/floor.mjs all <list-file>         → { ms, count }: parse each listed file once
// Markdown prospects are parsed as their front matter, which is what the servers parse.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';

const yamlOf = (file, text) => (file.endsWith('.md') ? text.split('\n---\n')[0].slice(4) : text);
const [mode, arg, reps] = process.argv.slice(2);
if (mode === 'profile') {
  const text = readFileSync(arg, 'utf8');
  const t = performance.now();
  for (let i = 0; i < 5 || performance.now() - t < 1000; i++) parseDocument(text);
  const ms = [];
  for (let i = 0; i < Number(reps); i++) {
    const t0 = performance.now();
    parseDocument(text);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ ms: ms[Math.floor(ms.length / 2)] }));
} else if (mode === 'all') {
  const files = readFileSync(arg, 'utf8').split('\n').filter(Boolean);
  // Read first: the floor is the parse, not the disk.
  const texts = files.map((f) => yamlOf(f, readFileSync(path.resolve(path.dirname(arg), f), 'utf8')));
  for (let i = 0; i < Math.min(300, texts.length); i++) parseDocument(texts[i]);
  const t0 = performance.now();
  for (const t of texts) parseDocument(t);
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, count: texts.length }));
} else {
  process.stderr.write('usage: floor.mjs profile <file> <reps> | all <list-file>\n');
  process.exit(2);
}
