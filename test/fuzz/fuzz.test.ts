// Fuzzing the pure service and the engine (fast-check): the samples, mutated — lines deleted,
// duplicated, re-indented, truncated, random bytes and wrong types — go through parse, check,
// completion and hover at random positions, definition, symbols, code actions, lenses, hints and
// evaluation. Never a throw, never a slow call, every result well-formed.
// `npm test` runs a quick seeded pass; `npm run fuzz` the long one (FUZZ_RUNS=100000).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { LanguageService } from '../../server/src/service/languageService';
import { memoryFs } from '../unit/helpers/memoryFs';
import type { Position, Range } from '../../shared/src/types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
/** One call may take this long at most (generous: CI machines are shared). */
const CALL_BUDGET_MS = 2000;

const SAMPLES = path.resolve(__dirname, '../../samples');
const read = (p: string): string => fs.readFileSync(path.join(SAMPLES, p), 'utf8');
const PROFILE = read('wunschkunde.profile.yaml');
const SOURCES = [
  { file: '/w/wunschkunde.profile.yaml', text: PROFILE },
  { file: '/w/prospects/a.prospect.yaml', text: read('prospects/2026-11-20-acme.prospect.yaml') },
  { file: '/w/prospects/b.prospect.md', text: read('prospects/2026-11-24-baumann.prospect.md') },
  { file: '/w/agency/bant.profile.yaml', text: read('agency/bant.profile.yaml') },
];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'retype'; at: number; value: string };

const WRONG_VALUES = ['[]', '{}', '~', '-1', '1e999', 'true', '"', "'", '[a, [b, {c: d}]]', '&x y', '*x', '!!binary AAAA', '|', '>-', '? complex', '"\\u0000"', 'ja', '8.000 €', '2 Wochen', '2026-02-30', '__proto__: 1', 'constructor:'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\t', '\r\n', '\u0000', '\ufeff', '---\n', ': ', '- ', '#', '\ud800', '{{{', ']]]')) }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom(...WRONG_VALUES) }),
);

function apply(text: string, muts: Mutation[]): string {
  let t = text;
  for (const m of muts) {
    const lines = t.split('\n');
    const i = lines.length ? m.at % lines.length : 0;
    switch (m.kind) {
      case 'delete': lines.splice(i, 1); t = lines.join('\n'); break;
      case 'duplicate': lines.splice(i, 0, lines[i] ?? ''); t = lines.join('\n'); break;
      case 'indent': lines[i] = m.by >= 0 ? ' '.repeat(m.by) + (lines[i] ?? '') : (lines[i] ?? '').slice(-m.by); t = lines.join('\n'); break;
      case 'truncate': t = t.slice(0, m.at % (t.length + 1)); break;
      case 'insert': { const at = m.at % (t.length + 1); t = t.slice(0, at) + m.text + t.slice(at); break; }
      case 'retype': {
        const line = lines[i] ?? '';
        const colon = line.indexOf(': ');
        lines[i] = colon >= 0 ? line.slice(0, colon + 2) + m.value : line + m.value;
        t = lines.join('\n');
        break;
      }
    }
  }
  return t;
}

function timed<T>(what: string, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  const ms = performance.now() - t0;
  assert.ok(ms < CALL_BUDGET_MS, `${what} took ${ms.toFixed(0)} ms`);
  return r;
}

function wellFormedRange(r: Range, lineCount: number, what: string): void {
  for (const p of [r.start, r.end] as Position[]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line <= lineCount, `${what}: line ${p.line} of ${lineCount}`);
    assert.ok(Number.isInteger(p.character) && p.character >= 0, `${what}: character ${p.character}`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start after end`);
}

describe(`fuzz: mutated samples through every feature (runs ${RUNS}, seed ${SEED})`, function () {
  this.timeout(Math.max(60_000, RUNS * 200));

  it('never throws, never hangs, always answers well-formed', () => {
    const files = memoryFs(Object.fromEntries(SOURCES.map((s) => [s.file, s.text])));
    const service = new LanguageService({ fs: files, workspaceFolders: ['/w'] });
    let version = 0;
    // The long run takes many minutes: a progress line now and then shows it is alive, and the
    // last line gives what the note quotes (cases, seed, wall time).
    const every = Math.max(1000, Math.floor(RUNS / 20));
    const t0 = Date.now();
    let cases = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: SOURCES.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (which, muts, positions) => {
          if (++cases % every === 0) process.stderr.write(`fuzz: ${cases} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
          const src = SOURCES[which];
          const text = apply(src.text, muts);
          const uri = service.uriOf(src.file);
          service.openDocument(uri, ++version, text);
          const lineCount = text.split(/\r\n|\r|\n/).length;
          const problems = timed('problems', () => service.problems(uri));
          for (const p of problems) {
            wellFormedRange(p.range, lineCount, `problem "${p.message}"`);
            assert.ok(typeof p.message === 'string' && p.message.length > 0 && !/must match|undefined|\[object Object\]/.test(p.message), `message: ${p.message}`);
          }
          const diags = service.diagnostics(uri);
          for (const [l, c] of positions) {
            const pos = { line: l % (lineCount + 1), character: c % 80 };
            const list = timed('completion', () => service.complete(uri, pos));
            assert.ok(Array.isArray(list.items));
            for (const item of list.items) assert.equal(typeof item.label, 'string');
            const hover = timed('hover', () => service.hover(uri, pos));
            if (hover) assert.ok(hover.contents);
            const defs = timed('definition', () => service.definition(uri, pos));
            for (const d of defs) wellFormedRange(d.range, 1e9, 'definition');
            const range = { start: pos, end: pos };
            timed('code actions', () => service.codeActions(uri, range, diags));
          }
          timed('symbols', () => service.documentSymbols(uri));
          for (const lens of timed('code lenses', () => service.codeLenses(uri))) wellFormedRange(lens.range, lineCount, 'lens');
          timed('inlay hints', () => service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: lineCount, character: 0 } }));
          const ev = timed('evaluate', () => service.evaluate(uri));
          if (ev.ok) {
            assert.ok(['fit', 'borderline', 'no-fit', 'undetermined'].includes(ev.verdict.verdict));
            assert.doesNotThrow(() => JSON.stringify(ev.verdict));
          }
          // Restore the pristine text so the next case starts from a valid workspace.
          service.closeDocument(uri);
        },
      ),
      { numRuns: RUNS, seed: SEED, verbose: 1, endOnFailure: true },
    );
    process.stderr.write(`fuzz: ${RUNS} cases passed, seed ${SEED}, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  });
});
