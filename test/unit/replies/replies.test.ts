// Replies drafted from a verdict: which kind applies to each verdict, every placeholder, the
// fallbacks of a missing value, referrals with `unless` and `alsoFor`, German with Sie and du.
import { strict as assert } from 'node:assert';
import type { Profile, Prospect, ReferralSpec } from '../../../shared/src/types';
import { draftReply, evaluate, fillTemplate, replyChoices, replyWords } from '../../../server/src/engine';
import { crit, fact, profile, prospect } from '../engine/fixtures';

/** A small consultant's profile: a dealbreaker, two weighted criteria, a yes/no to ask. */
function consultant(extra: { referrals?: ReferralSpec[]; language?: 'en' | 'de'; replies?: Profile['replies']; owner?: string } = {}): Profile {
  const p = profile({
    language: extra.language,
    facts: [
      fact('style', 'choice', { label: 'Working style', question: 'How does your team like to plan?', options: ['intuitive', 'detail-planner'] }),
      fact('budget', 'money', { currency: 'EUR', question: 'What budget have you planned?' }),
      fact('signals', 'tags', { options: ['always-on', 'open'] }),
      fact('goal', 'yesno', { label: 'Goal agreed' }),
      fact('hidden', 'yesno'),
    ],
    criteria: [
      { ...crit('style-fit', 'style', 'is', ['intuitive'], { weight: 3, why: 'INTERNAL style why' }), tellClient: 'I work with a rough direction, not a detailed plan.' },
      { ...crit('budget-floor', 'budget', 'atLeast', '5000 EUR', { weight: 2, why: 'INTERNAL budget why' }), tellClient: 'Below 5,000 € I cannot make you a good offer.' },
      { ...crit('office-hours', 'signals', 'excludes', ['always-on'], { dealbreaker: true, why: 'INTERNAL hours why' }), tellClient: 'I answer on working days, not at night.' },
      crit('goal', 'goal', 'is', true, { weight: 1 }),
      crit('hidden', 'hidden', 'is', true, { weight: 1 }),
    ],
    referrals: extra.referrals ?? [],
  });
  p.owner = extra.owner ?? 'Ruth Liebmann';
  if (extra.replies) p.replies = extra.replies;
  return p;
}

function draft(p: Profile, x: Prospect, request: Parameters<typeof draftReply>[3] = {}) {
  return draftReply(p, x, evaluate(p, x), request);
}

function textOf(p: Profile, x: Prospect, request: Parameters<typeof draftReply>[3] = {}): string {
  const r = draft(p, x, request);
  assert.ok(r.ok, JSON.stringify(r));
  return r.draft.text;
}

const ANNA: ReferralSpec = { name: 'Anna Schmidt', contact: 'anna@example.org', note: 'She loves detailed planning.', when: { style: ['detail-planner'] } };
const misfit = prospect({ style: 'detail-planner', budget: '3000 EUR', signals: ['always-on'], goal: true, hidden: true },
  { prospect: 'ACME GmbH', contact: { name: 'Max Muster' } });
const fits = prospect({ style: 'intuitive', budget: '8000 EUR', signals: [], goal: true, hidden: true }, { contact: { name: 'Max Muster' } });
const open = prospect({ style: 'intuitive' }, { contact: { name: 'Max Muster' } });

describe('Replies: which reply applies', () => {
  it('no-fit with a suggested colleague: refer first, decline too', () => {
    const p = consultant({ referrals: [ANNA] });
    const v = evaluate(p, misfit);
    assert.equal(v.verdict, 'no-fit');
    assert.deepEqual(replyChoices(v).kinds, ['refer', 'decline']);
    const r = draft(p, misfit);
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'refer');
    assert.equal(r.draft.referral?.name, 'Anna Schmidt');
  });

  it('no-fit without a suggested colleague: decline; refer is refused', () => {
    const p = consultant();
    assert.deepEqual(replyChoices(evaluate(p, misfit)).kinds, ['decline']);
    const r = draft(p, misfit, { kind: 'refer' });
    assert.ok(!r.ok && r.why === 'kind');
  });

  it('undetermined and borderline: ask (the open questions)', () => {
    const p = consultant();
    const v = evaluate(p, open);
    assert.equal(v.verdict, 'undetermined');
    assert.deepEqual(replyChoices(v).kinds, ['ask']);
    const borderline = prospect({ style: 'intuitive', budget: '3000 EUR', signals: [], goal: false, hidden: true });
    const b = evaluate(p, borderline);
    assert.equal(b.verdict, 'borderline', `score ${b.score}`);
    assert.deepEqual(replyChoices(b).kinds, ['ask']);
    const r = draft(p, open, { kind: 'decline' });
    assert.ok(!r.ok && r.why === 'kind');
  });

  it('fit: no reply is offered', () => {
    const p = consultant({ referrals: [{ name: 'Anyone' }] });
    const v = evaluate(p, fits);
    assert.equal(v.verdict, 'fit');
    assert.deepEqual(replyChoices(v), { kinds: [], referrals: [] });
    const r = draft(p, fits);
    assert.ok(!r.ok && r.why === 'fit');
  });

  it('--to picks the colleague; a name not suggested, or a colleague with another kind, is refused', () => {
    const p = consultant({ referrals: [ANNA, { name: 'Jonas Weber', contact: 'jonas@example.org' }] });
    const r = draft(p, misfit, { to: 'Jonas Weber' });
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'refer');
    assert.match(r.draft.text, /Jonas Weber/);
    assert.doesNotMatch(r.draft.text, /Anna/);
    const nobody = draft(p, misfit, { to: 'Nobody' });
    assert.ok(!nobody.ok && nobody.why === 'to');
    const declineTo = draft(p, misfit, { kind: 'decline', to: 'Anna Schmidt' });
    assert.ok(!declineTo.ok && declineTo.why === 'to-without-refer');
  });
});

