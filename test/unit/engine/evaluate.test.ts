// evaluate() by docs/reference.md, “How the verdict is computed”: the example verdict, every
// verdict rule in its order and at its thresholds, unknowns, ask ordering, referrals, note hints
// with file positions, and German words.
import { strict as assert } from 'node:assert';
import { evaluate } from '../../../server/src/engine';
import type { Outcome, Profile, Thresholds, Verdict } from '../../../shared/src/types';
import { ACME_FILE, acme, crit, fact, positionOf, profile, prospect, wunschkunde } from './fixtures';

/**
 * A profile of yes/no facts, one per criterion (`is: true`), and a prospect that makes each
 * criterion come out as asked: met → true, unmet → false, unknown → no value.
 */
function scenario(weighted: [number, Outcome][], dealbreakers: Outcome[] = [], verdict: Partial<Thresholds> = {}): Verdict {
  const facts = [
    ...weighted.map((_, i) => fact(`w${i}`, 'yesno')),
    ...dealbreakers.map((_, i) => fact(`d${i}`, 'yesno')),
  ];
  const criteria = [
    ...weighted.map(([weight], i) => crit(`w${i}`, `w${i}`, 'is', true, { weight })),
    ...dealbreakers.map((_, i) => crit(`d${i}`, `d${i}`, 'is', true, { dealbreaker: true })),
  ];
  const values: Record<string, unknown> = {};
  const set = (name: string, o: Outcome): void => { if (o !== 'unknown') values[name] = o === 'met'; };
  weighted.forEach(([, o], i) => set(`w${i}`, o));
  dealbreakers.forEach((o, i) => set(`d${i}`, o));
  return evaluate(profile({ facts, criteria, verdict }), prospect(values));
}

function brief(v: Verdict): [string, number | null, number] {
  return [v.verdict, v.score, v.known];
}

