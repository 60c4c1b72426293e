// What a consultant reads on a fact line and in the headline: values in the words of each language,
// labels instead of ids, the worst outcome of a fact first (never ✓ beside an unmet dealbreaker),
// and a headline that says why before the numbers.
import { strict as assert } from 'node:assert';
import * as l10n from '@vscode/l10n';
import { formatDay, formatDuration, formatMoney, formatPercent, formatYesNo, NBSP, NNBSP } from '../../shared/src/format/valueWords';
import { dayNumber } from '../../server/src/engine/date';
import { evaluate } from '../../server/src/engine';
import { buildProfile } from '../../server/src/model/profileModel';
import { buildProspect } from '../../server/src/model/prospectModel';
import { parseText } from '../../server/src/parser/parsedDocument';
import { getInlayHints, INLAY_MAX } from '../../server/src/features/inlayHints';
import { verdictAsText } from '../../server/src/report/textReport';
import { verdictHeadline } from '../../shared/src/report/verdictWords';
import { outcomeRank, worstFirst } from '../../shared/src/report/outcomeMarks';
import type { Profile, Verdict } from '../../shared/src/types';
import * as fs from 'node:fs';
import * as path from 'node:path';

const GERMAN = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
/** The German UI's words, as the server's l10n.t would give them with the German bundle. */
const de = (message: string, ...args: (string | number | boolean)[]): string =>
  (GERMAN[message] ?? `MISSING ${message}`).replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const en = (message: string, ...args: (string | number | boolean)[]): string => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

function profileOf(language: 'en' | 'de'): Profile {
  const labels = language === 'de'
    ? { signals: 'Signale', wrong: 'will immer Recht haben', always: 'erwartet Antworten zu jeder Stunde', open: 'offen für Rat', advice: 'Nimmt Rat an', hours: 'Keine Bereitschaft rund um die Uhr' }
    : { signals: 'Signals', wrong: 'wants to be right', always: 'expects answers at any hour', open: 'open to advice', advice: 'Takes advice', hours: 'No round-the-clock duty' };
  const text = `profile: P
language: ${language}
facts:
  signals:
    label: ${labels.signals}
    type: tags
    options:
      - { value: wants-to-be-right, label: ${labels.wrong} }
      - { value: always-on, label: ${labels.always} }
      - { value: open-to-advice, label: ${labels.open} }
  budget: { label: Budget, type: money, currency: EUR }
  responseTime: { type: duration }
  goalAgreed: { label: Goal, type: yesno }
  start: { label: Start, type: date }
criteria:
  - id: takes-advice
    label: ${labels.advice}
    fact: signals
    excludes: [wants-to-be-right]
    dealbreaker: true
  - id: office-hours
    label: ${labels.hours}
    fact: signals
    excludes: [always-on]
    dealbreaker: true
    why: Late answers ruin the evening.
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 2
  - id: response-time
    fact: responseTime
    atLeast: 1d
    weight: 2
  - id: goal
    fact: goalAgreed
    is: true
  - id: start
    fact: start
    atLeast: 2027-01-11
`;
  return buildProfile(parseText('file:///w/p.profile.yaml', 1, text).value)!;
}

const NACHTFALTER = `prospect: Nachtfalter
facts:
  signals: [always-on, open-to-advice]
  budget: 15000
  responseTime: 30m
  goalAgreed: true
  start: 2027-02-01
`;

function judged(language: 'en' | 'de', prospectText = NACHTFALTER): { verdict: Verdict; parsed: ReturnType<typeof parseText> } {
  const parsed = parseText('file:///w/x.prospect.yaml', 1, prospectText);
  return { verdict: evaluate(profileOf(language), buildProspect(parsed)!), parsed };
}

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

