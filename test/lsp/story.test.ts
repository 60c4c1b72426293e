// A prospect's story over JSON-RPC, against the bundle on a copy of samples/: the warning on a
// client who no longer fits, the completions of the story keys, the code lens of a client, and
// Record as Lesson's edit (applied to the text: only added lines, comments kept).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DiagnosticSeverity, type CompletionList, type Location,
} from 'vscode-languageserver-protocol/node';
import { RecordLessonRequest } from '../../shared/src/protocol';
import { copySamples, LspSession, ROOT, SERVER, positionOf } from './helpers/lspSession';
import { applyEdits } from '../helpers/textEdits';

const PROFILE = 'wunschkunde.profile.yaml';
const CLIENT = 'prospects/2026-10-05-falkenberg.prospect.yaml';
const DECLINED = 'prospects/2026-11-29-eilmann.prospect.yaml';
const ENDED = 'prospects/archive/2026-02-10-hansen.prospect.yaml';

async function labelsAt(s: LspSession, uri: string, position: { line: number; character: number }): Promise<string[]> {
  const list = await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }) as CompletionList;
  return list.items.map((i) => String(i.label));
}

describe('a prospect\'s story over the language server protocol', function () {
  this.timeout(60_000);
  let workspace: string;
  let s: LspSession;

  before(function () {
    if (!fs.existsSync(SERVER)) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  });

  beforeEach(async function () {
    workspace = copySamples();
    s = await LspSession.start(workspace);
  });

  afterEach(function () {
    s?.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('warns on the observation that turned a client, and shows now and the first call in the lens', async function () {
    const text = s.read(CLIENT);
    const uri = await s.open(CLIENT);
    const p = await s.waitForDiagnostics(uri);
    const warning = p.diagnostics.find((d) => d.code === 'no-longer-fits');
    assert.ok(warning, JSON.stringify(p.diagnostics));
    assert.equal(warning.severity, DiagnosticSeverity.Warning);
    assert.equal(warning.range.start.line, positionOf(text, '  - { date: 2026-11-22').line);
    assert.equal(warning.message, 'Falkenberg Verlag no longer fits: Keine Bereitschaft rund um die Uhr („erwartet Antworten zu jeder Stunde“). Colleagues to hand over to: Jonas Weber (jonas@weber-support.example).');
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    // Now and at the first call; the row's room leaves the dealbreaker's label cut after a word
    // (the whole headline is the tooltip).
    assert.match(String(lenses?.[0].command?.title), /^✘ no fit now · was ✔ fit at first call — Keine Bereitschaft …$/);
    assert.match(String(lenses?.[0].command?.tooltip), /^✘ no fit now · was ✔ fit at first call — Keine Bereitschaft rund um die Uhr: „erwartet Antworten zu jeder Stunde“ \(dealbreaker\) · 100% match/);
  });

  it('completes status and outcome values, an observation\'s fact and value, decision.to and ended.reason', async function () {
    const base = 'prospect: Neu\nprofile: ../wunschkunde.profile.yaml\n';
    const cases: [string, string, string[]][] = [
      ['status: ', 'status: ', ['prospect', 'offered', 'declined', 'referred', 'client', 'ended']],
      ['decision:\n  outcome: ', '  outcome: ', ['signed', 'declined', 'referred']],
      ['decision:\n  to: ', '  to: ', ['Anna Schmidt', 'Jonas Weber']],
      ['ended:\n  reason: ', '  reason: ', ['working-style', 'response-time', 'budget', 'realistic-outcome', 'takes-advice', 'office-hours', 'goal']],
      ['observations:\n  - date: 2026-12-01\n    fact: ', '    fact: ', ['workingStyle', 'expectedResponseTime', 'budget', 'outcomeExpectation', 'advice', 'availability', 'goalAgreed']],
      ['observations:\n  - date: 2026-12-01\n    fact: workingStyle\n    value: ', '    value: ', ['intuitive', 'structured', 'detail-planner']],
    ];
    for (const [tail, before, expected] of cases) {
      const text = `${base}${tail}\n`;
      const uri = await s.open('prospects/neu.prospect.yaml', text);
      const at = positionOf(text, before, base.length);
      const labels = await labelsAt(s, uri, { line: at.line, character: before.length });
      for (const e of expected) assert.ok(labels.includes(e), `${e} after "${before}" in ${labels.join(', ')}`);
      await s.close(uri);
    }
  });

  it('goes from ended.reason to the criterion and from an observation\'s fact to the fact', async function () {
    const text = s.read(ENDED);
    const uri = await s.open(ENDED);
    const profile = s.read(PROFILE);
    const def = async (needle: string, from = 0): Promise<Location> => {
      const r = await s.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, needle, from) });
      const l = (Array.isArray(r) ? r : [r])[0] as Location;
      assert.ok(l, needle);
      return l;
    };
    assert.equal((await def('response-time', text.indexOf('ended:'))).range.start.line, positionOf(profile, 'id: response-time').line);
    assert.equal((await def('availability', text.indexOf('observations:'))).range.start.line, positionOf(profile, '  availability:').line);
  });

  it('records a lesson: one insertion that keeps every byte of the profile, refused the second time', async function () {
    const before = s.read(PROFILE);
    const profileUri = await s.open(PROFILE);
    const uri = await s.open(DECLINED);
    const actions = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    assert.ok(actions?.some((a) => 'command' in a && (a.command as { command?: string } | undefined)?.command === 'idealClient.recordLesson'), 'the code action');
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.ok(lenses?.some((l) => l.command?.command === 'idealClient.recordLesson'), 'the code lens');

    const r = await s.conn.sendRequest(RecordLessonRequest, { uri });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.profileUri, profileUri);
    const edits = r.edit.changes![profileUri];
    assert.equal(edits.length, 1);
    const after = applyEdits(before, edits);
    const added = [
      '  - prospect: prospects/2026-11-29-eilmann.prospect.yaml',
      '    expect: no-fit',
      '    asOf: firstCall',
    ].join('\n');
    const lastLesson = '    learned: Wer Antworten am selben Tag erwartet, will sie bald auch nachts.\n';
    assert.equal(after, before.replace(lastLesson, `${lastLesson}${added}\n`));
    // Only lines added: every line of the profile, comments included, is still there in order.
    const afterLines = after.split('\n');
    const at = afterLines.indexOf(added.split('\n')[0]);
    afterLines.splice(at, added.split('\n').length);
    assert.deepEqual(afterLines, before.split('\n'));

    // The editor applies it; the server then refuses a second lesson for the same file.
    await s.change(profileUri, after);
    const again = await s.conn.sendRequest(RecordLessonRequest, { uri });
    assert.deepEqual(again, { ok: false, message: 'prospects/2026-11-29-eilmann.prospect.yaml already has a lesson in wunschkunde.profile.yaml.' });
  });

  it('refuses on a profile with a syntax error and changes nothing', async function () {
    const profileUri = await s.open(PROFILE, s.read(PROFILE).replace('lessons:\n', 'lessons: [\n'));
    void profileUri;
    const uri = await s.open(DECLINED);
    const r = await s.conn.sendRequest(RecordLessonRequest, { uri });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.message, /^wunschkunde\.profile\.yaml has an error on line \d+; fix it first\. Nothing was changed\.$/);
  });
});