describe('Replies: referrals with unless and alsoFor', () => {
  it('unless: a colleague whose unless holds is not suggested, and the reply becomes a decline', () => {
    const p = consultant({ referrals: [{ ...ANNA, unless: { signals: ['always-on'] } }] });
    const v = evaluate(p, misfit);
    assert.deepEqual(v.referrals, []);
    const r = draft(p, misfit);
    assert.ok(r.ok);
    assert.equal(r.draft.kind, 'decline');
  });

  it('unless that does not hold (or speaks of an unknown fact value) keeps the colleague', () => {
    const p = consultant({ referrals: [{ ...ANNA, unless: { signals: ['open'] } }] });
    assert.deepEqual(evaluate(p, misfit).referrals.map((r) => r.name), ['Anna Schmidt']);
    const unknownValue = consultant({ referrals: [{ ...ANNA, unless: { goal: ['false'] } }] });
    const noGoal = prospect({ ...misfit.facts, goal: undefined }, { contact: misfit.contact });
    assert.deepEqual(evaluate(unknownValue, noGoal).referrals.map((r) => r.name), ['Anna Schmidt']);
  });

  it('alsoFor: borderline: suggested for a borderline prospect, which may then get refer besides ask', () => {
    const borderline = prospect({ style: 'detail-planner', budget: '8000 EUR', signals: [], goal: true, hidden: true }, { contact: { name: 'Max' } });
    const without = consultant({ referrals: [ANNA] });
    assert.equal(evaluate(without, borderline).verdict, 'borderline');
    assert.deepEqual(evaluate(without, borderline).referrals, []);
    const p = consultant({ referrals: [{ ...ANNA, alsoFor: ['borderline'] }] });
    const v = evaluate(p, borderline);
    assert.deepEqual(v.referrals.map((r) => r.name), ['Anna Schmidt']);
    assert.deepEqual(replyChoices(v).kinds, ['ask', 'refer']);
    const r = draft(p, borderline, { kind: 'refer' });
    assert.ok(r.ok);
    assert.match(r.draft.text, /Anna Schmidt/);
  });

  it('alsoFor never makes a fit referred, and a referral without alsoFor is for no-fits only', () => {
    const p = consultant({ referrals: [{ name: 'Always', alsoFor: ['borderline', 'undetermined'] }, { name: 'Misfits only' }] });
    assert.deepEqual(evaluate(p, fits).referrals, []);
    assert.deepEqual(evaluate(p, open).referrals.map((r) => r.name), ['Always']);
    assert.deepEqual(evaluate(p, misfit).referrals.map((r) => r.name), ['Always', 'Misfits only']);
  });
});