describe('values in the words of each language', function () {
  it('money: 5.000 € in German, €5,000 in English; other currencies by their code', function () {
    assert.equal(formatMoney(5000, 'EUR', 'de'), `5.000${NBSP}€`);
    assert.equal(formatMoney(5000, 'EUR', 'en'), '€5,000');
    assert.equal(formatMoney(1234.5, 'USD', 'en'), '$1,234.50');
    assert.equal(formatMoney(5000, 'CHF', 'de'), `5.000${NBSP}CHF`);
    assert.equal(formatMoney(5000, 'CHF', 'en'), `5,000${NBSP}CHF`);
    assert.equal(formatMoney(800, undefined, 'de'), '800');
  });

  it('durations: 1 Tag / 2 Tage / 4 Std. / 30 Min. and 1 day / 2 days / 4 h / 30 min, never 1d', function () {
    assert.equal(formatDuration(1440, 'de'), `1${NBSP}Tag`);
    assert.equal(formatDuration(2880, 'de'), `2${NBSP}Tage`);
    assert.equal(formatDuration(240, 'de'), `4${NBSP}Std.`);
    assert.equal(formatDuration(30, 'de'), `30${NBSP}Min.`);
    assert.equal(formatDuration(2 * 10080, 'de'), `2${NBSP}Wochen`);
    assert.equal(formatDuration(90, 'de'), `1${NBSP}Std. 30${NBSP}Min.`);
    assert.equal(formatDuration(1440, 'en'), `1${NBSP}day`);
    assert.equal(formatDuration(2880, 'en'), `2${NBSP}days`);
    assert.equal(formatDuration(240, 'en'), `4${NBSP}h`);
    assert.equal(formatDuration(10080, 'en'), `1${NBSP}week`);
  });

  it('dates: 1.2.2027 in German, Feb 1, 2027 in English', function () {
    assert.equal(formatDay(dayNumber(2027, 2, 1), 'de'), '1.2.2027');
    assert.equal(formatDay(dayNumber(2027, 2, 1), 'en'), 'Feb 1, 2027');
  });

  it('yes/no and percentages: ja / nein, 92 % with a narrow no-break space; yes / no, 92%', function () {
    assert.deepEqual([formatYesNo(true, 'de'), formatYesNo(false, 'de'), formatYesNo(true, 'en'), formatYesNo(false, 'en')], ['ja', 'nein', 'yes', 'no']);
    assert.equal(formatPercent(92, 'de'), `92${NNBSP}%`);
    assert.equal(formatPercent(92, 'en'), '92%');
  });
});

describe('reasons on labels and formatted values', function () {
  it('German: labels not ids, a met excludes names what it kept out, the why marked as yours, no word twice', function () {
    const { verdict } = judged('de');
    const reason = (id: string): string => verdict.criteria.find((c) => c.id === id)!.reason;
    assert.equal(reason('office-hours'), 'Keine Bereitschaft rund um die Uhr (Ausschlusskriterium): „erwartet Antworten zu jeder Stunde“ ist ausgeschlossen — Ihr Grund: Late answers ruin the evening.');
    assert.equal(reason('takes-advice'), 'Nimmt Rat an (Ausschlusskriterium): ohne „will immer Recht haben“');
    assert.equal(reason('budget'), `Budget: 15.000${NBSP}€ (gewünscht: mindestens 5.000${NBSP}€)`);
    assert.equal(reason('response-time'), `Response time: 30${NBSP}Min., gewünscht: mindestens 1${NBSP}Tag`);
    assert.equal(reason('goal'), 'Goal: ja');
    assert.equal(reason('start'), 'Start: 1.2.2027 (gewünscht: mindestens 11.1.2027)');
    for (const c of verdict.criteria) {
      assert.doesNotMatch(c.reason, /always-on|wants-to-be-right|\b1d\b|\byes\b|EUR/, c.reason);
      assert.equal((c.reason.match(/Ausschlusskriterium/g) ?? []).length <= 1, true, c.reason);
    }
  });

  it('English: the same in English words', function () {
    const { verdict } = judged('en');
    const reason = (id: string): string => verdict.criteria.find((c) => c.id === id)!.reason;
    assert.equal(reason('office-hours'), 'No round-the-clock duty (dealbreaker): “expects answers at any hour” is ruled out — your reason: Late answers ruin the evening.');
    assert.equal(reason('takes-advice'), 'Takes advice (dealbreaker): without “wants to be right”');
    assert.equal(reason('budget'), 'Budget: €15,000 (wanted: at least €5,000)');
    assert.equal(reason('response-time'), `Response time: 30${NBSP}min, wanted: at least 1${NBSP}day`);
    assert.equal(reason('start'), 'Start: Feb 1, 2027 (wanted: at least Jan 11, 2027)');
  });

  it('an unknown fact says what is wanted', function () {
    const { verdict } = judged('de', 'prospect: X\nfacts:\n  signals: []\n');
    assert.equal(verdict.criteria.find((c) => c.id === 'goal')!.reason, 'Goal: ungeklärt, gewünscht: ja');
    assert.equal(verdict.criteria.find((c) => c.id === 'goal')!.brief, 'gewünscht: ja');
  });
});

