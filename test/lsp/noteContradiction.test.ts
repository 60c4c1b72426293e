// The bundled server over stdio on a copy of samples/: ACME's notes say "rund um die Uhr" while its
// `availability` is office-hours (on purpose, a comment in the sample says so) — an information
// diagnostic on the phrase names the option, the fact and its value, and its quick fix sets the
// choice (applied, the diagnostic goes away). A negated phrase ("nicht rund um die Uhr") says nothing.
import { strict as assert } from 'node:assert';
import { CodeActionRequest, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';

import { onSamples, LspSession } from './helpers/lspSession';
import { applyEdits } from '../helpers/textEdits';

const ACME = 'prospects/2026-11-20-acme.prospect.yaml';

function contradictions(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.code === 'note-contradiction');
}

describe('language server: the notes contradict a fact\'s value', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started));

  it('ACME: "rund um die Uhr" in the notes, availability office-hours → information on the phrase, quick fix sets always-on', async function () {
    const text = s.read(ACME);
    const acme = await s.open(ACME, text);
    const p = await s.waitForDiagnostics(acme, (d) => contradictions(d.diagnostics).length > 0);
    const [d, ...more] = contradictions(p.diagnostics);
    assert.equal(more.length, 0, JSON.stringify(p.diagnostics));
    assert.equal(d.severity, DiagnosticSeverity.Information);
    const lines = text.split('\n');
    assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'rund um die Uhr');
    // The option's label and the fact's label, as the profile writes them.
    assert.match(String(d.message), /erwartet Antworten zu jeder Stunde/);
    assert.match(String(d.message), /Erwartete Erreichbarkeit/);
    assert.match(String(d.message), /is set to "zu Geschäftszeiten"/);

    const actions = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: acme }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    });
    // Titled in words (the fact's and the option's labels); it writes the option's value.
    const add = (actions ?? []).find((a) => 'title' in a && a.title === 'Set Erwartete Erreichbarkeit to "erwartet Antworten zu jeder Stunde"');
    assert.ok(add && 'edit' in add && add.edit?.changes, JSON.stringify(actions));
    const fixed = applyEdits(text, add.edit.changes[acme]);
    assert.match(fixed, /^ {2}availability: always-on$/m);
    assert.equal(fixed.split('\n').length, lines.length, 'only the value changed');

    const published = s.published.get(acme)!.length;
    await s.change(acme, fixed);
    const after = await s.waitForDiagnostics(acme, () => true, published);
    assert.deepEqual(contradictions(after.diagnostics), []);
  });

  it('a negated phrase ("nicht rund um die Uhr") gives no contradiction; one in the next clause still does', async function () {
    const text = s.read(ACME);
    const negated = text.replace('erwartet Antworten rund um die Uhr', 'erwartet Antworten nicht rund um die Uhr');
    assert.notEqual(negated, text);
    const acme = await s.open(ACME, negated);
    const p = await s.waitForDiagnostics(acme);
    assert.deepEqual(contradictions(p.diagnostics), []);

    const published = s.published.get(acme)!.length;
    const otherClause = text.replace('erwartet Antworten rund um die Uhr', 'kein Problem. Erwartet Antworten rund um die Uhr');
    await s.change(acme, otherClause);
    const after = await s.waitForDiagnostics(acme, () => true, published);
    assert.equal(contradictions(after.diagnostics).length, 1);
  });
});
