// Hints that read the notes properly: a phrase negated in its own clause hints nothing (in German
// and English), a negation in another clause does not take a hint back, and a phrase that hints at
// an option the fact's value contradicts is found as a contradiction (the editor's information).
import { strict as assert } from 'node:assert';
import { compileProfile, evaluate, noteContradictions } from '../../../server/src/engine';
import { isNegatedAt } from '../../../server/src/engine/negation';
import type { Profile } from '../../../shared/src/types';
import { crit, fact, profile, prospect } from './fixtures';

/** A profile with one tags fact (always-on, in German and English phrases) and one choice fact. */
function notesProfile(): Profile {
  return profile({
    facts: [
      fact('signals', 'tags', {
        label: 'Signals',
        options: [
          { value: 'always-on', label: 'expects answers at any hour', phrases: ['rund um die Uhr', 'jederzeit erreichbar', 'around the clock', 'available 24/7'] },
          { value: 'wants-to-be-right', phrases: ['immer Recht'] },
          'open-to-advice',
        ],
      }),
      fact('style', 'choice', { options: ['intuitive', { value: 'detail-planner', phrases: ['every detail', 'jedes Detail'] }] }),
    ],
    criteria: [crit('office-hours', 'signals', 'excludes', ['always-on'], { dealbreaker: true }), crit('style', 'style', 'is', 'intuitive')],
  });
}

function hintsFor(notes: string): string[] {
  return evaluate(notesProfile(), prospect({}, { notes })).hints.map((h) => h.value);
}

describe('reading the notes', () => {
  describe('negation within the clause', () => {
    const negated = [
      'Er sei NICHT jederzeit erreichbar.',
      'Sie erwartet keine Antworten rund um die Uhr.',
      'Wir sind nie rund um die Uhr da.',
      'Niemals rund um die Uhr, sagt sie.',
      'He is not available around the clock.',
      'They don\'t expect us around the clock.',
      'She doesn\u2019t need anyone around the clock.',
      'No answers around the clock, please.',
      'We never work around the clock.',
      'The team isn\'t available 24/7.',
      'Er sei nicht — wie er sagte — hmm: nicht jederzeit erreichbar.',
    ];
    for (const notes of negated) it(`no hint from "${notes}"`, () => assert.deepEqual(hintsFor(notes), []));

    const notNegated = [
      'Er sei jederzeit erreichbar.',
      'Kein Problem mit dem Budget. Erwartet Antworten rund um die Uhr.',
      'Kein Problem mit dem Budget, erwartet Antworten rund um die Uhr.',
      'Nicht nur das; er will Antworten rund um die Uhr.',
      'Nicht günstig, aber rund um die Uhr erreichbar.',
      'Not cheap, but available around the clock.',
      'No budget issue. Expects answers around the clock.',
      'Now and then: around the clock.',
      'Notably available around the clock.',
      'Er sei nicht\n\nErreichbar? Rund um die Uhr.',
    ];
    for (const notes of notNegated) it(`a hint from "${notes.replace(/\n/g, '\\n')}" (the negation, if any, is in another clause)`, () => assert.deepEqual(hintsFor(notes), ['always-on']));

    it('a later occurrence that is not negated still hints, at its own place', () => {
      const notes = 'Nicht rund um die Uhr, sagte er zuerst. Später: doch rund um die Uhr.';
      const v = evaluate(notesProfile(), prospect({}, { notes }));
      assert.deepEqual(v.hints.map((h) => [h.value, h.character]), [['always-on', notes.lastIndexOf('rund um die Uhr')]]);
    });

    it('isNegatedAt reads back only to the clause start', () => {
      const text = 'kein Problem, rund um die Uhr';
      assert.equal(isNegatedAt(text, text.indexOf('rund')), false);
      assert.equal(isNegatedAt('kein Problem rund um die Uhr', 'kein Problem '.length), true);
    });
  });

  describe('notes that contradict a value', () => {
    it('ACME: "rund um die Uhr" while signals lack always-on → one contradiction on the phrase', () => {
      const p = notesProfile();
      const notes = 'Erstgespräch: erwartet Antworten rund um die Uhr.';
      const c = noteContradictions(compileProfile(p), prospect({ signals: ['wants-to-be-right'] }, { notes }));
      assert.deepEqual(c, [{
        fact: 'signals', value: 'always-on', factLabel: 'Signals', valueLabel: 'expects answers at any hour', phrase: 'rund um die Uhr', line: 0, character: notes.indexOf('rund'),
        type: 'tags', current: ['wants-to-be-right'],
      }]);
      // The verdict's hints stay for facts without a value.
      assert.deepEqual(evaluate(p, prospect({ signals: ['wants-to-be-right'] }, { notes })).hints, []);
    });

    it('no contradiction when the value agrees, when the phrase is negated, or when the fact has no value (that is a hint)', () => {
      const compiled = compileProfile(notesProfile());
      const notes = 'erwartet Antworten rund um die Uhr';
      assert.deepEqual(noteContradictions(compiled, prospect({ signals: ['always-on'] }, { notes })), []);
      assert.deepEqual(noteContradictions(compiled, prospect({ signals: [] }, { notes: 'erwartet Antworten nicht rund um die Uhr' })), []);
      assert.deepEqual(noteContradictions(compiled, prospect({}, { notes })), []);
    });

    it('an empty tag list is a value: the notes contradict "none of them"', () => {
      const c = noteContradictions(compileProfile(notesProfile()), prospect({ signals: [] }, { notes: 'available 24/7' }));
      assert.deepEqual(c.map((x) => [x.fact, x.value, x.type]), [['signals', 'always-on', 'tags']]);
    });

    it('a choice set to another option than the notes hint at', () => {
      const c = noteContradictions(compileProfile(notesProfile()), prospect({ style: 'intuitive' }, { notes: 'Wants every detail planned.' }));
      assert.deepEqual(c.map((x) => [x.fact, x.value, x.type, x.current]), [['style', 'detail-planner', 'choice', 'intuitive']]);
    });

    it('a value that cannot be read is no contradiction (its own error says what is wrong)', () => {
      const c = noteContradictions(compileProfile(notesProfile()), prospect({ signals: 'always' }, { notes: 'rund um die Uhr' }));
      assert.deepEqual(c, []);
    });

    it('the value that counts is the latest observation (and such a contradiction says it comes from one)', () => {
      const notes = 'erwartet Antworten rund um die Uhr';
      const agreeing = prospect({ signals: [] }, { notes, observations: [{ date: '2026-12-01', fact: 'signals', value: ['always-on'], index: 0 }] });
      assert.deepEqual(noteContradictions(compileProfile(notesProfile()), agreeing), []);
      const contradicting = prospect({ signals: ['always-on'] }, { notes, observations: [{ date: '2026-12-01', fact: 'signals', value: [], index: 0 }] });
      assert.deepEqual(noteContradictions(compileProfile(notesProfile()), contradicting).map((c) => [c.value, c.observed]), [['always-on', true]]);
    });
  });
});
