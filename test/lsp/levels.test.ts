// The bundled server over stdio on a copy of samples/: a bound taken from the offer follows an
// edit of the offer live (the profile is the prospect's dependency), the code lens says which
// caution made a fit borderline, the inlay hint marks the caution, Show Questions gets the facts
// of your own, and idealClient/offers gives "What you offer" its words.
import { strict as assert } from 'node:assert';
import { CodeLensRequest, DiagnosticSeverity, InlayHintRequest } from 'vscode-languageserver-protocol/node';
import { EvaluateRequest, OffersRequest, QuestionsRequest } from '../../shared/src/protocol';
import { onSamples, LspSession } from './helpers/lspSession';

const PROFILE = 'wunschkunde.profile.yaml';
const LICHTBLICK = 'prospects/2026-12-06-lichtblick.prospect.yaml';
const WELLENREITER = 'prospects/2026-11-30-wellenreiter.prospect.yaml';
const BIRKENHOF = 'prospects/2026-12-04-birkenhof.prospect.yaml';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe('language server: cautions, facts of your own and the offer as the source', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started));

  it('the criterion { fromOffer: responseTime } follows an edit of the offer: the prospect\'s verdict changes', async function () {
    const prospect = await s.open(LICHTBLICK);
    await s.waitForDiagnostics(prospect);
    const before = await s.conn.sendRequest(EvaluateRequest, { uri: prospect });
    assert.ok(before.ok);
    assert.deepEqual([before.verdict.verdict, before.verdict.score, before.verdict.known], ['fit', 80, 100], 'samples/EXPECTED.md');

    const profileText = s.read(PROFILE);
    assert.match(profileText, /^ {2}responseTime: 1d$/m);
    const profile = await s.open(PROFILE, profileText);
    await s.waitForDiagnostics(profile);
    const published = s.published.get(prospect)!.length;
    const changesBefore = s.verdictsChanged.length;
    // The offer now promises answers within two days: "1 Tag" no longer meets the caution.
    await s.change(profile, profileText.replace(/^ {2}responseTime: 1d$/m, '  responseTime: 2d'));
    await s.waitFor(() => s.verdictsChanged.slice(changesBefore).some((c) => c.uris.includes(prospect)), 'verdictsChanged for the prospect');
    await s.waitForDiagnostics(prospect, () => true, published);
    const after = await s.conn.sendRequest(EvaluateRequest, { uri: prospect });
    assert.ok(after.ok);
    assert.deepEqual([after.verdict.verdict, after.verdict.score, after.verdict.known], ['borderline', 60, 100]);
    assert.deepEqual(after.verdict.cautions, ['response-time']);
    assert.equal(after.verdict.criteria.find((c) => c.id === 'response-time')!.expected, 'at least 2d');
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: prospect } });
    assert.match(lenses![0].command!.title, /^◐ borderline — Erwartete Antwortzeit \(caution\) · 60% match$/);
  });

  it('an offer key a criterion names, removed from the offer: an error on the argument, with did you mean', async function () {
    const profileText = s.read(PROFILE).replace(/^ {2}responseTime: 1d$/m, '  responseTimes: 1d');
    const profile = await s.open(PROFILE, profileText);
    const p = await s.waitForDiagnostics(profile, (d) => d.diagnostics.some((x) => x.code === 'offer-key'));
    const [d] = p.diagnostics.filter((x) => x.code === 'offer-key');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.match(String(d.message), /^Your offer has no "responseTime"\. Did you mean "responseTimes"\?/);
    const line = profileText.split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'responseTime');
    assert.match(line, /fromOffer/);
  });

  it('the code lens and the inlay hint of a fit made borderline by a caution', async function () {
    const uri = await s.open(WELLENREITER);
    await s.waitForDiagnostics(uri);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.equal(lenses![0].command!.title, '◐ borderline — Erwartete Antwortzeit (caution) · 80% match');
    const hints = await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: WHOLE });
    const labels = hints!.map((h) => String(h.label));
    // What the criterion wants, not the value the line shows already.
    assert.ok(labels.includes('⚠ gewünscht: mindestens 1\u00a0Tag (Warnsignal)'), labels.join('\n'));
    assert.ok(labels.includes('✓ erfüllt'), labels.join('\n'));
  });

  it('Show Questions: no question for a fact of your own; it comes as a note after the call', async function () {
    const uri = await s.open(BIRKENHOF);
    await s.waitForDiagnostics(uri);
    const q = await s.conn.sendRequest(QuestionsRequest, { uri });
    assert.ok(q.ok);
    assert.deepEqual(q.questions, []);
    assert.deepEqual(q.selfCheck, [{ fact: 'gutFeeling', label: 'Bauchgefühl' }]);
    const lenses = await s.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    assert.deepEqual(lenses!.map((l) => l.command!.title), ['✔ fit · 100% match', '1 thing to note']);
    assert.equal(lenses![1].command!.command, 'idealClient.showQuestions');
  });

  it('idealClient/offers: each readable profile\'s name and offer', async function () {
    const offers = await s.conn.sendRequest(OffersRequest, { uris: [s.uri(PROFILE), s.uri(PROFILE), s.uri('nowhere.profile.yaml')] });
    assert.deepEqual(offers, [{
      profileUri: s.uri(PROFILE), profile: 'Wunschkunde Beratung',
      offer: { services: ['Strategieberatung', 'Content-Audit', 'Workshop'], hoursPerWeek: 12, responseTime: '1\u00a0Tag', channels: ['email', 'video-call'], workingStyle: '„intuitiv, mit grober Richtung“' },
    }]);
  });
});
