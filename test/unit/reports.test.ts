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

  it('text: the fixed words follow the language of the moment, not of the first write', () => {
    const [v] = verdicts();
    try {
      useLanguage('en');
      const en = verdictAsText(v);
      assert.match(en, /% match · \d+% known/);
      useLanguage('de');
      const de = verdictAsText(v);
      assert.doesNotMatch(de, /match|known/);
      assert.match(de, /Passung \d+\u202f% · \d+\u202f% geklärt/);
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
      '2 prospects — fit: 0, borderline: 0, open: 0, no fit: 1, not evaluated: 1',
      '',
      '| Prospect | Verdict | Why | Match | Known | Ask next | Better suited |',
      '|---|---|---|---|---|---|---|',
      '| [ACME GmbH](<prospects/acme (old).prospect.yaml>) | ✘ no fit | Signals: „wants-to-be-right“ (dealbreaker) | 29% | 88% | Haben wir das Ziel der Zusammenarbeit konkret geklärt? | Anna Schmidt |',
      '| [broken.prospect.yaml](<broken.prospect.yaml>) | not evaluated |  |  |  |  |  |',
      '',
      '## ACME GmbH — no fit — Signals: „wants-to-be-right“ (dealbreaker)',
      '',
      '[prospects/acme (old).prospect.yaml](<prospects/acme (old).prospect.yaml>) · profile: Wunschkunde Beratung · 29% match · 88% known',
      '',
      // Markdown text is one line; the no-break spaces of the engine's words ("2 Std.", "8.000 €") stay.
      '- ✗ Arbeitsweise: „detail-planner“, gewünscht: „intuitive“ oder „structured“ — Ihr Grund: Wir arbeiten beide mit Blick fürs große Ganze.',
      '- ✗ Expected response time: 2\u00a0Std., gewünscht: mindestens 1\u00a0Tag',
      '- ✓ Budget: 8.000\u00a0€ (gewünscht: mindestens 5.000\u00a0€)',
      '- ✗ Signals (Ausschlusskriterium): „wants-to-be-right“ ist ausgeschlossen — Ihr Grund: Wer nicht auf meine Expertise hören will, ist am Ende frustriert — und ich auch.',
      '- ? Goal agreed: ungeklärt, gewünscht: ja',
      '',
      '**Ask next**',
      '',
      '1. Haben wir das Ziel der Zusammenarbeit konkret geklärt?',
      '',
      '**Better suited**',
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
