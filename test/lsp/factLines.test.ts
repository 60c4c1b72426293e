// The fact lines of a prospect as the editor shows them, in an English and a German editor: the
// inlay hint at the end of each fact line names what the criterion wants (the line shows the value)
// within VS Code's 43 characters, a fact behind an unmet dealbreaker is never ✓, and the tooltip
// and the hover hold the criterion on the fact in full (several on one fact, worst first:
// test/unit/factLines.test.ts).
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { CodeLensRequest, HoverRequest, InlayHintRequest, type InlayHint, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { buildServer, copySamples, LspSession, ROOT, stopOnSamples } from './helpers/lspSession';

const NACHTFALTER = 'prospects/2026-12-05-nachtfalter.prospect.md';
const BLOOMSHOP = 'freelance-dev/prospects/2026-11-23-bloomshop.prospect.md';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
/** VS Code's `editor.inlayHints.maximumLength` default (VS Code 1.139): longer labels are cut. */
const VSCODE_INLAY_MAX = 43;
const GERMAN_BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.de.json');

function lineOf(text: string, needle: string): number {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found`);
  return text.slice(0, offset).split('\n').length - 1;
}

function tooltipOf(h: InlayHint): string {
  return typeof h.tooltip === 'string' ? h.tooltip : (h.tooltip as MarkupContent).value;
}

for (const ui of ['en', 'de'] as const) {
  describe(`fact lines in the editor (${ui === 'de' ? 'German' : 'English'} UI)`, function () {
    this.timeout(60_000);
    let workspace: string | undefined;
    let s: LspSession | undefined;

    before(buildServer);

    beforeEach(async function () {
      workspace = copySamples();
      s = await LspSession.start(workspace, { initializationOptions: { clientWatchesFiles: true, ...(ui === 'de' ? { l10nBundle: GERMAN_BUNDLE } : {}) } });
    });

    afterEach(() => stopOnSamples(s, workspace));

    it('Nachtfalter: the availability line shows the unmet dealbreaker, the advice line its met one; tooltip and hover say why', async function () {
      const uri = await s!.open(NACHTFALTER);
      await s!.waitForDiagnostics(uri);
      const text = s!.read(NACHTFALTER);
      const hints = (await s!.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE })) ?? [];
      const line = lineOf(text, '  availability: always-on');
      const onAvailability = hints.filter((h) => h.position.line === line);
      assert.equal(onAvailability.length, 1);
      // The reasons are in the profile's language (German) whatever the UI's.
      // Cut to VS Code's length; the tooltip has it whole.
      assert.equal(String(onAvailability[0].label), '✗ alles außer „erwartet Antworten zu jeder…');
      assert.match(tooltipOf(onAvailability[0]), /^✗ Keine Bereitschaft rund um die Uhr \(Ausschlusskriterium\): „erwartet Antworten zu jeder Stunde“ ist ausgeschlossen — Ihr Grund: /);
      const onAdvice = hints.filter((h) => h.position.line === lineOf(text, '  advice: open-to-advice'));
      assert.equal(onAdvice.length, 1);
      assert.match(String(onAdvice[0].label), /^✓ /);
      assert.match(tooltipOf(onAdvice[0]), /^✓ Nimmt Rat an \(Ausschlusskriterium\): alles außer „will immer Recht haben“/);

      const hover = await s!.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 3 } });
      const md = (hover!.contents as MarkupContent).value;
      const scored = ui === 'de' ? 'Wie er bewertet wurde:' : 'How it scored:';
      assert.match(md, new RegExp(`${scored}\\n- ✗ Keine Bereitschaft rund um die Uhr `));

      // The row (questions, Draft reply, the colleague) leaves the verdict lens room for the
      // dealbreaker alone (it decides whatever the match); the German words are longer, so its
      // label is cut after a word.
      const lenses = await s!.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      assert.equal(lenses![0].command!.title, ui === 'de'
        ? '✘ passt nicht — Keine Bereitschaft rund um …'
        : '✘ no fit — Keine Bereitschaft rund um die Uhr');
      // The tooltip: the whole headline, the dealbreaker's value and the known share with it.
      assert.equal(lenses![0].command!.tooltip, ui === 'de'
        ? '✘ passt nicht — Keine Bereitschaft rund um die Uhr: „erwartet Antworten zu jeder Stunde“ (Ausschlusskriterium) · Passung 71\u202f% · 70\u202f% geklärt · passt eher zu: Jonas Weber'
        : '✘ no fit — Keine Bereitschaft rund um die Uhr: „erwartet Antworten zu jeder Stunde“ (dealbreaker) · 71% match · 70% known · better suited: Jonas Weber');
    });

    it('every fact line\'s hint fits VS Code\'s inlay length and names the target, not the value on the line', async function () {
      const uri = await s!.open(NACHTFALTER);
      await s!.waitForDiagnostics(uri);
      const text = s!.read(NACHTFALTER);
      const hints = (await s!.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE })) ?? [];
      const label = (fact: string): string => String(hints.find((h) => h.position.line === lineOf(text, `  ${fact}:`))?.label);
      for (const h of hints) assert.ok(String(h.label).length <= VSCODE_INLAY_MAX, String(h.label));
      assert.equal(label('budget'), '✓ mindestens 5.000\u00a0€');
      assert.equal(label('expectedResponseTime'), '⚠ gewünscht: mindestens 1\u00a0Tag (Warnsignal)');
      // The tooltip names the weight in the UI's words.
      const tip = tooltipOf(hints.find((h) => h.position.line === lineOf(text, '  budget:'))!);
      assert.match(tip, ui === 'de' ? /_Gewicht 2_/ : /_weight 2_/);
    });

    it('an English profile: English reasons, a met excludes names what it kept out', async function () {
      const uri = await s!.open(BLOOMSHOP);
      await s!.waitForDiagnostics(uri);
      const text = s!.read(BLOOMSHOP);
      const hints = (await s!.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE })) ?? [];
      const labels = hints.map((h) => String(h.label));
      for (const l of labels) assert.ok(l.length <= VSCODE_INLAY_MAX, l);
      const budget = hints.find((h) => h.position.line === lineOf(text, '  budget_range:'))!;
      assert.equal(String(budget.label), '✗ wanted: at least €8,000');
      assert.match(tooltipOf(budget), /^✗ Budget: €3,000, wanted: at least €8,000/);
      // Two criteria on tech_stack, both unmet: the first in profile order on the line, both in the tooltip.
      const stack = hints.find((h) => h.position.line === lineOf(text, '  tech_stack:'))!;
      assert.equal(String(stack.label), '✗ any of “TypeScript”, “React”, “Node.js”');
      assert.deepEqual(tooltipOf(stack).split('\n\n').map((t) => t.slice(0, 2)), ['✗ ', '✗ ']);
      const ip = hints.find((h) => h.position.line === lineOf(text, '  ip_expectation:'))!;
      assert.equal(String(ip.label), '✗ anything but “all rights before payment”');
    });
  });
}
