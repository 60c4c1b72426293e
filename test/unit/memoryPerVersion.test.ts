// Nothing is kept per version of an edited document: after a hundred edits of an open profile,
// only the latest version's parse, model and YAML document may be alive. An edit is applied to
// the previous version's YAML document (in place, or a block spliced in) and that version is
// retired; a version that stayed reachable — from a memo, a compiled profile taking over the
// criteria of the one before, a lesson's last verdict, a closure — would keep its whole tree,
// and a chain of them every version since the file was opened: a 10,000-line profile's parse
// and model take ~12 MB (the live heap after opening it, 7.6 → 19.9 MB). Checked the other way
// round: with every version's parse, model or YAML document kept in a list, this test fails on
// that count.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { LanguageService } from '../../server/src/service/languageService';
import { incrementalCounter } from '../../server/src/parser/incrementalParse';
import { parseCounter } from '../../server/src/parser/parsedDocument';
import { SAMPLES_DIR } from './helpers/samples';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A WeakRef is cleared only after the job that made it has ended: collect after a turn. */
async function collect(): Promise<void> {
  await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 3; i++) gc();
  await new Promise((r) => setImmediate(r));
}

describe('memory per version of an edited document', () => {
  it('after 100 edits of every kind, no earlier version\'s parse, model or YAML document is alive', async function () {
    this.timeout(120_000);
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
    assert.ok(incrementalCounter.count - incrementalBefore >= 60, 'most edits were applied to the previous version');
    assert.ok(full >= 20, `some edits were parsed in full (${full}), each a YAML document of its own`);
    assert.ok(yamlDocs.length >= 20, `${yamlDocs.length} YAML documents`);

    await collect();
    const alive = (refs: WeakRef<object>[]): number => refs.slice(0, -1).filter((r) => r.deref() !== undefined).length;
    assert.deepEqual(
      { parses: alive(parses), models: alive(models), yamlDocuments: alive(yamlDocs) },
      { parses: 0, models: 0, yamlDocuments: 0 },
      `earlier versions still alive, of ${parses.length - 1} parses, ${models.length - 1} models, ${yamlDocs.length - 1} YAML documents`,
    );
    // The latest stays: the check can tell alive from collected.
    assert.ok(parses.at(-1)!.deref() && models.at(-1)!.deref() && yamlDocs.at(-1)!.deref());
  });
});
