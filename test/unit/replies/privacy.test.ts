// The privacy rule of replies as a property: on random profiles and prospects, no draft of any
// kind, to any colleague, in either language and form of address, ever holds anything internal —
// no `why`, no criterion id, fact name or raw option value, no score or known share, no notes, no
// observation. Everything internal is written as a marker "ZQ…" (which no template and no
// client-facing text contains); everything a client may read is made of lower-case words without
// digits, so that a digit in a draft (beyond the numbers of the question list) is a leaked score,
// amount or date.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  DEFAULT_THRESHOLDS, REPLY_PLACEHOLDERS,
  type CriterionSpec, type FactSpec, type Observation, type Profile, type Prospect, type ReferralSpec, type ReplyKind,
} from '../../../shared/src/types';
import { draftReply, evaluate, replyChoices } from '../../../server/src/engine';

const marker = fc.stringMatching(/^[A-Z0-9]{6}$/).map((s) => `ZQ${s}`);
/** Client-facing text: lower-case words, no digits. */
const words = fc.stringMatching(/^[a-z]{2,8}( [a-z]{2,8}){0,4}$/);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

type FactKind = 'choice' | 'tags' | 'yesno' | 'number' | 'text';

const factArb = fc.record({
  name: marker,
  type: fc.constantFrom<FactKind>('choice', 'tags', 'yesno', 'number', 'text'),
  values: fc.uniqueArray(marker, { minLength: 1, maxLength: 3 }),
  labels: fc.array(maybe(words), { minLength: 3, maxLength: 3 }),
  question: maybe(words),
  label: maybe(words),
  self: fc.boolean(),
}).map((f): FactSpec => ({
  name: f.name,
  type: f.type,
  options: f.type === 'choice' || f.type === 'tags' ? f.values.map((value, i) => ({ value, label: f.labels[i], phrases: [] })) : [],
  question: f.question,
  label: f.label,
  ...(f.self ? { source: 'self' as const } : {}),
}));

function criterionArb(fact: FactSpec): fc.Arbitrary<CriterionSpec> {
  const values = fact.options.map((o) => o.value);
  const matcher = {
    choice: fc.constant({ matcher: 'is' as const, expected: values.slice(0, 1) }),
    tags: fc.constant({ matcher: 'excludes' as const, expected: values.slice(0, 1) }),
    yesno: fc.constant({ matcher: 'is' as const, expected: true }),
    number: fc.integer({ min: 0, max: 100 }).map((n) => ({ matcher: 'atLeast' as const, expected: n })),
    text: marker.map((m) => ({ matcher: 'mentions' as const, expected: [m] })),
  }[fact.type as FactKind];
  return fc.record({ id: marker, why: marker, tellClient: maybe(words), weight: fc.integer({ min: 1, max: 3 }), dealbreaker: fc.boolean(), m: matcher })
    .map((c) => ({
      id: c.id, fact: fact.name, matcher: c.m.matcher, expected: c.m.expected, weight: c.dealbreaker ? 0 : c.weight,
      dealbreaker: c.dealbreaker, why: c.why, ...(c.tellClient !== undefined ? { tellClient: c.tellClient } : {}),
    }));
}

function valueArb(fact: FactSpec): fc.Arbitrary<unknown> {
  const values = fact.options.map((o) => o.value);
  switch (fact.type) {
    case 'choice': return fc.oneof(fc.constantFrom(...values), marker);
    case 'tags': return fc.subarray(values);
    case 'yesno': return fc.boolean();
    case 'number': return fc.integer({ min: 0, max: 100 });
    default: return marker.map((m) => `${m} and more`);
  }
}

function conditionArb(facts: FactSpec[]): fc.Arbitrary<Record<string, string[]> | undefined> {
  return maybe(fc.constantFrom(...facts).chain((f) => fc.tuple(fc.constant(f.name), valueArb(f))).map(([name, v]) => ({ [name]: (Array.isArray(v) ? v : [v]).map(String) })));
}

