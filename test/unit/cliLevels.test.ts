// The command line on the samples of the three levels and the roles of a fact: a caution that
// turns a fit into borderline, a fact to clarify before an offer, a fact of your own still to
// note, a bound taken from the offer — in the JSON, text, Markdown and JUnit outputs — and the
// offer itself as "What you offer" in the Markdown report.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { offerSection } from '../../shared/src/report/offerSection';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');
const WELLENREITER = 'prospects/2026-11-30-wellenreiter.prospect.yaml';
const MORGENROT = 'prospects/2026-12-02-morgenrot.prospect.md';
const BIRKENHOF = 'prospects/2026-12-04-birkenhof.prospect.yaml';
const LICHTBLICK = 'prospects/2026-12-06-lichtblick.prospect.yaml';

function cli(args: string[], env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd: SAMPLES, env });
  return { code, out, err };
}

interface Json {
  verdict: string; score: number | null; known: number; cautions: string[]; selfCheck: { fact: string; label: string }[];
  ask: { fact: string }[]; criteria: { id: string; outcome: string; caution?: true; expected: string }[];
}

function json(file: string): Json {
  const r = cli(['evaluate', file, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  return JSON.parse(r.out) as Json;
}

describe('CLI: cautions, facts of your own, clarify before an offer, the offer', () => {
  it('JSON: the caution that turned a fit into borderline is in `cautions`, and the criterion says it is one', () => {
    const v = json(WELLENREITER);
    assert.deepEqual([v.verdict, v.score, v.known], ['borderline', 80, 100]);
    assert.deepEqual(v.cautions, ['response-time']);
    const rt = v.criteria.find((c) => c.id === 'response-time')!;
    assert.deepEqual([rt.outcome, rt.caution, rt.expected], ['unmet', true, 'at least 1d']);
    assert.deepEqual(v.selfCheck, []);
  });

  it('JSON: an open fact to clarify before an offer keeps a full score undetermined and is asked', () => {
    const v = json(MORGENROT);
    assert.deepEqual([v.verdict, v.score, v.known], ['undetermined', 100, 70]);
    assert.deepEqual(v.ask.map((q) => q.fact), ['outcomeExpectation']);
    assert.deepEqual(v.cautions, []);
  });

  it('JSON: a fact of your own still unknown is in `selfCheck` with its label, never in `ask`', () => {
    const v = json(BIRKENHOF);
    assert.deepEqual([v.verdict, v.score, v.known], ['fit', 100, 100]);
    assert.deepEqual(v.selfCheck, [{ fact: 'gutFeeling', label: 'Bauchgefühl' }]);
    assert.deepEqual(v.ask, []);
  });

  it('JSON: the bound from the offer judges like the value written there (1 Tag meets 1d)', () => {
    const v = json(LICHTBLICK);
    assert.deepEqual([v.verdict, v.score, v.known], ['fit', 80, 100]);
    const rt = v.criteria.find((c) => c.id === 'response-time')!;
    assert.deepEqual([rt.outcome, rt.expected], ['met', 'at least 1d']);
  });

  it('text: "borderline — caution: …" in the headline, a caution mark on its line, what to note after the call', () => {
    const caution = cli(['evaluate', WELLENREITER]).out;
    assert.match(caution, /— ◐ borderline — Erwartete Antwortzeit: 4\u00a0Std\. \(caution\) · 80% match · 100% known/);
    assert.match(caution, /^ {2}⚠ Erwartete Antwortzeit \(Warnsignal\): 4\u00a0Std\., gewünscht: mindestens 1\u00a0Tag — Ihr Grund: /m);
    assert.doesNotMatch(caution, /note after the call/);
    const self = cli(['evaluate', BIRKENHOF]).out;
    // The fact's label alone: its id (gutFeeling) is a key in the file, not a word for the reader.
    assert.match(self, /^ {2}note after the call:\n {4}- Bauchgefühl$/m);
    const de = cli(['evaluate', WELLENREITER, '--lang', 'de']).out;
    assert.match(de, /◐ auf der Kippe — Erwartete Antwortzeit: 4\u00a0Std\. \(Warnsignal\) · Passung 80\u202f%/);
  });

  it('Markdown: the caution in the table, what to note after the call, and "What you offer" once per profile', () => {
    const md = cli(['evaluate', WELLENREITER, BIRKENHOF, 'agency/prospects/2026-11-18-globex.prospect.yaml', '--format', 'markdown']).out;
    assert.match(md, /\| ◐ borderline \| Erwartete Antwortzeit: 4\u00a0Std\. \(caution\) \| 80% \|/);
    assert.match(md, /\*\*Note after the call\*\*\n\n- Bauchgefühl\n/);
    assert.equal(md.match(/^## What you offer$/gm)?.length, 1);
    assert.match(md, /\*\*Wunschkunde Beratung\*\*\n\n- Services: Strategieberatung, Content-Audit, Workshop\n- Hours per week: 12\n- Response time: 1\sTag\n- Channels: email, video-call\n- Working style: „intuitiv, mit grober Richtung“\n/);
    assert.match(md, /\*\*Northstar Studio — BANT lead qualification\*\*\n\n- Services: /);
    // One profile: its offer without its name.
    const one = cli(['evaluate', WELLENREITER, '--format', 'markdown', '--lang', 'de']).out;
    assert.match(one, /^## Was Sie anbieten\n\n- Leistungen: Strategieberatung, Content-Audit, Workshop\n- Stunden pro Woche: 12\n- Antwortzeit: 1\sTag\n- Kanäle: email, video-call\n- Arbeitsweise: „intuitiv, mit grober Richtung“\n/m);
  });

  it('questions: your own observations as a second part, to note after the call; JSON stays the questions', () => {
    const text = cli(['questions', BIRKENHOF]).out;
    assert.equal(text, 'Gut Birkenhof: nothing left to ask.\nnote after the call:\n- Bauchgefühl\n');
    // The fact's label before the question, no id after it.
    assert.equal(cli(['questions', MORGENROT]).out,
      '- Erwartung an das Ergebnis: Welches Ergebnis erwarten Sie mit diesem Budget in diesem Zeitraum?\nnote after the call:\n- Ziel gemeinsam geklärt\n');
    assert.deepEqual(JSON.parse(cli(['questions', BIRKENHOF, '--format', 'json']).out), []);
  });

  it('JUnit: a borderline by a caution says so in its output', () => {
    const xml = cli(['evaluate', WELLENREITER, '--format', 'junit']).out;
    assert.match(xml, /<system-out>borderline — Erwartete Antwortzeit: 4\u00a0Std\. \(caution\) · 80% match · 100% known<\/system-out>/);
  });

  it('"What you offer" is nothing without an offer, and every word of it has its German twin', () => {
    assert.deepEqual(offerSection([{ profile: 'P' }, { profile: 'Q', offer: {} }], (m) => m), []);
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
    const asked: string[] = [];
    offerSection([{ profile: 'P', offer: { services: ['a'], hoursPerWeek: 1, responseTime: '1d', channels: ['x'], workingStyle: 'w' } }],
      (m) => { asked.push(m); return m; });
    assert.deepEqual(asked.filter((m) => typeof bundle[m] !== 'string'), []);
    assert.equal(new Set(asked).size, 6);
  });
});
