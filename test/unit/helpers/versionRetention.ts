// Run by test/unit/memoryPerVersion.test.ts in a process of its own (node --expose-gc, tsx):
// a hundred edits of every kind of an open sample profile through the language service, then a
// full collection; prints how many earlier versions' parses, models and YAML documents are still
// alive (JSON). In its own process the collection sees this heap alone, and nothing of the
// other tests keeps anything alive or waiting.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LanguageService } from '../../../server/src/service/languageService';
import { incrementalCounter } from '../../../server/src/parser/incrementalParse';
import { parseCounter } from '../../../server/src/parser/parsedDocument';
import { SAMPLES_DIR } from './samples';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

async function main(): Promise<void> {
  const file = path.join(SAMPLES_DIR, 'wunschkunde.profile.yaml');
  const uri = pathToFileURL(file).href;
  const prospect = pathToFileURL(path.join(SAMPLES_DIR, 'prospects', '2026-11-20-acme.prospect.yaml')).href;
  // Without the "*" of its first comment: a text with "&" or "*" anywhere is parsed in full on
  // every edit (they could be anchors and aliases), and the in-place paths are what is tested.
  const original = fs.readFileSync(file, 'utf8').replace(/[&*]/g, '');
  const service = new LanguageService({ workspaceFolders: [SAMPLES_DIR] });
  service.openDocument(prospect, 1, fs.readFileSync(path.join(SAMPLES_DIR, 'prospects', '2026-11-20-acme.prospect.yaml'), 'utf8'));

  // The edits people make, in turn: a digit typed in a value (applied in place), a comment
  // and a new key (a block re-parsed), the same text again, a bracket left open and closed
  // again (two full parses).
  const weightAt = original.indexOf('weight: 3') + 'weight: '.length;
  const whyLine = original.indexOf('    why: Wir arbeiten');
  const edits: ((text: string, i: number) => string)[] = [
    (t, i) => t.slice(0, weightAt) + String(1 + (i % 9)) + t.slice(weightAt + 1),
    (t) => t.slice(0, whyLine) + '    # Rückfrage\n' + t.slice(whyLine),
    (t) => t.replace('    # Rückfrage\n', ''),
    (t) => t.slice(0, whyLine) + '    note: x\n' + t.slice(whyLine),
    (t) => t.replace('    note: x\n', ''),
    (t) => t,
    (t) => t.slice(0, whyLine) + '    is: [a, b\n' + t.slice(whyLine),
    (t) => t.replace('    is: [a, b\n', ''),
  ];
  const parses: WeakRef<object>[] = [];
  const models: WeakRef<object>[] = [];
  const yamlDocs: WeakRef<object>[] = [];
  let text = original;
  const parsesBefore = parseCounter.count;
  const incrementalBefore = incrementalCounter.count;
  for (let v = 1; v <= 100; v++) {
    text = v === 1 ? text : edits[v % edits.length](text, v);
    service.openDocument(uri, v, text);
    // What an editor asks after each edit: both files' problems, the prospect's verdict lens,
    // hover and completion in the profile.
    service.diagnostics(uri);
    service.diagnostics(prospect);
    service.codeLenses(prospect);
    service.hover(uri, { line: 97, character: 6 });
    service.complete(uri, { line: 96, character: 10 });
    const parsed = service.getDocument(uri)!;
    parses.push(new WeakRef(parsed));
    const model = service.getProfileInfo(uri)?.profile;
    if (model) models.push(new WeakRef(model));
    if (parsed.yaml && yamlDocs.at(-1)?.deref() !== parsed.yaml) yamlDocs.push(new WeakRef(parsed.yaml));
  }
  const full = parseCounter.count - parsesBefore - (incrementalCounter.count - incrementalBefore);
  // A WeakRef is cleared only after the job that made or read it has ended: collect after a turn.
  await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 3; i++) gc!();
  await new Promise((r) => setImmediate(r));
  const alive = (refs: WeakRef<object>[]): number => refs.slice(0, -1).filter((r) => r.deref() !== undefined).length;
  const latestAlive = !!(parses.at(-1)?.deref() && models.at(-1)?.deref() && yamlDocs.at(-1)?.deref());
  process.stdout.write(JSON.stringify({
    versions: parses.length, models: models.length, yamlDocuments: yamlDocs.length,
    incremental: incrementalCounter.count - incrementalBefore, full,
    alive: { parses: alive(parses), models: alive(models), yamlDocuments: alive(yamlDocs) }, latestAlive,
  }));
}

void main();
