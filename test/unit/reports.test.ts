// The CLI's JSON and text reuse the words of criterion results that the engine shares between
// prospects (report/jsonReport.ts, report/textReport.ts). What they write must not change for it:
// JSON byte for byte as JSON.stringify, text in the language of the moment.
import { strict as assert } from 'node:assert';
import { compileProfile, evaluateCompiled } from '../../server/src/engine';
import { jsonPiece, verdictJsonPiece } from '../../server/src/report/jsonReport';
import { verdictAsText } from '../../server/src/report/textReport';
import { useLanguage } from '../../server/src/cli/language';
import type { Verdict } from '../../shared/src/types';
import { prospect, wunschkunde } from './engine/fixtures';

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
});
