// Record Decision over JSON-RPC, against the bundle on a copy of samples/: the lens and code
// action on a prospect still undecided, the options (the verdict's colleague; every referral of
// the profile when the verdict suggests none), the edit (applied to the text: only added lines,
// a Markdown body untouched), and the refusals (a syntax error, an existing decision, a colleague
// who is not one).
import { strict as assert } from 'node:assert';
import { CodeActionRequest, CodeLensRequest } from 'vscode-languageserver-protocol/node';

import { DecisionOptionsRequest, RecordDecisionRequest } from '../../shared/src/protocol';
import { onSamples, type LspSession } from './helpers/lspSession';
import { applyEdits } from '../helpers/textEdits';

const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const LINDNER = 'prospects/2026-12-01-lindner.prospect.md';

describe('Record Decision over the language server protocol', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started));

  it('on an undecided prospect: a code action (no lens: the lens row has no room); the referral to the verdict\'s colleague, written as one edit', async function () {
    const before = s.read(ACME);
    const uri = await s.open(ACME);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    const titles = (lenses ?? []).map((l) => l.command?.title ?? '');
    assert.ok(titles.length > 0 && !titles.includes('Record Decision'), titles.join(' | '));
    const actions = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    const hasAction = (list: typeof actions): boolean => (list ?? []).some((a) => 'command' in a && (a.command as { command?: string } | undefined)?.command === 'idealClient.recordDecision');
    assert.ok(hasAction(actions), 'the code action');

    const options = await s.conn.sendRequest(DecisionOptionsRequest, { uri });
    assert.ok(options.ok, options.ok ? '' : options.message);
    assert.deepEqual(options.outcomes, ['signed', 'declined', 'referred']);
    assert.deepEqual(options.colleagues.map((c) => c.name), ['Anna Schmidt']);
    assert.equal(options.existing, undefined);

    const r = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'referred', to: 'Anna Schmidt', date: '2026-12-07' });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.status, 'referred');
    const after = applyEdits(before, r.edit.changes![uri]);
    const added = 'status: referred\ndecision:\n  date: 2026-12-07\n  outcome: referred\n  to: Anna Schmidt\n';
    assert.equal(after, before.replace('prospect: ACME GmbH\n', `prospect: ACME GmbH\n${added}`));

    // Applied by the editor: the prospect is decided — no code action, and a second decision needs a yes.
    await s.change(uri, after);
    const later = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.ok(!hasAction(later), 'no Record Decision code action once decided');
    const again = await s.conn.sendRequest(DecisionOptionsRequest, { uri });
    assert.ok(again.ok);
    assert.deepEqual(again.existing, { date: '2026-12-07', outcome: 'referred', to: 'Anna Schmidt' });
    const refused = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'declined', date: '2026-12-08' });
    assert.ok(!refused.ok && refused.reason === 'exists', JSON.stringify(refused));
    const replaced = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'declined', date: '2026-12-08', replace: true });
    assert.ok(replaced.ok);
    assert.equal(applyEdits(after, replaced.edit.changes![uri]), before.replace('prospect: ACME GmbH\n', 'prospect: ACME GmbH\nstatus: declined\ndecision:\n  date: 2026-12-08\n  outcome: declined\n'));
  });

  it('a Markdown prospect whose verdict suggests no one: every colleague of the profile; the body untouched', async function () {
    const before = s.read(LINDNER);
    const uri = await s.open(LINDNER);
    const options = await s.conn.sendRequest(DecisionOptionsRequest, { uri });
    assert.ok(options.ok);
    assert.deepEqual(options.colleagues.map((c) => c.name), ['Anna Schmidt', 'Jonas Weber']);
    const wrong = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'referred', to: 'Nobody', date: '2026-12-07' });
    assert.ok(!wrong.ok);
    assert.equal(wrong.message, '"Nobody" is not a colleague of the profile; one of: Anna Schmidt, Jonas Weber.');
    const r = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'referred', to: 'Jonas Weber', date: '2026-12-07' });
    assert.ok(r.ok);
    const after = applyEdits(before, r.edit.changes![uri]);
    const bodyAt = (t: string): number => t.indexOf('\n---\n', 4) + 5;
    assert.equal(after.slice(bodyAt(after)), before.slice(bodyAt(before)), 'the body byte for byte');
    assert.equal(after, before.replace('prospect: Lindner & Söhne\n', 'prospect: Lindner & Söhne\nstatus: referred\ndecision:\n  date: 2026-12-07\n  outcome: referred\n  to: Jonas Weber\n'));
  });

  it('a prospect with a syntax error: refused before anything is asked, naming file, line and column', async function () {
    const broken = s.read(ACME).replace('advice: wants-to-be-right', 'advice: [wants-to-be-right');
    assert.ok(broken.includes('[wants-to-be-right\n'), 'the syntax error is built');
    const uri = await s.open(ACME, broken);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(!(lenses ?? []).some((l) => l.command?.command === 'idealClient.recordDecision'), 'no lens for a command that would refuse');
    const options = await s.conn.sendRequest(DecisionOptionsRequest, { uri });
    assert.ok(!options.ok);
    assert.match(options.message, /^prospects\/2026-11-20-acme\.prospect\.yaml:\d+:\d+: .+ Fix this first; nothing was changed\.$/);
    const r = await s.conn.sendRequest(RecordDecisionRequest, { uri, outcome: 'declined', date: '2026-12-07' });
    assert.ok(!r.ok);
    assert.equal(r.message, options.message);
  });
});
