// The CLI's JSON and text reuse the words of criterion results that the engine shares between
// prospects (report/jsonReport.ts, report/textReport.ts). What they write must not change for it:
// JSON byte for byte as JSON.stringify, text in the language of the moment. And the bytes of the
// CLI's Markdown (the shared report, shared/src/report/prospectsReport.ts, with relative links).
import { strict as assert } from 'node:assert';
import { compileProfile, evaluateCompiled } from '../../server/src/engine';
import { jsonPiece, verdictJsonPiece } from '../../server/src/report/jsonReport';
import { verdictAsText } from '../../server/src/report/textReport';
import { verdictsAsMarkdown } from '../../server/src/report/markdownReport';
import { useLanguage } from '../../server/src/cli/language';
import type { Verdict } from '../../shared/src/types';
import { acme, prospect, wunschkunde } from './engine/fixtures';

/** Names that could be mistaken for the placeholder, or break a line, or need escaping. */
const NAMES = ['ACME', '\u0000criteria\u0000', '"criteria": "\\u0000criteria\\u0000"', 'line\nbreak', 'Ünïcödé ✔', '', '    "criteria": [', '\\'];
const STYLES = ['intuitive', 'structured', 'detail-planner', 'a "quoted" style', 'tab\there', '\u0000', 7, true, null];

function verdicts(): Verdict[] {
  const compiled = compileProfile(wunschkunde());
  const out: Verdict[] = [];
  for (const name of NAMES) {
    for (const style of STYLES) {
      out.push(evaluateCompiled(compiled, prospect({ workingStyle: style, signals: [String(style)], goalAgreed: style === true }, { prospect: name })));
    }
  }
  return out;
}

describe('reports over shared criterion results', () => {
  it('JSON: every verdict exactly as JSON.stringify writes it, again and again', () => {
    const all = verdicts();
    for (let round = 0; round < 2; round++) {
      for (const v of all) assert.equal(verdictJsonPiece(v), jsonPiece(v), JSON.stringify(v.prospect));
    }
    const empty = { ...all[0], criteria: [] };
    assert.equal(verdictJsonPiece(empty), jsonPiece(empty));
  });

  it('text: the weight label follows the language of the moment, not of the first write', () => {
    const [v] = verdicts();
    try {
      useLanguage('en');
      const en = verdictAsText(v);
      assert.match(en, /\[weight 3\]/);
      useLanguage('de');
      const de = verdictAsText(v);
      assert.doesNotMatch(de, /\[weight 3\]/);
      assert.match(de, /\[Gewicht 3\]/);
      useLanguage('en');
      assert.equal(verdictAsText(v), en);
    } finally {
      useLanguage('en');
    }
  });

  it('Markdown: the shared report, files linked by their relative path in angle brackets', () => {
    const v = evaluateCompiled(compileProfile(wunschkunde()), acme());
    const md = verdictsAsMarkdown([
      { file: 'broken.prospect.yaml', error: 'broken.prospect.yaml:2:1: error: <b>bad</b>' },
      { file: 'prospects/acme (old).prospect.yaml', verdict: v },
    ]);
    assert.equal(md, [
      '# Ideal Client — prospects',
      '',
      '2 prospects — fit: 0, borderline: 0, undetermined: 0, no fit: 1, not evaluated: 1',
      '',
      '| Prospect | Verdict | Score | Known | Dealbreaker | Ask next | Refer to |',
      '|---|---|---|---|---|---|---|',
      '| [ACME GmbH](<prospects/acme (old).prospect.yaml>) | ✘ no fit | 29% | 88% | takes-advice | Haben wir das Ziel der Zusammenarbeit konkret geklärt? | Anna Schmidt |',
      '| [broken.prospect.yaml](<broken.prospect.yaml>) | not evaluated |  |  |  |  |  |',
      '',
      '## ACME GmbH — no fit',
      '',
      '[prospects/acme (old).prospect.yaml](<prospects/acme (old).prospect.yaml>) · profile: Wunschkunde Beratung',
      '',
      '- ✗ **working-style**: nicht erfüllt: detail-planner, gewünscht: eins von intuitive, structured — Wir arbeiten beide mit Blick fürs große Ganze.',
      '- ✗ **response-time**: nicht erfüllt: 2h, gewünscht: mindestens 1d',
      '- ✓ **budget**: erfüllt: 8000 EUR, gewünscht: mindestens 5000 EUR',
      '- ✗ **takes-advice**: nicht erfüllt (Ausschlusskriterium): wants-to-be-right, gewünscht: keins von wants-to-be-right — Wer nicht auf meine Expertise hören will, ist am Ende frustriert — und ich auch.',
      '- ? **goal**: unbekannt: noch kein Wert, gewünscht: ja',
      '',
      '**Ask next**',
      '',
      '1. Haben wir das Ziel der Zusammenarbeit konkret geklärt?',
      '',
      '**Refer to**',
      '',
      '- Anna Schmidt \\<anna@example.org\\> — Liebt minutiöse Projektplanung.',
      '',
      '## broken.prospect.yaml — not evaluated',
      '',
      '[broken.prospect.yaml](<broken.prospect.yaml>)',
      '',
      'broken.prospect.yaml:2:1: error: \\<b\\>bad\\</b\\>',
      '',
    ].join('\n'));
  });
});