describe('the worst outcome of a fact line', function () {
  it('ranks an unmet dealbreaker before any other unmet, unknown and met', function () {
    const ranked = worstFirst([
      { outcome: 'met' as const }, { outcome: 'unknown' as const }, { outcome: 'unmet' as const }, { outcome: 'unmet' as const, dealbreaker: true as const },
    ]);
    assert.deepEqual(ranked.map(outcomeRank), [0, 1, 2, 3]);
  });

  it('Nachtfalter: signals [always-on, open-to-advice] with a failing dealbreaker is never ✓ on its line', function () {
    for (const language of ['de', 'en'] as const) {
      const { verdict, parsed } = judged(language);
      const hints = getInlayHints(parsed, WHOLE, verdict);
      const line = NACHTFALTER.split('\n').findIndex((l) => l.startsWith('  signals:'));
      const onSignals = hints.filter((h) => h.position.line === line);
      assert.equal(onSignals.length, 1);
      const label = String(onSignals[0].label);
      assert.match(label, /^✗ /, label);
      assert.doesNotMatch(label, /✓/, label);
      // "+1" for the other criterion on the fact, where the target leaves room for it.
      if (language === 'en') assert.ok(label.endsWith(' +1'), label);
      assert.ok(label.length <= INLAY_MAX, `${label.length} > ${INLAY_MAX}: ${label}`);
      // The target, not the value the line already shows.
      assert.match(label, language === 'de' ? /ohne „erwartet Antworten zu jeder Stunde“/ : /without “expects answers at any hour”/);
      const tooltip = (onSignals[0].tooltip as { value: string }).value;
      const [first, second] = tooltip.split('\n\n');
      assert.match(first, /^✗ /);
      assert.match(second, /^✓ /);
      assert.match(second, language === 'de' ? /Nimmt Rat an/ : /Takes advice/);
    }
  });

  it('every inlay hint fits VS Code\'s 43 characters and names the target', function () {
    const { verdict, parsed } = judged('de');
    const labels = getInlayHints(parsed, WHOLE, verdict).map((h) => String(h.label));
    for (const l of labels) assert.ok(l.length <= INLAY_MAX, l);
    assert.ok(labels.includes(`✓ mindestens 5.000${NBSP}€`), labels.join('\n'));
    assert.ok(labels.includes(`✗ gewünscht: mindestens 1${NBSP}Tag`), labels.join('\n'));
    assert.ok(labels.includes('✓ erfüllt'), labels.join('\n'));
  });

  it('the CLI prints the worst criterion on the fact\'s line and the others indented below', function () {
    l10n.config({ contents: {} });
    const { verdict } = judged('en');
    const lines = verdictAsText(verdict).split('\n');
    const i = lines.findIndex((l, n) => n > 0 && l.includes('No round-the-clock duty'));
    assert.match(lines[i], /^ {2}✗ /);
    assert.match(lines[i + 1], /^ {6}✓ Takes advice/);
  });
});

describe('the headline says why before the numbers', function () {
  it('no fit: the unmet dealbreaker\'s label and value, then match and known', function () {
    const { verdict } = judged('de');
    assert.equal(verdictHeadline(verdict, de), `✘ passt nicht — Keine Bereitschaft rund um die Uhr: „erwartet Antworten zu jeder Stunde“ (Ausschlusskriterium) · Passung 67${NNBSP}% · 100${NNBSP}% geklärt`);
    const english = judged('en').verdict;
    assert.equal(verdictHeadline(english, en), '✘ no fit — No round-the-clock duty: “expects answers at any hour” (dealbreaker) · 67% match · 100% known');
  });

  it('open: what is still open, never "open · 100%" alone', function () {
    const { verdict } = judged('de', 'prospect: X\nfacts:\n  budget: 9000\n  responseTime: 2d\n  goalAgreed: ja\n  start: 2027-03-01\n');
    assert.equal(verdict.verdict, 'undetermined');
    assert.equal(verdictHeadline(verdict, de), `? noch offen — ungeklärt: Nimmt Rat an, Keine Bereitschaft rund um die Uhr (Ausschlusskriterien) · Passung 100${NNBSP}% · 100${NNBSP}% geklärt`);
    const little = judged('en', 'prospect: X\nfacts:\n  goalAgreed: true\n').verdict;
    assert.equal(verdictHeadline(little, en), '? open — only 17% known, 50% needed · 100% match · 17% known');
  });
});