describe('Replies: placeholders', () => {
  const all = '{prospect}|{contact}|{owner}|{colleague}|{colleagueContact}|{colleagueNote}\n{reasons}\n{questions}';

  it('fills every placeholder of a referral', () => {
    const p = consultant({ referrals: [ANNA], replies: { refer: all } });
    const text = textOf(p, misfit);
    const [first] = text.split('\n');
    assert.equal(first, 'ACME GmbH|Max Muster|Ruth Liebmann|Anna Schmidt|anna@example.org|She loves detailed planning.');
    // {reasons}: the tellClient texts of the unmet criteria, dealbreaker first, at most two.
    assert.match(text, /^- I answer on working days, not at night\.\n- I work with a rough direction, not a detailed plan\.$/m);
    assert.doesNotMatch(text, /5,000/);
    // {questions}: nothing open for this prospect: the neutral sentence.
    assert.match(text, new RegExp(replyWords('en').noQuestions.replace(/[?.]/g, '\\$&')));
  });

  it('{questions}: numbered, the fact\'s question, else its label; a fact with neither is left out', () => {
    const p = consultant({ replies: { ask: '{questions}' } });
    const text = textOf(p, open);
    assert.equal(text, '1. What budget have you planned?\n2. Goal agreed\n');
    assert.doesNotMatch(text, /hidden|signals/i);
  });

  it('{reasons} without any tellClient text: one neutral sentence', () => {
    const p = consultant({ replies: { decline: '{reasons}' } });
    for (const c of p.criteria) delete c.tellClient;
    assert.equal(textOf(p, misfit), `${replyWords('en').noReasons}\n`);
  });

  it('a missing contact name: the greeting becomes a neutral one, never "Hello ,"', () => {
    const p = consultant();
    const noContact = prospect(misfit.facts);
    const text = textOf(p, noContact);
    assert.equal(text.split('\n')[0], 'Hello,');
    assert.doesNotMatch(text, /\{|\}|undefined/);
  });

  it('a line whose placeholder has no value is left out; {{ and }} are braces', () => {
    const p = consultant({ referrals: [{ name: 'Anna Schmidt' }] });
    p.owner = undefined;
    const text = textOf(p, misfit);
    assert.doesNotMatch(text, /You can reach/);
    assert.ok(text.trimEnd().endsWith('All the best,'), text);
    const filled = fillTemplate('Hi {contact},\n{{not a placeholder}}\n{unknown} line\nend {owner}', {
      prospect: 'P', contact: undefined, owner: 'O', reasons: 'r', questions: 'q', colleague: undefined, colleagueContact: undefined, colleagueNote: undefined,
    }, 'Hello,');
    assert.equal(filled, 'Hello,\n{not a placeholder}\nend O\n');
  });

  it('a placeholder\'s value is put in as text: a contact named "{owner}" is not filled again', () => {
    const p = consultant();
    const text = textOf(p, prospect(misfit.facts, { contact: { name: '{owner}' } }));
    assert.equal(text.split('\n')[0], 'Hello {owner},');
  });
});

describe('Replies: German, Sie and du', () => {
  const de = (address?: 'Sie' | 'du') => {
    const p = consultant({ language: 'de', referrals: [ANNA] });
    if (address) p.replies = { address };
    return p;
  };

  it('Sie (the default): "Guten Tag …", Ihr/Ihnen, typographic dashes, no du', () => {
    const text = textOf(de(), misfit);
    assert.equal(text.split('\n')[0], 'Guten Tag Max Muster,');
    assert.match(text, /Sie erreichen Anna Schmidt unter anna@example\.org\./);
    assert.match(text, /Wenn Sie möchten, stelle ich gern den Kontakt her/);
    assert.doesNotMatch(text, /\b(du|dir|dein|dich)\b/i);
  });

  it('du: "Hallo …", dir/dein, no Sie', () => {
    const text = textOf(de('du'), misfit);
    assert.equal(text.split('\n')[0], 'Hallo Max Muster,');
    assert.match(text, /Du erreichst Anna Schmidt unter anna@example\.org\./);
    assert.match(text, /danke dir/);
    assert.doesNotMatch(text, /\b(Sie|Ihnen|Ihr)\b/);
  });

  it('every built-in German template, in both forms, for every kind', () => {
    for (const address of ['Sie', 'du'] as const) {
      const p = de(address);
      for (const [x, kind] of [[misfit, 'refer'], [misfit, 'decline'], [open, 'ask']] as const) {
        const text = textOf(p, x, { kind });
        assert.doesNotMatch(text, /[{}]|undefined|"/, `${address} ${kind}:\n${text}`);
        assert.ok(text.trimEnd().endsWith('Ruth Liebmann'), `${address} ${kind}`);
        const neutral = replyWords(address === 'du' ? 'de-du' : 'de-Sie');
        assert.equal(textOf(p, prospect(x.facts), { kind }).split('\n')[0], neutral.greeting);
      }
    }
  });

  it('--lang en on a German profile: the English built-in template, even where the profile has its own', () => {
    const p = de();
    p.replies = { refer: 'Eigene Vorlage {colleague}' };
    assert.equal(textOf(p, misfit), 'Eigene Vorlage Anna Schmidt\n');
    const en = textOf(p, misfit, { language: 'en' });
    assert.match(en, /^Hello Max Muster,/);
    assert.match(en, /You can reach Anna Schmidt/);
  });
});
