// Replies over the language server protocol, against the bundle on a copy of samples/: the
// placeholder diagnostics of a template (on the exact characters, with did you mean and its quick
// fix; an unclosed brace), completion of placeholders after "{" and of unless/alsoFor/address,
// the hover on a placeholder, the Draft reply lens, and idealClient/draftReply's letter.
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, HoverRequest, type CompletionList, type Diagnostic, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { DraftReplyRequest } from '../../shared/src/protocol';
import { onSamples, LspSession, positionOf } from './helpers/lspSession';

const PROFILE = 'wunschkunde.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const BAUMANN = 'prospects/2026-11-24-baumann.prospect.md';

/** A diagnostic's message as text (the protocol also allows Markdown). */
function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

async function labelsAt(s: LspSession, uri: string, position: { line: number; character: number }): Promise<string[]> {
  const list = await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }) as CompletionList;
  return list.items.map((i) => String(i.label));
}

describe('replies over the language server protocol', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started));

  it('the sample profile with tellClient, unless, alsoFor and its own refer template has no problem', async function () {
    const uri = await s.open(PROFILE);
    const p = await s.waitForDiagnostics(uri);
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map(messageOf), []);
  });

  it('an unknown placeholder is an error on its exact characters, with did you mean and a quick fix', async function () {
    const text = s.read(PROFILE).replace('passt {colleague} deutlich', 'passt {colleage} deutlich');
    const uri = await s.open(PROFILE, text);
    const p = await s.waitForDiagnostics(uri);
    const d = p.diagnostics.find((x) => x.code === 'reply-template') as Diagnostic;
    assert.ok(d, JSON.stringify(p.diagnostics));
    assert.equal(d.severity, 1);
    const at = positionOf(text, '{colleage}', 0, 1);
    assert.deepEqual(d.range, { start: at, end: { line: at.line, character: at.character + 'colleage'.length } });
    assert.match(messageOf(d), /^"\{colleage\}" is not a placeholder\. Did you mean "colleague"\? Placeholders: \{prospect\}, /);
    const actions = await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions?.find((a) => 'edit' in a && a.title === 'Change to "colleague"');
    assert.ok(fix && 'edit' in fix, JSON.stringify(actions));
    assert.deepEqual(fix.edit?.changes?.[uri], [{ range: d.range, newText: 'colleague' }]);
  });

  it('an unclosed "{" is an error; a colleague\'s placeholder outside the referral is a warning', async function () {
    const text = s.read(PROFILE).replace('  address: Sie\n', '  address: Sie\n  decline: |\n    Hallo {contact\n    {colleague} hilft gern.\n');
    const uri = await s.open(PROFILE, text);
    const p = await s.waitForDiagnostics(uri);
    const ours = p.diagnostics.filter((x) => x.code === 'reply-template');
    assert.deepEqual(ours.map((d) => [d.severity, d.range.start, messageOf(d).slice(0, 30)]), [
      [1, positionOf(text, '{contact\n'), 'This "{" is not closed: write '],
      [2, positionOf(text, '{colleague} hilft'), '{colleague} has a value only i'],
    ]);
  });

  it('checks unless like when: an unknown fact and a value that is not an option', async function () {
    const text = s.read(PROFILE).replace('unless: { advice: [wants-to-be-right] }', 'unless: { advise: [x], workingStyle: [chaotic] }');
    const uri = await s.open(PROFILE, text);
    const p = await s.waitForDiagnostics(uri);
    const messages = p.diagnostics.filter((d) => d.code === 'referral-fact').map(messageOf);
    assert.equal(messages.length, 2, JSON.stringify(messages));
    assert.match(messages[0], /^Unknown fact "advise"\. Did you mean "advice"\?/);
    assert.match(messages[1], /^"chaotic" is not an option of workingStyle\./);
  });

  it('completes placeholders after "{" in a template (the colleague\'s only in the referral), and unless/alsoFor/address', async function () {
    const base = s.read(PROFILE);
    const text = base.replace('  address: Sie\n', '  address: Sie\n  ask: |\n    Hallo {con\n');
    const uri = await s.open(PROFILE, text);
    await s.waitForDiagnostics(uri);
    const inAsk = await labelsAt(s, uri, positionOf(text, 'Hallo {con', 0, 'Hallo {con'.length));
    assert.deepEqual(inAsk, ['{prospect}', '{contact}', '{owner}', '{reasons}', '{questions}']);
    const list = await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Hallo {con', 0, 'Hallo {con'.length) }) as CompletionList;
    const contact = list.items.find((i) => i.label === '{contact}')!;
    assert.deepEqual(contact.textEdit && 'range' in contact.textEdit ? contact.textEdit.newText : undefined, 'contact}');
    const inRefer = await labelsAt(s, uri, positionOf(text, 'passt {colleague}', 0, 'passt {'.length));
    assert.ok(inRefer.includes('{colleagueNote}') && inRefer.includes('{colleague}'), inRefer.join());

    const keys = base.replace('    alsoFor: [borderline]\n', '    alsoFor: [borderline]\n    \n');
    const uri2 = await s.open('other.profile.yaml', keys);
    await s.waitForDiagnostics(uri2);
    const keyLabels = await labelsAt(s, uri2, positionOf(keys, '    alsoFor: [borderline]\n    \n', 0, '    alsoFor: [borderline]\n    '.length));
    assert.ok(keyLabels.includes('unless'), keyLabels.join());
    const also = base.replace('alsoFor: [borderline]', 'alsoFor: [');
    await s.change(uri2, also);
    assert.deepEqual(await labelsAt(s, uri2, positionOf(also, 'alsoFor: [', 0, 'alsoFor: ['.length)), ['borderline', 'undetermined']);
    const address = base.replace('  address: Sie', '  address: ');
    await s.change(uri2, address);
    assert.deepEqual(await labelsAt(s, uri2, positionOf(address, '  address: ', 0, '  address: '.length)), ['Sie', 'du']);
    const unlessValue = base.replace('unless: { advice: [wants-to-be-right] }', 'unless:\n      advice: []');
    await s.change(uri2, unlessValue);
    const inUnless = 'unless:\n      advice: [';
    assert.deepEqual(await labelsAt(s, uri2, positionOf(unlessValue, inUnless, 0, inUnless.length)), ['open-to-advice', 'wants-to-be-right']);
  });

  it('hovers a placeholder with what it stands for, and tellClient with its description', async function () {
    const text = s.read(PROFILE);
    const uri = await s.open(PROFILE, text);
    await s.waitForDiagnostics(uri);
    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '{reasons}', 0, 3) });
    assert.match((hover?.contents as MarkupContent).value, /^\*\*\{reasons\}\*\* — The `tellClient` texts of the unmet criteria/);
    const key = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'tellClient:', 0, 2) });
    assert.match((key?.contents as MarkupContent).value, /What a reply may tell the client when this criterion is unmet/);
  });

  it('a lens "Draft reply" of its own on a prospect that is not a fit, none on a fit; idealClient/draftReply gives the letter', async function () {
    const acme = await s.open(ACME);
    await s.waitForDiagnostics(acme);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: acme } });
    const draft = lenses?.find((l) => l.command?.title === 'Draft reply');
    assert.ok(draft, JSON.stringify(lenses?.map((l) => l.command?.title)));
    assert.equal(draft.command?.command, 'idealClient.draftReply');
    const baumann = await s.open(BAUMANN);
    await s.waitForDiagnostics(baumann);
    const fitLenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: baumann } });
    assert.ok(!fitLenses?.some((l) => l.command?.title === 'Draft reply'));

    const r = await s.conn.sendRequest(DraftReplyRequest, { uri: acme });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.draft.kind, 'refer');
    assert.deepEqual(r.kinds, ['refer', 'decline']);
    assert.deepEqual(r.referrals.map((x) => x.name), ['Anna Schmidt']);
    assert.match(r.draft.text, /^Guten Tag Max Muster,\n/);
    assert.doesNotMatch(r.draft.text, /takes-advice|Wer nicht auf meine Expertise|wants-to-be-right|rund um die Uhr|29/);
    const decline = await s.conn.sendRequest(DraftReplyRequest, { uri: acme, kind: 'decline' });
    assert.ok(decline.ok && decline.draft.kind === 'decline' && !decline.draft.text.includes('Anna'));
    const fit = await s.conn.sendRequest(DraftReplyRequest, { uri: baumann });
    assert.ok(!fit.ok && fit.usage);
    assert.match(fit.message, /fits: there is no decline/);
  });

  it('each prospect gets its own letter: Lindner (not open) after ACME asks its open questions', async function () {
    const acme = await s.open(ACME);
    await s.waitForDiagnostics(acme);
    const first = await s.conn.sendRequest(DraftReplyRequest, { uri: acme, kind: 'refer', to: 'Anna Schmidt' });
    assert.ok(first.ok && /^Guten Tag Max Muster,/.test(first.draft.text), JSON.stringify(first));
    const lindner = await s.conn.sendRequest(DraftReplyRequest, { uri: s.uri('prospects/2026-12-01-lindner.prospect.md') });
    assert.ok(lindner.ok, JSON.stringify(lindner));
    assert.equal(lindner.draft.kind, 'ask');
    assert.match(lindner.draft.text, /^Guten Tag Tobias Lindner,\n/);
  });
});
