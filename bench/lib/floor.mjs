// The floor: yaml's parseDocument alone, in a fresh process (so neither the benchmark's heap nor
// its JIT state colours it). Prints one JSON object.
//   node bench/lib/floor.mjs profile <file> <reps>   → { ms }: median of reps, after 1 s of warm-up
//   node bench/lib/floor.mjs all <list-file>         → { ms, count }: parse each listed file once
//   node bench/lib/floor.mjs cost <file> <reps> <line:char> <service bundle>
//     → { parseMs, serviceMs }: after each one-digit edit at line:char (the weight the sessions
//       edit), yaml's parseDocument of the new text and our service's diagnostics of it, in turns,
//       medians of reps after 1 s of warm-up of both. The service gets the edit as the server
//       does (openDocument with the next version), so it may re-parse incrementally.
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
} else if (mode === 'cost') {
  const [at, bundle] = process.argv.slice(5);
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  const { LanguageService } = createRequire(import.meta.url)(path.resolve(bundle));
  const text = readFileSync(arg, 'utf8');
  const [line, character] = at.split(':').map(Number);
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  offset += character;
  const uri = pathToFileURL(path.resolve(arg)).href;
  const service = new LanguageService({ workspaceFolders: [path.dirname(path.resolve(arg))] });
  let version = 1;
  service.openDocument(uri, version, text);
  service.diagnostics(uri);
  const edited = (i) => `${text.slice(0, offset)}${(i % 5) + 1}${text.slice(offset + 1)}`;
  const parseOnce = (t) => {
    const t0 = performance.now();
    parseDocument(t);
    return performance.now() - t0;
  };
  const serviceOnce = (t) => {
    const t0 = performance.now();
    service.openDocument(uri, ++version, t);
    service.diagnostics(uri);
    return performance.now() - t0;
  };
  const t = performance.now();
  for (let i = 0; i < 10 || performance.now() - t < 1000; i++) {
    parseOnce(edited(i));
    serviceOnce(edited(i));
  }
  const parseMs = [];
  const serviceMs = [];
  for (let i = 0; i < Number(reps); i++) {
    const next = edited(i);
    // In turns, each first every other time, so that neither always runs on a warmer cache.
    if (i % 2) {
      parseMs.push(parseOnce(next));
      serviceMs.push(serviceOnce(next));
    } else {
      serviceMs.push(serviceOnce(next));
      parseMs.push(parseOnce(next));
    }
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  process.stdout.write(JSON.stringify({ parseMs: mid(parseMs), serviceMs: mid(serviceMs) }));
} else {
  process.stderr.write('usage: floor.mjs profile <file> <reps> | all <list-file> | cost <file> <reps> <line:char> <bundle>\n');
  process.exit(2);
}
