// A prospect's story: status, decision, engagement, observations and ended — the two verdicts,
// live and past, the client who no longer fits, capacity, the checks, lessons as of the first
// call, and Record as Lesson. Through the language service over an in-memory workspace, as the
// editor and the CLI see it.
import { strict as assert } from 'node:assert';
import { LanguageService } from '../../server/src/service/languageService';
import { lessonProposal, recordLesson } from '../../server/src/service/lessonProposals';
import { isPastStatus, type Verdict } from '../../shared/src/types';
import type { Problem } from '../../server/src/model/problem';
import { memoryFs } from './helpers/memoryFs';
import { parse as parseYaml } from 'yaml';
import { parseSimpleYaml } from '../../server/src/parser/simpleYaml';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { parseCounter } from '../../server/src/parser/parsedDocument';

const PROFILE = `# my profile
profile: P
offer:
  hoursPerWeek: 10   # what I give
facts:
  style:
    type: choice
    options: [calm, hectic]
  signals:
    type: tags
    options: [wants-to-be-right, always-on, open]
  budget:
    type: money
    currency: EUR
criteria:
  - id: calm
    fact: style
    is: calm
    weight: 2
  - id: budget
    fact: budget
    atLeast: 5000 EUR
    weight: 1
  - id: takes-advice
    fact: signals
    excludes: [wants-to-be-right]
    dealbreaker: true
  - id: office-hours
    fact: signals
    excludes: [always-on]
    dealbreaker: true
referrals:
  - name: Anna Schmidt
    contact: anna@example.org
    when: { signals: [always-on] }
`;

const FIT = `prospect: Calm Co
met: 2026-10-01
facts:
  style: calm
  budget: 8000 EUR
  signals: [open]
`;

function setup(files: Record<string, string>, profile = PROFILE): LanguageService {
  const fs = memoryFs({ '/w/p.profile.yaml': profile, ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`/w/${k}`, v])) });
  return new LanguageService({ fs, workspaceFolders: ['/w'] });
}

const uri = (name: string): string => `file:///w/${name}`;

function verdictOf(service: LanguageService, name: string): Verdict {
  const ev = service.evaluate(uri(name));
  assert.ok(ev.ok, ev.ok ? '' : ev.message);
  return ev.verdict;
}

function problems(service: LanguageService, name: string): Problem[] {
  return service.problems(uri(name)).filter((p) => p.code !== 'note-hint');
}