describe('engine evaluate', () => {
  describe('the worked example of the reference (ACME GmbH)', () => {
    const v = evaluate(wunschkunde(), acme());

    it('is exactly the verdict the reference shows', () => {
      assert.deepEqual(v, {
        prospect: 'ACME GmbH',
        profile: 'Wunschkunde Beratung',
        status: 'prospect',
        verdict: 'no-fit',
        score: 29,
        known: 88,
        criteria: [
          {
            id: 'working-style', fact: 'workingStyle', outcome: 'unmet', weight: 3, value: 'detail-planner',
            expected: 'one of intuitive, structured', why: 'Wir arbeiten beide mit Blick fürs große Ganze.',
            label: 'Arbeitsweise', target: '„intuitive“ oder „structured“', shown: '„detail-planner“',
            reason: 'Arbeitsweise: „detail-planner“, gewünscht: „intuitive“ oder „structured“ — Ihr Grund: Wir arbeiten beide mit Blick fürs große Ganze.',
            brief: 'gewünscht: „intuitive“ oder „structured“',
          },
          {
            id: 'response-time', fact: 'expectedResponseTime', outcome: 'unmet', weight: 2, value: '2h',
            expected: 'at least 1d', label: 'Expected response time', target: 'mindestens 1\u00a0Tag', shown: '2\u00a0Std.',
            reason: 'Expected response time: 2\u00a0Std., gewünscht: mindestens 1\u00a0Tag', brief: 'gewünscht: mindestens 1\u00a0Tag',
          },
          {
            id: 'budget', fact: 'budget', outcome: 'met', weight: 2, value: '8000 EUR',
            expected: 'at least 5000 EUR', label: 'Budget', target: 'mindestens 5.000\u00a0€', shown: '8.000\u00a0€',
            reason: 'Budget: 8.000\u00a0€ (gewünscht: mindestens 5.000\u00a0€)', brief: 'mindestens 5.000\u00a0€',
          },
          {
            id: 'takes-advice', fact: 'signals', outcome: 'unmet', dealbreaker: true, value: ['wants-to-be-right'],
            expected: 'none of wants-to-be-right',
            why: 'Wer nicht auf meine Expertise hören will, ist am Ende frustriert — und ich auch.',
            label: 'Signals', target: 'ohne „wants-to-be-right“', shown: '„wants-to-be-right“',
            reason: 'Signals (Ausschlusskriterium): „wants-to-be-right“ ist ausgeschlossen — Ihr Grund: Wer nicht auf meine Expertise hören will, ist am Ende frustriert — und ich auch.',
            brief: 'ohne „wants-to-be-right“',
          },
          {
            id: 'goal', fact: 'goalAgreed', outcome: 'unknown', weight: 1,
            expected: 'yes', label: 'Goal agreed', target: 'ja', reason: 'Goal agreed: ungeklärt, gewünscht: ja', brief: 'gewünscht: ja',
          },
        ],
        dealbreakers: ['takes-advice'],
        ask: [{ fact: 'goalAgreed', question: 'Haben wir das Ziel der Zusammenarbeit konkret geklärt?' }],
        referrals: [{ name: 'Anna Schmidt', contact: 'anna@example.org', note: 'Liebt minutiöse Projektplanung.' }],
        hints: [],
        cautions: [],
        selfCheck: [],
        because: { kind: 'dealbreaker', items: [{ label: 'Signals', value: '„wants-to-be-right“' }] },
      });
    });

    it('has criteria[0] with exactly the fields the reference shows, plus the words for people', () => {
      const { reason, label, target, shown: inWords, brief, ...shown } = v.criteria[0];
      assert.deepEqual([label, target, inWords, brief].map((x) => typeof x), ['string', 'string', 'string', 'string']);
      assert.deepEqual(shown, {
        id: 'working-style', fact: 'workingStyle', outcome: 'unmet', weight: 3,
        value: 'detail-planner', expected: 'one of intuitive, structured',
        why: 'Wir arbeiten beide mit Blick fürs große Ganze.',
      });
      assert.equal(typeof reason, 'string');
    });

    it('is plain JSON: it survives a round trip unchanged, with no undefined inside', () => {
      const json = JSON.stringify(v);
      assert.deepEqual(JSON.parse(json), v);
      for (const c of v.criteria) for (const [k, x] of Object.entries(c)) assert.notEqual(x, undefined, k);
      for (const r of v.referrals) for (const [k, x] of Object.entries(r)) assert.notEqual(x, undefined, k);
    });

    it('has no hints: the phrases in the notes belong to facts that have values', () => {
      assert.deepEqual(v.hints, []);
    });
  });

  describe('verdict rules, first that applies', () => {
    const cases: [string, () => Verdict, [string, number | null, number]][] = [
      ['1: an unmet dealbreaker is no-fit, even with a perfect score', () => scenario([[1, 'met'], [2, 'met']], ['unmet']), ['no-fit', 100, 100]],
      ['1 before 2: an unmet dealbreaker is no-fit even when little is known', () => scenario([[1, 'unknown'], [2, 'unknown']], ['unmet', 'unknown']), ['no-fit', null, 0]],
      ['2: known below minKnown is undetermined', () => scenario([[1, 'met'], [3, 'unknown']], ['met']), ['undetermined', 100, 25]],
      ['2: known exactly at minKnown is not undetermined', () => scenario([[1, 'met'], [1, 'unknown']], ['met']), ['fit', 100, 50]],
      ['2: known one below minKnown', () => scenario([[49, 'met'], [51, 'unknown']]), ['undetermined', 100, 49]],
      ['3: score at or above fit, dealbreakers known → fit', () => scenario([[3, 'met'], [1, 'unmet']], ['met']), ['fit', 75, 100]],
      ['3: score exactly at fit → fit', () => scenario([[7, 'met'], [3, 'unmet']]), ['fit', 70, 100]],
      ['3: a high score with an unknown dealbreaker → undetermined', () => scenario([[1, 'met']], ['met', 'unknown']), ['undetermined', 100, 100]],
      ['3: W = 0 (only dealbreakers), all met → known 100, score null → fit', () => scenario([], ['met', 'met']), ['fit', null, 100]],
      ['3: W = 0, a dealbreaker unknown → undetermined', () => scenario([], ['met', 'unknown']), ['undetermined', null, 100]],
      ['3: no criteria at all → fit', () => scenario([]), ['fit', null, 100]],
      ['3: K = 0 with minKnown 0 → score null → fit', () => scenario([[1, 'unknown']], [], { minKnown: 0 }), ['fit', null, 0]],
      ['4: score one below fit → borderline', () => scenario([[69, 'met'], [31, 'unmet']]), ['borderline', 69, 100]],
      ['4: score exactly at borderline → borderline', () => scenario([[1, 'met'], [1, 'unmet']]), ['borderline', 50, 100]],
      ['4: borderline even with an unknown dealbreaker', () => scenario([[1, 'met'], [1, 'unmet']], ['unknown']), ['borderline', 50, 100]],
      ['5: score one below borderline → no-fit', () => scenario([[49, 'met'], [51, 'unmet']]), ['no-fit', 49, 100]],
      ['5: nothing met → no-fit', () => scenario([[1, 'unmet']], ['met']), ['no-fit', 0, 100]],
      ['the profile\'s thresholds count: 75 is borderline at fit 80', () => scenario([[3, 'met'], [1, 'unmet']], [], { fit: 80, borderline: 60 }), ['borderline', 75, 100]],
      ['the profile\'s thresholds count: 50 is no-fit at borderline 60', () => scenario([[1, 'met'], [1, 'unmet']], [], { fit: 80, borderline: 60 }), ['no-fit', 50, 100]],
      ['rounding decides: 69.5 rounds up to 70 and fits', () => scenario([[139, 'met'], [61, 'unmet']]), ['fit', 70, 100]],
      ['rounding decides: known 49.5 rounds up to 50', () => scenario([[99, 'met'], [101, 'unknown']]), ['fit', 100, 50]],
    ];
    for (const [name, run, expected] of cases) it(name, () => assert.deepEqual(brief(run()), expected));

    it('lists the unmet dealbreakers by id, in profile order', () => {
      const v = scenario([[1, 'met']], ['unmet', 'met', 'unmet']);
      assert.deepEqual(v.dealbreakers, ['d0', 'd2']);
    });
  });

  describe('criteria entries', () => {
    it('has one entry per criterion, dealbreakers included, in profile order, with weight or dealbreaker', () => {
      const v = scenario([[2, 'met'], [1, 'unknown']], ['met']);
      assert.deepEqual(v.criteria.map((c) => [c.id, c.outcome, c.weight, c.dealbreaker]), [
        ['w0', 'met', 2, undefined], ['w1', 'unknown', 1, undefined], ['d0', 'met', undefined, true],
      ]);
      assert.ok(!('weight' in v.criteria[2]));
      assert.ok(!('dealbreaker' in v.criteria[0]));
      assert.ok(!('value' in v.criteria[1]));
      assert.ok(!('why' in v.criteria[0]));
    });

    it('counts an empty tag list as known', () => {
      const p = wunschkunde();
      const v = evaluate(p, prospect({ workingStyle: 'structured', expectedResponseTime: '4h', budget: '5000 EUR', signals: [], goalAgreed: false }));
      assert.deepEqual(brief(v), ['borderline', 63, 100]);
      assert.equal(v.criteria[3].outcome, 'met');
      assert.deepEqual(v.criteria[3].value, []);
      assert.equal(v.criteria[3].reason, 'Signals (Ausschlusskriterium): ohne „wants-to-be-right“');
    });

    it('counts null, a missing key and an empty string as unknown', () => {
      const v = evaluate(wunschkunde(), prospect({ workingStyle: 'intuitive', expectedResponseTime: '', budget: null }));
      assert.deepEqual(v.criteria.map((c) => c.outcome), ['met', 'unknown', 'unknown', 'unknown', 'unknown']);
      assert.deepEqual(brief(v), ['undetermined', 100, 38]);
    });

    it('counts a value that cannot be read as unknown, with the reason why, and asks again', () => {
      const v = evaluate(wunschkunde(), prospect({
        workingStyle: 'chaotisch', expectedResponseTime: 'bald', budget: '8000 USD', signals: ['open-to-advice'], goalAgreed: true,
      }));
      assert.deepEqual(v.criteria.map((c) => c.outcome), ['unknown', 'unknown', 'unknown', 'met', 'met']);
      assert.equal(v.criteria[2].reason, 'Budget: ungeklärt: „8000 USD“ ist in USD, aber budget wird in EUR gerechnet');
      assert.ok(!('value' in v.criteria[2]));
      assert.deepEqual(v.ask.map((q) => q.fact), ['workingStyle', 'expectedResponseTime', 'budget']);
      assert.deepEqual(brief(v), ['undetermined', 100, 13]);
    });

    it('counts a criterion the engine cannot check as unknown, without asking the prospect', () => {
      const p = profile({
        facts: [fact('a', 'yesno'), fact('tags', 'tags', { options: ['x'] })],
        criteria: [
          crit('ok', 'a', 'is', true, { weight: 1 }),
          crit('typo', 'b', 'is', true, { weight: 1 }),
          crit('wrong-matcher', 'tags', 'is', 'x', { weight: 1 }),
        ],
      });
      const v = evaluate(p, prospect({ a: true, tags: ['x'] }));
      assert.deepEqual(v.criteria.map((c) => c.outcome), ['met', 'unknown', 'unknown']);
      assert.equal(v.criteria[1].reason, 'B: cannot be checked: the profile has no fact named b');
      assert.equal(v.criteria[2].reason, 'Tags: cannot be checked: is does not fit a tags fact: use includes, includesAny or excludes');
      assert.deepEqual(v.ask, []);
      assert.deepEqual(brief(v), ['undetermined', 100, 33]);
    });

    it('counts amounts in two currencies as unknown (a fact without currency; never converted)', () => {
      const p = profile({ facts: [fact('budget', 'money')], criteria: [crit('b', 'budget', 'atLeast', '5000 EUR')] });
      const v = evaluate(p, prospect({ budget: '8000 USD' }));
      assert.equal(v.criteria[0].outcome, 'unknown');
      assert.match(v.criteria[0].reason, /different currencies/);
    });

    it('writes reasons in English for an English profile', () => {
      const p = profile({
        facts: [fact('responseTime', 'duration'), fact('budget', 'money', { currency: 'USD' }), fact('goal', 'yesno')],
        criteria: [
          crit('rt', 'responseTime', 'atLeast', '1d', { weight: 2, why: 'I answer within a working day.' }),
          crit('budget', 'budget', 'atLeast', '10000 USD', { dealbreaker: true }),
          crit('goal', 'goal', 'is', true),
        ],
      });
      const v = evaluate(p, prospect({ responseTime: '2h', budget: '$25,000' }));
      assert.deepEqual(v.criteria.map((c) => c.reason), [
        'Response time: 2\u00a0h, wanted: at least 1\u00a0day — your reason: I answer within a working day.',
        'Budget (dealbreaker): $25,000 (wanted: at least $10,000)',
        'Goal: unknown, wanted: yes',
      ]);
    });

    it('keeps a date value JSON-safe (a YAML 1.1 Date becomes its ISO day)', () => {
      const p = profile({ facts: [fact('start', 'date')], criteria: [crit('s', 'start', 'atLeast', '2027-01-11')] });
      const v = evaluate(p, prospect({ start: new Date('2027-02-01T00:00:00Z') }));
      assert.equal(v.criteria[0].value, '2027-02-01');
      assert.equal(v.criteria[0].outcome, 'met');
    });
  });

  describe('ask', () => {
    const p = profile({
      facts: [
        fact('a', 'yesno', { question: 'A?' }),
        fact('b', 'yesno', { question: 'B?' }),
        fact('c', 'yesno', { question: 'C?' }),
        fact('d', 'yesno', { question: 'D?' }),
        fact('e', 'yesno', { question: 'E?' }),
        fact('known', 'yesno', { question: 'K?' }),
      ],
      criteria: [
        crit('a', 'a', 'is', true, { weight: 1 }),
        crit('b', 'b', 'is', true, { weight: 3 }),
        crit('c', 'c', 'is', true, { dealbreaker: true }),
        crit('d', 'd', 'is', true, { weight: 3 }),
        crit('e-weighted', 'e', 'is', true, { weight: 1 }),
        crit('e-dealbreaker', 'e', 'is', true, { dealbreaker: true }),
        crit('a-again', 'a', 'is', true, { weight: 5 }),
        crit('known', 'known', 'is', true, { weight: 9 }),
      ],
    });

    it('asks once per fact: dealbreakers first, then by weight, then in profile order', () => {
      const v = evaluate(p, prospect({ known: true }));
      assert.deepEqual(v.ask.map((q) => q.fact), ['c', 'e', 'a', 'b', 'd']);
      assert.deepEqual(v.ask[0], { fact: 'c', question: 'C?' });
    });

    it('asks nothing when everything is known', () => {
      assert.deepEqual(evaluate(p, prospect({ a: true, b: true, c: true, d: false, e: 'ja', known: true })).ask, []);
    });

    it('generates questions from the label or the name, in the profile language', () => {
      const facts = [
        fact('expectedResponseTime', 'duration'),
        fact('budget_range', 'money', { currency: 'EUR', label: 'Budget' }),
        fact('goalAgreed', 'yesno'),
        fact('workingStyle', 'choice', { options: ['intuitive', 'structured', 'detail-planner'] }),
        fact('signals', 'tags', { options: ['always-on', 'open-to-advice'] }),
        fact('startDate', 'date'),
        fact('teamHRSize', 'number'),
      ];
      const criteria = [
        crit('rt', 'expectedResponseTime', 'atLeast', '1d', { weight: 7 }),
        crit('b', 'budget_range', 'atLeast', 1000, { weight: 6 }),
        crit('g', 'goalAgreed', 'is', true, { weight: 5 }),
        crit('w', 'workingStyle', 'is', 'intuitive', { weight: 4 }),
        crit('s', 'signals', 'excludes', 'always-on', { weight: 3 }),
        crit('d', 'startDate', 'atLeast', '2027-01-01', { weight: 2 }),
        crit('n', 'teamHRSize', 'atMost', 5, { weight: 1 }),
      ];
      assert.deepEqual(evaluate(profile({ facts, criteria }), prospect({})).ask.map((q) => q.question), [
        "What is the prospect's expected response time?",
        "What is the prospect's Budget (in EUR)?",
        'Is this true for the prospect: goal agreed?',
        "What is the prospect's working style: intuitive, structured or detail-planner?",
        "Which of these apply to the prospect's signals: always-on or open-to-advice?",
        "What is the prospect's start date (a date)?",
        "What is the prospect's team HR size?",
      ]);
      assert.deepEqual(evaluate(profile({ facts, criteria, language: 'de' }), prospect({})).ask.map((q) => q.question), [
        'Wie sieht es beim Interessenten mit „expected response time“ aus?',
        'Wie sieht es beim Interessenten mit „Budget“ aus (in EUR)?',
        'Trifft beim Interessenten „goal agreed“ zu?',
        'Wie sieht es beim Interessenten mit „working style“ aus: intuitive, structured oder detail-planner?',
        'Was davon trifft beim Interessenten zu („signals“): always-on oder open-to-advice?',
        'Welches Datum gilt beim Interessenten für „start date“?',
        'Wie sieht es beim Interessenten mit „team HR size“ aus?',
      ]);
    });
  });

  describe('referrals', () => {
    const p = (): Profile => profile({
      facts: [
        fact('style', 'choice', { options: ['intuitive', 'detail-planner'] }),
        fact('stack', 'tags', { options: ['wordpress', 'php', 'react'] }),
        fact('goal', 'yesno'),
        fact('gate', 'yesno'),
      ],
      criteria: [crit('gate', 'gate', 'is', true, { dealbreaker: true }), crit('goal', 'goal', 'is', true)],
      referrals: [
        { name: 'Anna', contact: 'anna@example.org', when: { style: ['detail-planner'] }, note: 'Plans.' },
        { name: 'Kessler', when: { stack: ['wordpress', 'php'] } },
        { name: 'Both', when: { style: ['detail-planner'], stack: ['react'] } },
        { name: 'Goal', when: { goal: ['false'] } },
        { name: 'Everyone', contact: 'all@example.org' },
        { name: 'Empty when', when: {} },
      ],
    });
    const names = (facts: Record<string, unknown>): string[] => evaluate(p(), prospect({ gate: false, ...facts })).referrals.map((r) => r.name);

    it('suggests, for a no-fit, each referral whose when holds or that has none, in profile order', () => {
      assert.deepEqual(names({ style: 'detail-planner', stack: ['php'], goal: true }), ['Anna', 'Kessler', 'Everyone', 'Empty when']);
      assert.deepEqual(names({ style: 'detail-planner', stack: ['react'], goal: false }), ['Anna', 'Both', 'Goal', 'Everyone', 'Empty when']);
    });

    it('reads a choice by value and tags by sharing one value', () => {
      assert.deepEqual(names({ style: 'intuitive', stack: ['react', 'wordpress'] }), ['Kessler', 'Everyone', 'Empty when']);
      assert.deepEqual(names({ style: 'intuitive', stack: [] }), ['Everyone', 'Empty when']);
    });

    it('does not hold a when on a fact with no value or a value that cannot be read', () => {
      assert.deepEqual(names({}), ['Everyone', 'Empty when']);
      assert.deepEqual(names({ style: 'chaotic', stack: 'php' }), ['Everyone', 'Empty when']);
    });

    it('omits keys that have no value, so the JSON matches the reference', () => {
      const v = evaluate(p(), prospect({ gate: false, style: 'detail-planner', stack: ['php'] }));
      assert.deepEqual(v.referrals.slice(0, 3), [
        { name: 'Anna', contact: 'anna@example.org', note: 'Plans.' },
        { name: 'Kessler' },
        { name: 'Everyone', contact: 'all@example.org' },
      ]);
    });

    it('suggests nothing unless the verdict is no-fit', () => {
      const v = evaluate(p(), prospect({ gate: true, goal: true, style: 'detail-planner' }));
      assert.equal(v.verdict, 'fit');
      assert.deepEqual(v.referrals, []);
      const u = evaluate(p(), prospect({ goal: true, style: 'detail-planner' }));
      assert.equal(u.verdict, 'undetermined');
      assert.deepEqual(u.referrals, []);
    });

    it('suggests for a no-fit by low score too', () => {
      const v = evaluate(p(), prospect({ gate: true, goal: false }));
      assert.equal(v.verdict, 'no-fit');
      assert.deepEqual(v.referrals.map((r) => r.name), ['Goal', 'Everyone', 'Empty when']);
    });
  });

  describe('hints from the notes', () => {
    const hintProfile = (): Profile => {
      const p = wunschkunde();
      p.facts.push(fact('channel', 'choice', { options: [{ value: 'phone', phrases: ['anrufen', 'Telefon'] }, { value: 'mail', phrases: ['E-Mail'] }] }));
      return p;
    };

    it('points at the phrase in a YAML block scalar, by line and character in the file', () => {
      const file = ACME_FILE
        .replace('  signals: [wants-to-be-right]\n', '')
        .replace('  workingStyle: detail-planner\n', '')
        .replace('rund um die Uhr.', 'rund um die Uhr.\n  Sagt: Wir wissen es besser. Bitte anrufen.');
      const notesAt = file.indexOf('|');
      const v = evaluate(hintProfile(), {
        ...acme(),
        facts: { expectedResponseTime: '2h', budget: '8000 EUR' },
        notesSource: { text: file.slice(notesAt), start: positionOf(file, '|') },
      });
      // The ids for the quick fix, the labels (else the name in words, the value) for the reader.
      assert.deepEqual(v.hints, [
        { fact: 'workingStyle', value: 'detail-planner', factLabel: 'Arbeitsweise', valueLabel: 'detail-planner', phrase: 'jedes Detail', ...positionOf(file, 'jedes Detail') },
        { fact: 'signals', value: 'wants-to-be-right', factLabel: 'Signals', valueLabel: 'wants-to-be-right', phrase: 'wir wissen es besser', ...positionOf(file, 'Wir wissen es besser') },
        { fact: 'signals', value: 'always-on', factLabel: 'Signals', valueLabel: 'always-on', phrase: 'rund um die Uhr', ...positionOf(file, 'rund um die Uhr') },
        { fact: 'channel', value: 'phone', factLabel: 'Channel', valueLabel: 'phone', phrase: 'anrufen', ...positionOf(file, 'anrufen') },
      ]);
      assert.deepEqual(positionOf(file, 'jedes Detail'), { line: 8, character: 26 });
    });

    it('finds a phrase that the notes wrap across two lines, at its first word', () => {
      const file = 'prospect: X\nnotes: >\n  erwartet Antworten rund um\n  die Uhr\n';
      const v = evaluate(wunschkunde(), prospect({}, { notesSource: { text: file.slice(file.indexOf('>')), start: { line: 1, character: 7 } } }));
      assert.deepEqual(v.hints, [{ fact: 'signals', value: 'always-on', factLabel: 'Signals', valueLabel: 'always-on', phrase: 'rund um die Uhr', line: 2, character: 21 }]);
    });

    it('adds the start character only on the first line (a plain scalar on the key line)', () => {
      const file = 'prospect: X\nnotes: sagt jedes Detail\n  und 24/7\n';
      const v = evaluate(wunschkunde(), prospect({}, { notesSource: { text: 'sagt jedes Detail\n  und 24/7', start: { line: 1, character: 7 } } }));
      assert.deepEqual(v.hints.map((h) => [h.value, h.line, h.character]), [
        ['detail-planner', ...Object.values(positionOf(file, 'jedes Detail'))],
        ['always-on', ...Object.values(positionOf(file, '24/7'))],
      ]);
      assert.deepEqual(v.hints.map((h) => [h.line, h.character]), [[1, 12], [2, 6]]);
    });

    it('points into a Markdown body after the front matter', () => {
      const file = [
        '---', 'prospect: Lindner & Söhne', 'facts:', '  workingStyle: intuitive', '  expectedResponseTime: ""', '---', '',
        'Kurzes Telefonat.', 'Sein Team sei „jederzeit erreichbar" – das erwarte er auch von mir.', '',
      ].join('\n');
      const bodyAt = file.indexOf('---', 3) + 4;
      const v = evaluate(wunschkunde(), prospect({ workingStyle: 'intuitive', expectedResponseTime: '' }, {
        notes: file.slice(bodyAt), notesSource: { text: file.slice(bodyAt), start: { line: 6, character: 0 } },
      }));
      assert.deepEqual(v.hints, [{ fact: 'signals', value: 'always-on', factLabel: 'Signals', valueLabel: 'always-on', phrase: 'jederzeit erreichbar', line: 8, character: 15 }]);
      assert.deepEqual(positionOf(file, 'jederzeit erreichbar'), { line: 8, character: 15 });
    });

    it('counts \\r\\n as one line break', () => {
      const text = 'Zeile eins\r\nrund um die Uhr\r\n';
      const v = evaluate(wunschkunde(), prospect({}, { notesSource: { text, start: { line: 4, character: 2 } } }));
      assert.deepEqual(v.hints.map((h) => [h.line, h.character]), [[5, 0]]);
    });

    it('searches the parsed notes from 0:0 when there is no source', () => {
      const v = evaluate(wunschkunde(), prospect({}, { notes: 'Line one.\nThey said: 24/7, and jederzeit erreichbar.' }));
      assert.deepEqual(v.hints, [{ fact: 'signals', value: 'always-on', factLabel: 'Signals', valueLabel: 'always-on', phrase: '24/7', line: 1, character: 11 }]);
    });

    it('gives one hint per fact and option, at the earliest of its phrases', () => {
      const v = evaluate(wunschkunde(), prospect({}, { notes: 'minutiös geplant, jedes Detail, jedes Detail' }));
      assert.deepEqual(v.hints, [{ fact: 'workingStyle', value: 'detail-planner', factLabel: 'Arbeitsweise', valueLabel: 'detail-planner', phrase: 'minutiös geplant', line: 0, character: 0 }]);
    });

    it('gives hints for a fact with an empty value, not for one with a value (even an unreadable one)', () => {
      const notes = 'jedes Detail, rund um die Uhr';
      assert.deepEqual(evaluate(wunschkunde(), prospect({ workingStyle: '', signals: null }, { notes })).hints.map((h) => h.value), ['detail-planner', 'always-on']);
      assert.deepEqual(evaluate(wunschkunde(), prospect({ workingStyle: 'chaotisch', signals: [] }, { notes })).hints, []);
    });

    it('does not score hints', () => {
      const v = evaluate(wunschkunde(), prospect({ workingStyle: 'intuitive' }, { notes: 'wir wissen es besser' }));
      assert.equal(v.criteria[3].outcome, 'unknown');
      assert.equal(v.hints.length, 1);
    });
  });

  describe('German', () => {
    it('writes reasons in German for a German profile, with the expected field in contract English', () => {
      const p = wunschkunde();
      const v = evaluate(p, prospect({ workingStyle: 'intuitive', expectedResponseTime: '2 Stunden', budget: '12k EUR', signals: ['open-to-advice'], goalAgreed: 'nein' }));
      assert.deepEqual(v.criteria.map((c) => [c.expected, c.reason]), [
        ['one of intuitive, structured', 'Arbeitsweise: „intuitive“ (gewünscht: „intuitive“ oder „structured“)'],
        ['at least 1d', 'Expected response time: 2\u00a0Std., gewünscht: mindestens 1\u00a0Tag'],
        ['at least 5000 EUR', 'Budget: 12.000\u00a0€ (gewünscht: mindestens 5.000\u00a0€)'],
        ['none of wants-to-be-right', 'Signals (Ausschlusskriterium): ohne „wants-to-be-right“'],
        ['yes', 'Goal agreed: nein, gewünscht: ja'],
      ]);
    });
  });
});
