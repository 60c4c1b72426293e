// The LSP round trip against the bundle: `node dist/server.js --stdio` on a copy of samples/,
// driven like an editor would — open, edit, ask — and checked on what a user would see.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DiagnosticSeverity, DocumentSymbolRequest,
  FileChangeType, HoverRequest, InlayHintRequest, TextDocumentSyncKind, type CompletionList, type Diagnostic, type Location,
} from 'vscode-languageserver-protocol/node';
import {
  CheckLessonsRequest, EvaluateAllRequest, EvaluateRequest, NewProspectRequest, ProfileTemplateRequest, ProfileTemplatesRequest,
  QuestionsRequest,
} from '../../shared/src/protocol';
import { evaluateAllPages } from '../../client/src/evaluateAllPages';
import { copySamples, LspSession, ROOT, SERVER, sleep, positionOf } from './helpers/lspSession';
import { readExpected } from '../helpers/expected.mjs';

const PROFILE = 'wunschkunde.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** Line and column of the first occurrence of `needle` (after `from`) in `text`. */
function rangeOf(text: string, needle: string, from = 0) {
  const start = positionOf(text, needle, from);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function byCode(ds: readonly Diagnostic[], code: string): Diagnostic[] {
  return ds.filter((d) => d.code === code);
}

describe('language server over stdio (dist/server.js)', function () {
  this.timeout(60_000);
  let workspace: string;
  let s: LspSession;
  let settings: Record<string, unknown> = {};

  before(function () {
    // The round trip tests the bundle the extension ships, so build it first.
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    assert.ok(fs.existsSync(SERVER), 'dist/server.js was not built');
  });

  beforeEach(async function () {
    workspace = copySamples();
    settings = {};
    s = await LspSession.start(workspace, { settings: () => settings });
  });

  afterEach(function () {
    s?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('announces the capabilities the extension relies on', function () {
    const c = s.initializeResult.capabilities;
    assert.deepEqual(c.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.deepEqual(c.completionProvider?.triggerCharacters, [':', ' ', '-', '[', ',']);
    assert.equal(c.hoverProvider, true);
    assert.equal(c.definitionProvider, true);
    assert.ok(c.documentSymbolProvider);
    assert.deepEqual(c.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.deepEqual(c.codeLensProvider, { resolveProvider: false });
    assert.deepEqual(c.inlayHintProvider, { resolveProvider: false });
    assert.deepEqual(c.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  it('publishes a broken profile\'s problems on the exact nodes, for the version sent', async function () {
    const text = s.read(PROFILE).replace('language: de', 'language: fr').replace('    fact: budget\n', '    fact: budgett\n');
    const uri = await s.open(PROFILE, text);
    const p = await s.waitForDiagnostics(uri);
    assert.equal(p.version, 1);
    const [schema] = byCode(p.diagnostics, 'schema');
    assert.deepEqual(schema.range, rangeOf(text, 'fr'));
    assert.equal(schema.severity, DiagnosticSeverity.Error);
    assert.match(String(schema.message), /"fr".*en, de/);
    assert.equal(schema.source, 'ideal-client');
    const [unknown] = byCode(p.diagnostics, 'unknown-fact');
    assert.deepEqual(unknown.range, rangeOf(text, 'budgett'));
    assert.match(String(unknown.message), /Did you mean "budget"\?/);
    assert.deepEqual(unknown.data, { replacement: 'budget' });
    // With the budget criterion broken, the first call of the ended sample no longer scores as
    // no-fit: its lesson (asOf: firstCall) fails. The capacity note comes from the current client.
    const [lesson] = byCode(p.diagnostics, 'lesson-verdict');
    assert.match(String(lesson.message), /^This lesson expects no fit at the first call, but the profile says borderline there \(score 50\)\./);
    const [capacity] = byCode(p.diagnostics, 'capacity');
    assert.equal(capacity.severity, DiagnosticSeverity.Information);
    assert.equal(capacity.message, 'Your current clients take 14 h a week; your offer says 12.');
    assert.equal(p.diagnostics.length, 4, JSON.stringify(p.diagnostics));

    // The quick fix for "did you mean" comes back through codeAction with the diagnostic.
    const actions = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown], only: ['quickfix'] },
    });
    assert.ok(actions && actions.length > 0, 'a quick fix for the unknown fact');
    assert.ok(actions.some((a) => 'title' in a && /budget/.test(a.title)));
  });

  it('debounces edits and never publishes diagnostics for a superseded version', async function () {
    const original = s.read(PROFILE);
    const uri = await s.open(PROFILE, original);
    await s.waitForDiagnostics(uri);
    const before = s.published.get(uri)!.length;
    // Five edits in one burst (the server waits only a few milliseconds after an edit, enough for
    // the edits already sent to arrive): only the last one is checked.
    let last = 0;
    for (let i = 0; i < 5; i++) last = await s.change(uri, original.replace('language: de', `language: x${i}`));
    const p = await s.waitForDiagnostics(uri, (d) => d.version === last, before);
    assert.match(String(p.diagnostics[0].message), /"x4"/);
    await sleep(400);
    const after = s.published.get(uri)!.slice(before);
    assert.deepEqual(after.map((d) => d.version), [last], 'one publication, for the newest version only');
  });

  it('lists the profile\'s facts after "fact: " and answers hover, definition and symbols', async function () {
    const original = s.read(PROFILE);
    const text = original.replace('criteria:\n', 'criteria:\n  - id: new-one\n    fact: \n');
    const uri = await s.open(PROFILE, text);
    const at = positionOf(text, '    fact: \n');
    const list = await s.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri }, position: { line: at.line, character: '    fact: '.length },
    }) as CompletionList;
    const labels = list.items.map((i) => i.label);
    for (const fact of ['workingStyle', 'expectedResponseTime', 'budget', 'outcomeExpectation', 'advice', 'availability', 'goalAgreed']) assert.ok(labels.includes(fact), `${fact} in ${labels.join(', ')}`);

    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'advice:\n') });
    assert.ok(hover, 'a hover on a fact');
    assert.match(JSON.stringify(hover.contents), /Was soll passieren, wenn meine Empfehlung von Ihrer Vorstellung abweicht\?/);

    const acme = await s.open(ACME);
    const acmeText = s.read(ACME);
    const def = await s.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: acme }, position: positionOf(acmeText, 'budget: 8000') });
    const locations = (Array.isArray(def) ? def : def ? [def] : []) as Location[];
    assert.equal(locations[0]?.uri, uri);
    assert.equal(locations[0]?.range.start.line, positionOf(text, '  budget:\n').line);

    const symbols = await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(symbols && symbols.length > 0 && JSON.stringify(symbols).includes('workingStyle'));
  });

  it('evaluates the ACME prospect: no-fit, score 29, known 70 — in the lens and on each fact line', async function () {
    const uri = await s.open(ACME);
    const text = s.read(ACME);
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri });
    assert.ok(ev.ok, JSON.stringify(ev));
    assert.equal(ev.verdict.verdict, 'no-fit');
    assert.equal(ev.verdict.score, 29);
    assert.equal(ev.verdict.known, 70);
    assert.deepEqual(ev.verdict.dealbreakers, ['takes-advice']);
    assert.deepEqual(ev.verdict.ask.map((q) => q.fact), ['outcomeExpectation']);
    assert.deepEqual(ev.verdict.selfCheck.map((q) => q.fact), ['goalAgreed', 'gutFeeling']);
    assert.deepEqual(ev.verdict.referrals.map((r) => r.name), ['Anna Schmidt']);
    assert.equal(ev.profileUri, s.uri(PROFILE));

    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(lenses && lenses.length > 0);
    // The verdict says why before the match (without the level: the row has 110 characters); the
    // clickable questions second, Draft reply, the colleague. Record Decision is a code action.
    assert.deepEqual(lenses.map((l) => l.command!.title), ['✘ no fit — Nimmt Rat an · 29% match', '1 question to ask', 'Draft reply', 'better suited: Anna Schmidt']);
    assert.deepEqual(lenses.map((l) => l.command!.command),
      ['idealClient.evaluateProspect', 'idealClient.showQuestions', 'idealClient.draftReply', 'idealClient.evaluateProspect']);
    assert.deepEqual(lenses[0].command!.arguments, [uri]);
    assert.equal(lenses[0].command!.tooltip, '✘ no fit — Nimmt Rat an: „will immer Recht haben“ (dealbreaker) · 29% match · 70% known · better suited: Anna Schmidt');
    assert.ok(lenses.every((l) => l.range.start.line === lenses[0].range.start.line), 'all above the first key');

    const hints = (await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE })) ?? [];
    const lines = text.split('\n');
    for (const fact of ['workingStyle', 'expectedResponseTime', 'budget', 'advice', 'availability']) {
      const line = positionOf(text, `  ${fact}:`).line;
      const hint = hints.find((h) => h.position.line === line);
      assert.ok(hint, `an inlay hint on the ${fact} line`);
      assert.equal(hint.position.character, lines[line].length, 'at the end of the line');
    }
    const workingStyle = hints.find((h) => h.position.line === positionOf(text, '  workingStyle:').line)!;
    assert.match(String(workingStyle.label), /^✗/);
  });

  it('re-checks an open prospect when its profile is edited in another editor', async function () {
    const acme = await s.open(ACME);
    const first = await s.waitForDiagnostics(acme);
    assert.deepEqual(first.diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error), []);
    const profileText = s.read(PROFILE);
    const profile = await s.open(PROFILE, profileText);
    await s.waitForDiagnostics(profile);
    const before = s.published.get(acme)!.length;
    const refreshesBefore = { ...s.refreshes };
    const changesBefore = s.verdictsChanged.length;

    // Rename the fact in the profile (not saved): the prospect's fact is now unknown to it.
    await s.change(profile, profileText.replace(/expectedResponseTime/g, 'responseTime'));
    const p = await s.waitForDiagnostics(acme, (d) => byCode(d.diagnostics, 'unknown-prospect-fact').length > 0, before);
    const acmeText = s.read(ACME);
    const [unknown] = byCode(p.diagnostics, 'unknown-prospect-fact');
    assert.deepEqual(unknown.range, rangeOf(acmeText, 'expectedResponseTime'));
    assert.match(String(unknown.message), /expectedResponseTime/);

    const ev = await s.conn.sendRequest(EvaluateRequest, { uri: acme });
    assert.ok(ev.ok);
    assert.deepEqual([ev.verdict.verdict, ev.verdict.score, ev.verdict.known], ['no-fit', 40, 50]);

    // The client is told, and asked to fetch lenses and hints again.
    await s.waitFor(() => s.verdictsChanged.slice(changesBefore).some((c) => c.uris.includes(acme)), 'verdictsChanged for the prospect');
    await s.waitFor(() => s.refreshes.codeLens > refreshesBefore.codeLens && s.refreshes.inlayHint > refreshesBefore.inlayHint, 'code lens and inlay hint refresh');
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: acme } });
    assert.match(lenses![0].command!.title, /· 40% match$/);
  });

  it('re-checks open prospects when a profile changes on disk (file watcher)', async function () {
    const acme = await s.open(ACME);
    await s.waitForDiagnostics(acme);
    const before = s.published.get(acme)!.length;
    fs.writeFileSync(s.path(PROFILE), s.read(PROFILE).replace('atLeast: 5000 EUR', 'atLeast: 9000 EUR'));
    await s.filesChanged([{ uri: s.uri(PROFILE), type: FileChangeType.Changed }]);
    await s.waitForDiagnostics(acme, () => true, before);
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri: acme });
    assert.ok(ev.ok);
    assert.equal(ev.verdict.score, 0, 'budget 8000 EUR is now below 9000 EUR');
    await s.waitFor(() => s.verdictsChanged.some((c) => c.uris.includes(acme)), 'verdictsChanged after the disk change');
  });

  it('re-resolves every prospect when a profile file appears (nearest profile changes)', async function () {
    const rel = 'prospects/2026-12-30-nameless.prospect.yaml';
    fs.writeFileSync(s.path(rel), 'prospect: Ohne Profilangabe\nfacts:\n  budget: 8000 EUR\n');
    const uri = await s.open(rel);
    await s.waitForDiagnostics(uri);
    const before = await s.conn.sendRequest(EvaluateRequest, { uri });
    assert.ok(before.ok);
    assert.equal(before.profileUri, s.uri(PROFILE), 'the nearest profile: in the parent folder');

    fs.writeFileSync(s.path('prospects/local.profile.yaml'), s.read(PROFILE).replace('profile: Wunschkunde Beratung', 'profile: Lokal'));
    const published = s.published.get(uri)!.length;
    await s.filesChanged([{ uri: s.uri('prospects/local.profile.yaml'), type: FileChangeType.Created }]);
    // Exactly the prospects whose nearest profile could be the new one: those that listed its folder.
    await s.waitFor(() => s.verdictsChanged.some((c) => c.uris.includes(uri)), 'verdictsChanged naming the prospect');
    assert.ok(!s.verdictsChanged.some((c) => c.all === true), 'not "all": the change is known precisely');
    await s.waitForDiagnostics(uri, () => true, published);
    const after = await s.conn.sendRequest(EvaluateRequest, { uri });
    assert.ok(after.ok);
    assert.equal(after.profileUri, s.uri('prospects/local.profile.yaml'));
    assert.equal(after.verdict.profile, 'Lokal');
  });

  it('pulls settings per resource and drops them when the configuration changes', async function () {
    const acme = await s.open(ACME);
    await s.waitForDiagnostics(acme);
    assert.ok(s.configurationRequests.includes(acme), 'settings asked for the prospect itself');
    const hints = await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: acme }, range: WHOLE });
    assert.ok(hints && hints.length > 0);
    settings = { showInlineHints: false };
    const asked = s.configurationRequests.length;
    await s.configurationChanged();
    await s.waitFor(() => s.configurationRequests.length > asked, 'settings asked again');
    const none = await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: acme }, range: WHOLE });
    assert.deepEqual(none, []);
  });

  it('with evaluateWhileTyping off, judges a prospect when it is saved', async function () {
    settings = { evaluateWhileTyping: false };
    const acme = await s.open(ACME);
    const text = s.read(ACME);
    await s.waitForDiagnostics(acme);
    const before = s.published.get(acme)!.length;
    const edited = text.replace('  budget: 8000 EUR\n', '  budget: 8000 EUR\n  bogus: 1\n');
    const v = await s.change(acme, edited);
    await sleep(400);
    assert.equal(s.published.get(acme)!.length, before, 'nothing published while editing');
    assert.deepEqual(await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: acme }, range: WHOLE }), []);
    await s.save(acme);
    const p = await s.waitForDiagnostics(acme, () => true, before);
    assert.equal(p.version, v);
    assert.equal(byCode(p.diagnostics, 'unknown-prospect-fact').length, 1);
  });

  it('answers the custom requests: evaluate all, questions, lessons, templates, new prospect', async function () {
    fs.writeFileSync(s.path('prospects/zz-syntax.prospect.yaml'), 'prospect: [unclosed\n');
    const { items: all } = await evaluateAllPages((params) => s.conn.sendRequest(EvaluateAllRequest, params));
    for (const { file, verdict, score, known } of readExpected(s.path('EXPECTED.md'))) {
      const r = all.find((x) => x.relativePath === file);
      assert.ok(r, `${file} in evaluateAll`);
      assert.ok(r.evaluation.ok, `${file}: ${JSON.stringify(r.evaluation)}`);
      assert.deepEqual([r.evaluation.verdict.verdict, r.evaluation.verdict.score, r.evaluation.verdict.known], [verdict, score, known], file);
    }
    const syntax = all.find((x) => x.relativePath === 'prospects/zz-syntax.prospect.yaml');
    assert.ok(syntax && !syntax.evaluation.ok, 'a prospect that cannot be read is listed, not evaluated');
    assert.match(syntax.evaluation.message, /^prospects\/zz-syntax\.prospect\.yaml:\d+:\d+: /);
    assert.deepEqual(all.map((x) => x.relativePath), [...all.map((x) => x.relativePath)].sort(), 'sorted by path');

    const q = await s.conn.sendRequest(QuestionsRequest, { uri: s.uri(ACME) });
    assert.ok(q.ok);
    assert.deepEqual(q.questions, [{ fact: 'outcomeExpectation', question: 'Welches Ergebnis erwarten Sie mit diesem Budget in diesem Zeitraum?', label: 'Erwartung an das Ergebnis' }]);
    const notAProspect = await s.conn.sendRequest(QuestionsRequest, { uri: s.uri(PROFILE) });
    assert.equal(notAProspect.ok, false);

    const lessons = await s.conn.sendRequest(CheckLessonsRequest, {});
    const mine = lessons.find((l) => l.relativePath === PROFILE);
    assert.ok(mine);
    assert.deepEqual(mine.lessons.map((l) => [l.prospect, l.expect, l.actual, l.ok]), [
      ['prospects/archive/2019-always-right.prospect.yaml', 'no-fit', 'no-fit', true],
      ['prospects/archive/2026-02-10-hansen.prospect.yaml', 'no-fit', 'no-fit', true],
    ]);

    const templates = await s.conn.sendRequest(ProfileTemplatesRequest, {});
    assert.deepEqual(templates.map((t) => t.id), ['consultant', 'bant-agency', 'freelance-developer', 'meddic', 'champ']);
    assert.ok(templates.every((t) => t.label && t.description && t.fileName.endsWith('.profile.yaml')));
    const de = await s.conn.sendRequest(ProfileTemplateRequest, { id: 'consultant' });
    assert.match(de ?? '', /^language: de$/m);
    const en = await s.conn.sendRequest(ProfileTemplateRequest, { id: 'consultant', language: 'en' });
    assert.match(en ?? '', /^language: en$/m);
    assert.equal(await s.conn.sendRequest(ProfileTemplateRequest, { id: 'nope' }), null);

    const created = await s.conn.sendRequest(NewProspectRequest, {
      profileUri: s.uri(PROFILE), targetUri: s.uri('prospects/2026-12-24-new.prospect.yaml'), name: 'Neu & Co: KG', met: '2026-12-24',
    });
    assert.ok(created.ok);
    assert.match(created.text, /^prospect: "?Neu & Co: KG"?$/m);
    // The profile is the nearest one, found anyway: no `profile:` key to break on a rename.
    assert.doesNotMatch(created.text, /^profile:/m);
    // Another profile than the nearest is named, relative to the new file.
    const agency = await s.conn.sendRequest(NewProspectRequest, {
      profileUri: s.uri('agency/bant.profile.yaml'), targetUri: s.uri('prospects/2026-12-24-new.prospect.yaml'), name: 'Agentur', met: '2026-12-24',
    });
    assert.ok(agency.ok);
    assert.match(agency.text, /^profile: \.\.\/agency\/bant\.profile\.yaml$/m);
    assert.match(created.text, /^met: 2026-12-24$/m);
    assert.match(created.text, /# Erwartung an das Ergebnis: Welches Ergebnis erwarten Sie mit diesem Budget in diesem Zeitraum\?\n {2}# choice – eines von: realistic, ambitious, unrealistic\n {2}outcomeExpectation:\n/);
    // Saved where suggested, it is a valid prospect of that profile, with every fact still to ask.
    fs.writeFileSync(s.path('prospects/2026-12-24-new.prospect.yaml'), created.text);
    const ev = await s.conn.sendRequest(EvaluateRequest, { uri: s.uri('prospects/2026-12-24-new.prospect.yaml') });
    assert.ok(ev.ok);
    assert.equal(ev.verdict.verdict, 'undetermined');
    assert.equal(ev.verdict.ask.length, 6);
    assert.deepEqual(ev.verdict.selfCheck.map((x) => x.fact), ['goalAgreed', 'gutFeeling'], 'my own checks: noted, never asked');
  });

  it('survives garbage: wrong params, unknown files, non-file schemes — and keeps answering', async function () {
    const send = (method: string, params: unknown) => s.conn.sendRequest(method, params);
    const bad = await send('idealClient/evaluate', { uri: 42 }) as { ok: boolean };
    assert.equal(bad.ok, false);
    assert.equal((await send('idealClient/evaluate', null) as { ok: boolean }).ok, false);
    assert.equal((await send('idealClient/newProspect', { profileUri: 'file:///nowhere.profile.yaml' }) as { ok: boolean }).ok, false);
    assert.equal(await send('idealClient/profileTemplate', { id: { evil: true } }), null);
    const untitled = 'untitled:Untitled-1';
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'yaml', version: 1, text: 'a: [' } });
    assert.equal(await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: untitled }, position: { line: 0, character: 3 } }), null);
    const uri = await s.open('errors/garbage.profile.yaml', '\u0000\u0001 ::: [[[ {{{ \n'.repeat(50));
    const p = await s.waitForDiagnostics(uri);
    assert.deepEqual(p.diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.severity, d.message]),
      [[0, 0, 1, 'This file contains binary data (NUL bytes); it is not a YAML profile or prospect.']]);
    const acme = await s.conn.sendRequest(EvaluateRequest, { uri: s.uri(ACME) });
    assert.ok(acme.ok, 'still answering');
  });

  it('speaks German when the client passes the German l10n bundle', async function () {
    s.kill();
    s = await LspSession.start(workspace, {
      settings: () => settings,
      initializationOptions: { clientWatchesFiles: true, l10nBundle: `${ROOT}/l10n/bundle.l10n.de.json` },
    });
    const text = s.read(PROFILE).replace('    fact: budget\n', '    fact: budgett\n');
    const uri = await s.open(PROFILE, text);
    const p = await s.waitForDiagnostics(uri);
    assert.match(String(byCode(p.diagnostics, 'unknown-fact')[0]?.message), /^Unbekanntes Merkmal „budgett“\. Meinten Sie „budget“\?/);
    const templates = await s.conn.sendRequest(ProfileTemplatesRequest, {});
    assert.equal(templates[0].label, 'Beratung (intuitiv, mit Blick fürs große Ganze)');
  });

  it('shuts down and exits cleanly (exit code 0)', async function () {
    const uri = await s.open(ACME);
    await s.change(uri, s.read(ACME) + '\n# edited\n');
    // A validation is pending when shutdown arrives: it must not keep the process alive.
    assert.equal(await s.stop(), 0);
  });
});