/** "line:col code message" for each problem, one-based as the CLI writes them. */
function lines(ps: Problem[]): string[] {
  return ps.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message}`);
}

describe('a prospect\'s story', () => {
  describe('the fast reader', () => {
    it('gives exactly yaml\'s value for the story keys, or leaves them to the full parser', () => {
      const texts = [
        `${FIT}status: client\ndecision:\n  date: 2026-10-05\n  outcome: signed\n  to: Anna Schmidt\nengagement:\n  hoursPerWeek: 4.5\nended: { date: 2027-04-01, by: me, reason: takes-advice }\n`,
        `${FIT}observations:\n  - { date: 2026-11-02, fact: signals, value: [always-on], note: "„x“" }\n`,
        `${FIT}observations: [{ date: 2026-11-02, fact: signals, value: [always-on] }]\n`,
        `${FIT}observations: []\n`,
      ];
      let fast = 0;
      for (const text of texts) {
        const simple = parseSimpleYaml(text);
        if (simple) {
          fast++;
          assert.deepEqual(simple.value, parseYaml(text), text);
        }
      }
      assert.ok(fast >= 2, 'the plain shapes are still read fast');
    });
  });

  describe('two verdicts: at the first call and now', () => {
    it('judges now with each fact replaced by its latest observation, and keeps the first call', () => {
      const s = setup({ 'a.prospect.yaml': `${FIT}status: client\nobservations:\n  - { date: 2026-11-02, fact: signals, value: [always-on] }\n` });
      const v = verdictOf(s, 'a.prospect.yaml');
      assert.equal(v.verdict, 'no-fit');
      assert.deepEqual(v.dealbreakers, ['office-hours']);
      assert.deepEqual(v.firstCall, { verdict: 'fit', score: 100, known: 100 });
      assert.equal(v.status, 'client');
      assert.deepEqual(v.referrals.map((r) => r.name), ['Anna Schmidt']);
    });

    it('has no firstCall without observations, and the status prospect when none is written', () => {
      const v = verdictOf(setup({ 'a.prospect.yaml': FIT }), 'a.prospect.yaml');
      assert.equal(v.firstCall, undefined);
      assert.equal(v.status, 'prospect');
      assert.equal(v.verdict, 'fit');
    });

    it('takes the later entry of two observations on the same date', () => {
      const obs = (a: string, b: string): string => `${FIT}observations:\n  - { date: 2026-11-02, fact: signals, value: [${a}] }\n  - { date: 2026-11-02, fact: signals, value: [${b}] }\n`;
      assert.equal(verdictOf(setup({ 'a.prospect.yaml': obs('open', 'always-on') }), 'a.prospect.yaml').verdict, 'no-fit');
      assert.equal(verdictOf(setup({ 'a.prospect.yaml': obs('always-on', 'open') }), 'a.prospect.yaml').verdict, 'fit');
    });

    it('takes the latest date, wherever it stands in the list', () => {
      const text = `${FIT}observations:\n  - { date: 2026-12-01, fact: signals, value: [open] }\n  - { date: 2026-11-02, fact: signals, value: [always-on] }\n`;
      const v = verdictOf(setup({ 'a.prospect.yaml': text }), 'a.prospect.yaml');
      assert.equal(v.verdict, 'fit');
      assert.deepEqual(v.firstCall, { verdict: 'fit', score: 100, known: 100 });
    });

    it('replaces a tags value whole: an observation does not merge with the first call', () => {
      const text = FIT.replace('signals: [open]', 'signals: [wants-to-be-right]') + 'observations:\n  - { date: 2026-11-02, fact: signals, value: [open] }\n';
      const v = verdictOf(setup({ 'a.prospect.yaml': text }), 'a.prospect.yaml');
      assert.equal(v.verdict, 'fit', 'wants-to-be-right is gone now, not kept next to open');
      assert.deepEqual(v.criteria.find((c) => c.id === 'takes-advice')?.value, ['open']);
      assert.equal(v.firstCall?.verdict, 'no-fit');
    });

    it('ignores a malformed observation for the verdict now and shows its problem', () => {
      const text = `${FIT}observations:\n  - { date: 2026-11-02, fact: signals, value: [alway-on] }\n  - { date: 2026-11-03, fact: budget, value: 3000 EUR }\n`;
      const s = setup({ 'a.prospect.yaml': text });
      const v = verdictOf(s, 'a.prospect.yaml');
      assert.deepEqual(v.criteria.find((c) => c.id === 'office-hours')?.value, ['open'], 'the bad value is not used');
      assert.equal(v.criteria.find((c) => c.id === 'budget')?.outcome, 'unmet', 'the good observation still counts');
      assert.deepEqual(lines(problems(s, 'a.prospect.yaml')), [
        `${pos(text, 'alway-on')} error "alway-on" is not an option of signals. Did you mean "always-on"? Options: wants-to-be-right, always-on, open.`,
      ]);
    });
  });

  describe('live and past', () => {
    it('counts declined, referred and ended as past; prospect, offered and client as live', () => {
      assert.deepEqual(['prospect', 'offered', 'declined', 'referred', 'client', 'ended'].map(isPastStatus), [false, false, true, true, false, true]);
    });

    it('still judges a past prospect and carries its status', () => {
      const v = verdictOf(setup({ 'a.prospect.yaml': `${FIT}status: declined\ndecision: { date: 2026-10-05, outcome: declined }\n` }), 'a.prospect.yaml');
      assert.equal(v.status, 'declined');
      assert.equal(v.verdict, 'fit');
    });
  });

  describe('a client who no longer fits', () => {
    const CLIENT = `${FIT}status: client\nobservations:\n  - { date: 2026-10-20, fact: budget, value: 1000 EUR }\n  - { date: 2026-11-02, fact: signals, value: [open, always-on], note: calls at night }\n`;

    it('warns on the observation behind the first unmet dealbreaker, naming the colleagues to hand over to', () => {
      const ps = problems(setup({ 'a.prospect.yaml': CLIENT }), 'a.prospect.yaml');
      assert.deepEqual(lines(ps), ['10:5 warning Calm Co no longer fits: Signals (“always-on”). Colleagues to hand over to: Anna Schmidt (anna@example.org).']);
      assert.equal(ps[0].code, 'no-longer-fits');
      assert.equal(ps[0].range.end.line, 9);
    });

    it('says nothing for a client who still fits, or for a lead who does not', () => {
      assert.deepEqual(problems(setup({ 'a.prospect.yaml': `${FIT}status: client\n` }), 'a.prospect.yaml'), []);
      assert.deepEqual(problems(setup({ 'a.prospect.yaml': CLIENT.replace('status: client', 'status: offered') }), 'a.prospect.yaml'), []);
    });

    it('falls back to the first unmet criterion when no dealbreaker is unmet', () => {
      const text = `${FIT}status: client\nobservations:\n  - { date: 2026-11-02, fact: style, value: hectic }\n  - { date: 2026-11-03, fact: budget, value: 100 EUR }\n`;
      assert.deepEqual(lines(problems(setup({ 'a.prospect.yaml': text }), 'a.prospect.yaml')), ['9:5 warning Calm Co no longer fits: Style (“hectic”).']);
    });
  });

  describe('capacity', () => {
    const client = (hours: number, extra = ''): string => `${FIT}status: client\n${extra}engagement:\n  hoursPerWeek: ${hours}\n`;

    it('notes on offer.hoursPerWeek when the current clients take more', () => {
      const s = setup({ 'a.prospect.yaml': client(6), 'b.prospect.yaml': client(8), 'c.prospect.yaml': client(20).replace('status: client', 'status: ended\nended: { date: 2026-11-01, by: me }') });
      const ps = s.problems(uri('p.profile.yaml'));
      assert.deepEqual(lines(ps), ['4:17 information Your current clients take 14 h a week; your offer says 10.']);
      assert.equal(ps[0].code, 'capacity');
    });

    it('is checked again when a client changes, and counts only the clients this profile judges', () => {
      const s = setup({
        'a.prospect.yaml': client(6),
        'other/q.profile.yaml': PROFILE,
        'other/b.prospect.yaml': client(30),
      });
      assert.deepEqual(s.problems(uri('p.profile.yaml')), []);
      assert.ok(s.isValidationCached(uri('p.profile.yaml')));
      assert.ok(s.dependentsOf(uri('a.prospect.yaml')).includes(uri('p.profile.yaml')), 'the profile read its client');
      s.openDocument(uri('a.prospect.yaml'), 2, client(12));
      assert.ok(!s.isValidationCached(uri('p.profile.yaml')), 'an edit of a client re-checks the profile');
      assert.deepEqual(lines(s.problems(uri('p.profile.yaml'))), ['4:17 information Your current clients take 12 h a week; your offer says 10.']);
    });

    it('parses only the prospects whose text can say they are clients, and reads a client whose status is escaped', () => {
      // "\x63lient" is "client" in a double-quoted YAML string: no "client" in the text.
      const escaped = client(5).replace('status: client', 'status: "\\x63lient"');
      assert.ok(!escaped.includes('client'));
      // A comment after a value: the full YAML parse (counted), were such a lead parsed.
      const lead = FIT.replace('style: calm', 'style: calm  # a lead');
      const clients = { 'a.prospect.yaml': client(6), 'b.prospect.yaml': escaped };
      const parsesOfFirstCheck = (s: LanguageService): number => {
        const before = parseCounter.count;
        assert.deepEqual(lines(s.problems(uri('p.profile.yaml'))), ['4:17 information Your current clients take 11 h a week; your offer says 10.']);
        return parseCounter.count - before;
      };
      const alone = parsesOfFirstCheck(setup(clients));
      const s = setup({ ...clients, 'c.prospect.yaml': lead, 'd.prospect.yaml': lead });
      assert.equal(parsesOfFirstCheck(s), alone, 'the leads were parsed');
      // Checked again after a lead's edit: nothing is parsed again.
      s.openDocument(uri('c.prospect.yaml'), 2, `${lead}# edited\n`);
      assert.ok(!s.isValidationCached(uri('p.profile.yaml')), 'a prospect edit re-checks the profile');
      const again = parseCounter.count;
      assert.equal(lines(s.problems(uri('p.profile.yaml')))[0], '4:17 information Your current clients take 11 h a week; your offer says 10.');
      assert.equal(parseCounter.count - again, 0);
    });

    it('is checked again when a client file comes', () => {
      const fs = memoryFs({ '/w/p.profile.yaml': PROFILE, '/w/a.prospect.yaml': client(6) });
      const s = new LanguageService({ fs, workspaceFolders: ['/w'] });
      assert.deepEqual(s.problems(uri('p.profile.yaml')), []);
      fs.write('/w/b.prospect.yaml', client(6));
      assert.ok(s.applyChange({ kind: 'created', uri: uri('b.prospect.yaml') }).includes(uri('p.profile.yaml')));
      assert.equal(lines(s.problems(uri('p.profile.yaml')))[0], '4:17 information Your current clients take 12 h a week; your offer says 10.');
    });
  });

  describe('hover', () => {
    it('shows the fact of an observation with how it scored now, the criterion of ended.reason and the referral of decision.to', () => {
      const text = `${FIT}status: ended\ndecision: { outcome: signed, to: Anna Schmidt }\nobservations:\n  - { date: 2026-11-02, fact: signals, value: [always-on] }\nended: { date: 2026-12-01, by: me, reason: office-hours }\n`;
      const s = setup({ 'a.prospect.yaml': text });
      const at = (needle: string, after: string): { line: number; character: number } => {
        const [line, col] = pos(text, needle, after).split(':').map(Number);
        return { line: line - 1, character: col };
      };
      const md = (p: { line: number; character: number }): string => {
        const h = s.hover(uri('a.prospect.yaml'), p);
        return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
      };
      // Worst first: the unmet dealbreaker before the met one on the same fact.
      assert.match(md(at('signals', 'observations:')), /How it scored:\n- ✗ Signals \(dealbreaker\): “always-on” is ruled out\n- ✓ Signals \(dealbreaker\): without “wants-to-be-right”/);
      assert.match(md(at('always-on', 'observations:')), /always-on/);
      assert.match(md(at('office-hours', 'ended:')), /^\*\*office-hours\*\* — `signals` excludes \(dealbreaker\)$/);
      assert.match(md(at('Anna Schmidt', 'decision:')), /^\*\*Anna Schmidt\*\*\n\nanna@example\.org$/);
    });
  });

  describe('checks', () => {
    const check = (text: string): string[] => lines(problems(setup({ 'a.prospect.yaml': text }), 'a.prospect.yaml'));

    it('an observation of a fact the profile does not know, with did you mean', () => {
      const text = `${FIT}observations:\n  - { date: 2026-11-02, fact: budgt, value: 1 }\n`;
      assert.deepEqual(check(text), [`${pos(text, 'budgt')} error The profile does not know the fact "budgt". Did you mean "budget"? Known facts: style, signals, budget.`]);
    });

    it('an observation value wrong for the fact\'s type', () => {
      const text = `${FIT}observations:\n  - { date: 2026-11-02, fact: budget, value: lots }\n`;
      assert.deepEqual(check(text).map((l) => l.split(' ').slice(0, 2).join(' ')), [`${pos(text, 'lots')} error`]);
    });

    it('an observation dated before the first call', () => {
      const text = `${FIT}observations:\n  - { date: 2026-09-02, fact: budget, value: 9000 EUR }\n`;
      assert.deepEqual(check(text),
        [`${pos(text, '2026-09-02')} warning This observation (2026-09-02) is dated before the first call (2026-10-01).`]);
    });

    it('a decision that contradicts the status', () => {
      const text = `${FIT}status: client\ndecision: { outcome: declined }\n`;
      assert.deepEqual(check(text),
        [`${pos(text, 'declined')} warning The decision "declined" does not go with the status client: declined goes with declined, referred with referred, signed with client or ended.`]);
      assert.deepEqual(check(`${FIT}status: ended\ndecision: { outcome: signed }\nended: { date: 2026-12-01, by: me }\n`), []);
      assert.deepEqual(check(`${FIT}decision: { outcome: signed }\n`).length, 1, 'signed, but still a prospect');
    });

    it('decision.to that is not a referral, with did you mean', () => {
      const text = `${FIT}status: referred\ndecision: { outcome: referred, to: Ana Schmidt }\n`;
      const ps = problems(setup({ 'a.prospect.yaml': text }), 'a.prospect.yaml');
      assert.deepEqual(lines(ps), [`${pos(text, 'Ana Schmidt')} warning "Ana Schmidt" is not a referral of the profile. Did you mean "Anna Schmidt"? Referrals: Anna Schmidt.`]);
      assert.equal(ps[0].data?.replacement, 'Anna Schmidt');
    });

    it('ended: without status ended, and status ended without ended:', () => {
      assert.deepEqual(check(`${FIT}status: client\nended: { date: 2026-12-01, by: me }\n`),
        ['8:1 warning This prospect has an ended: entry, but its status is client; set status: ended, or remove ended:.']);
      assert.deepEqual(check(`${FIT}status: ended\n`),
        ['7:9 warning The status is ended, but there is no ended: with its date, who ended it and why.']);
    });

    it('ended.reason that is not a criterion id, with did you mean', () => {
      const text = `${FIT}status: ended\nended: { date: 2026-12-01, by: me, reason: takes-advise }\n`;
      assert.deepEqual(check(text),
        [`${pos(text, 'takes-advise')} error "takes-advise" is not a criterion id of this profile. Did you mean "takes-advice"? Criteria: calm, budget, takes-advice, office-hours.`]);
    });

    it('a status or outcome that is not one of the words is a schema error', () => {
      assert.match(check(`${FIT}status: signed\n`).join('\n'), /^7:9 error .*prospect, offered, declined, referred, client, ended/);
    });
  });

  describe('lessons as of the first call, and because', () => {
    const ENDED = `${FIT.replace('signals: [open]', 'signals: [open]\n  budget: 3000 EUR').replace('  budget: 8000 EUR\n', '')}status: ended
observations:
  - { date: 2026-11-02, fact: signals, value: [wants-to-be-right] }
ended: { date: 2026-12-01, by: me, reason: takes-advice }
`;
    const profileWith = (lesson: string): string => `${PROFILE}lessons:\n  - prospect: x/e.prospect.yaml\n${lesson}`;
    const withLesson = (lesson: string): LanguageService => setup({ 'x/e.prospect.yaml': ENDED }, profileWith(lesson));
    const lessonProblems = (s: LanguageService): string[] => lines(s.problems(uri('p.profile.yaml')).filter((p) => p.code === 'lesson-verdict' || p.code === 'unknown-criterion'));

    it('now (the default): holds when the verdict now is expected and the because criterion is unmet', () => {
      assert.deepEqual(lessonProblems(withLesson('    expect: no-fit\n    because: takes-advice\n')), []);
    });

    it('firstCall: fails on the verdict half when the first call gave another verdict', () => {
      const lesson = '    expect: no-fit\n    because: takes-advice\n    asOf: firstCall\n    learned: Spot them early.\n';
      assert.deepEqual(lessonProblems(withLesson(lesson)), [`${pos(profileWith(lesson), 'no-fit', 'lessons:')} error This lesson expects no fit at the first call, but the profile says borderline there (score 67). Past client: Calm Co. Learned: Spot them early.`]);
    });

    it('firstCall: holds when the first call already gave the verdict for that reason', () => {
      assert.deepEqual(lessonProblems(withLesson('    expect: borderline\n    because: budget\n    asOf: firstCall\n')), []);
    });

    it('fails on the because half when the verdict is right for another reason', () => {
      const lesson = '    expect: no-fit\n    because: calm\n';
      const s = withLesson(lesson);
      assert.deepEqual(lessonProblems(s), [`${pos(profileWith(lesson), 'calm', 'because:')} error The verdict is no fit as expected, but not because of calm: that criterion is met. Past client: Calm Co`]);
      const checked = s.lessons(uri('p.profile.yaml'));
      assert.ok(checked[0].result.ok && checked[0].result.judgement.failed === 'because');
    });

    it('a because that names no criterion, with did you mean', () => {
      const lesson = '    expect: no-fit\n    because: takes-advise\n';
      assert.deepEqual(lessonProblems(withLesson(lesson)),
        [`${pos(profileWith(lesson), 'takes-advise')} error "takes-advise" is not a criterion id of this profile. Did you mean "takes-advice"? Criteria: calm, budget, takes-advice, office-hours.`]);
    });
  });

  describe('Record as Lesson', () => {
    const past = (status: string, extra: string): string => `${FIT.replace('signals: [open]', 'signals: [wants-to-be-right]')}status: ${status}\n${extra}`;

    it('proposes no-fit for one ended by me, with because, learned and asOf: firstCall', () => {
      const s = setup({ 'x/e.prospect.yaml': past('ended', 'ended: { date: 2026-12-01, by: me, reason: takes-advice, learned: "Listen: who knows better?" }\n') });
      const r = lessonProposal(s, uri('x/e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(r.ok);
      assert.deepEqual(r.lesson, { prospect: 'x/e.prospect.yaml', expect: 'no-fit', asOf: 'firstCall', because: 'takes-advice', learned: 'Listen: who knows better?' });
    });

    it('proposes the verdict now for one the client ended, and no-fit for a declined or referred one', () => {
      const byClient = setup({ 'e.prospect.yaml': FIT + 'status: ended\nended: { date: 2026-12-01, by: client }\n' });
      const r1 = lessonProposal(byClient, uri('e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(r1.ok && r1.lesson.expect === 'fit');
      for (const status of ['declined', 'referred']) {
        const r = lessonProposal(setup({ 'd.prospect.yaml': `${FIT}status: ${status}\n` }), uri('d.prospect.yaml'), DEFAULT_SETTINGS);
        assert.ok(r.ok && r.lesson.expect === 'no-fit', status);
      }
    });

    it('proposes nothing for a live prospect', () => {
      const r = lessonProposal(setup({ 'a.prospect.yaml': `${FIT}status: client\n` }), uri('a.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(!r.ok && r.reason === 'not-past');
    });

    it('appends the lesson with added lines only, comments and formatting kept', () => {
      const profile = `${PROFILE}lessons:\n  # the first one\n  - prospect: old.prospect.yaml   # kept\n    expect: no-fit\n\n# the end\n`;
      const s = setup({ 'x/e.prospect.yaml': past('ended', 'ended: { date: 2026-12-01, by: both, reason: takes-advice }\n'), 'old.prospect.yaml': FIT }, profile);
      const r = recordLesson(s, uri('x/e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(r.ok, r.ok ? '' : r.message);
      const [edit] = r.edit.changes![uri('p.profile.yaml')];
      assert.deepEqual(edit.range.start, edit.range.end, 'an insertion');
      const after = apply(profile, edit);
      assert.equal(after, profile.replace('    expect: no-fit\n\n# the end', '    expect: no-fit\n  - prospect: x/e.prospect.yaml\n    expect: no-fit\n    because: takes-advice\n    asOf: firstCall\n\n# the end'));
    });

    it('starts lessons: at the end of a profile that has none', () => {
      const s = setup({ 'e.prospect.yaml': `${FIT}status: declined\n` });
      const r = recordLesson(s, uri('e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(r.ok);
      assert.equal(apply(PROFILE, r.edit.changes![uri('p.profile.yaml')][0]), `${PROFILE}lessons:\n  - prospect: e.prospect.yaml\n    expect: no-fit\n    asOf: firstCall\n`);
    });

    it('refuses a second lesson for the same file, and a profile with a syntax error', () => {
      const named = setup({ 'e.prospect.yaml': `${FIT}status: declined\n` }, `${PROFILE}lessons:\n  - prospect: e.prospect.yaml\n    expect: no-fit\n`);
      const r = recordLesson(named, uri('e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.deepEqual(r, { ok: false, message: 'e.prospect.yaml already has a lesson in p.profile.yaml.' });
      const broken = setup({ 'e.prospect.yaml': `${FIT}status: declined\n` }, `${PROFILE}lessons: [unclosed\n`);
      const b = recordLesson(broken, uri('e.prospect.yaml'), DEFAULT_SETTINGS);
      assert.ok(!b.ok);
      assert.match(b.message, /^p\.profile\.yaml has an error on line \d+; fix it first\. Nothing was changed\.$/);
    });
  });
});

/** "line:col" (one-based) of the first `needle` in `text`, after `after` when given. */
function pos(text: string, needle: string, after = ''): string {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Applies one insertion to a text. */
function apply(text: string, edit: { range: { start: { line: number; character: number } }; newText: string }): string {
  const ls = text.split('\n');
  let offset = 0;
  for (let i = 0; i < edit.range.start.line; i++) offset += ls[i].length + 1;
  offset += edit.range.start.character;
  return text.slice(0, offset) + edit.newText + text.slice(offset);
}