const ALL_PLACEHOLDERS = REPLY_PLACEHOLDERS.map((p) => `dear {${p}}`).join('\n');

const world = fc.uniqueArray(factArb, { minLength: 1, maxLength: 5, selector: (f) => f.name }).chain((facts) => fc.record({
  facts: fc.constant(facts),
  criteria: fc.tuple(...facts.map((f) => fc.array(criterionArb(f), { minLength: 1, maxLength: 2 }))).map((xs) => xs.flat()),
  referrals: fc.array(fc.record({
    name: words, contact: maybe(words), note: maybe(words),
    when: conditionArb(facts), unless: conditionArb(facts),
    alsoFor: maybe(fc.subarray(['borderline', 'undetermined'] as const, { minLength: 1 })),
  }), { maxLength: 3 }),
  owner: maybe(words),
  address: maybe(fc.constantFrom('Sie' as const, 'du' as const)),
  ownTemplates: fc.boolean(),
  prospectName: words,
  contactName: maybe(words),
  values: fc.tuple(...facts.map((f) => maybe(valueArb(f)))),
  notes: marker,
  observations: fc.array(fc.record({
    day: fc.integer({ min: 1, max: 28 }), fact: fc.constantFrom(...facts), note: marker,
  }).chain((o) => valueArb(o.fact).map((value) => ({ ...o, value }))), { maxLength: 3 }),
}));

describe('Replies: the privacy rule (property)', () => {
  it('no draft ever holds a why, an id, a fact name, a raw option value, a score, the notes or an observation', () => {
    fc.assert(fc.property(world, fc.constantFrom('de' as const, 'en' as const), (w, language) => {
      const profile: Profile = {
        profile: 'ZQPROFILE', language, owner: w.owner, facts: w.facts, criteria: w.criteria,
        verdict: { ...DEFAULT_THRESHOLDS },
        referrals: w.referrals.map((r): ReferralSpec => ({ ...r, alsoFor: r.alsoFor ? [...r.alsoFor] : undefined })),
        lessons: [],
        replies: {
          ...(w.address ? { address: w.address } : {}),
          ...(w.ownTemplates ? { decline: ALL_PLACEHOLDERS, refer: ALL_PLACEHOLDERS, ask: ALL_PLACEHOLDERS } : {}),
        },
      };
      const facts: Record<string, unknown> = {};
      w.facts.forEach((f, i) => { if (w.values[i] !== undefined) facts[f.name] = w.values[i]; });
      const observations: Observation[] = w.observations.map((o, index) => ({
        date: `2026-12-${String(o.day).padStart(2, '0')}`, fact: o.fact.name, value: o.value, note: o.note, index,
      }));
      const prospect: Prospect = {
        prospect: w.prospectName, facts, notes: w.notes, observations,
        ...(w.contactName !== undefined ? { contact: { name: w.contactName, email: 'ZQMAIL@example.org' } } : {}),
      };
      const verdict = evaluate(profile, prospect);
      const choices = replyChoices(verdict);
      for (const kind of choices.kinds as ReplyKind[]) {
        const colleagues = kind === 'refer' ? choices.referrals.map((r) => r.name) : [undefined];
        for (const to of colleagues) {
          for (const lang of ['en', 'de'] as const) {
            const r = draftReply(profile, prospect, verdict, { kind, to, language: lang });
            assert.ok(r.ok, JSON.stringify(r));
            const text = r.draft.text;
            assert.doesNotMatch(text, /ZQ/, `${kind} ${lang}: an internal text leaked:\n${text}`);
            // Digits only as the numbers of the question list.
            assert.doesNotMatch(text.replace(/^\d+\. /gm, ''), /\d/, `${kind} ${lang}: a number leaked:\n${text}`);
            assert.doesNotMatch(text, /undefined|null|\[object/, text);
          }
        }
      }
    }), { numRuns: 300 });
  });
});
