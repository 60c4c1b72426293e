// New Prospect on a profile with facts of your own: those come last, under a comment of their
// own, with their label and no question (nobody is asked for them); the others as before.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { buildProfile } from '../../server/src/model/profileModel';
import { newProspectText } from '../../server/src/features/templates';

const SAMPLE = path.resolve(__dirname, '../../samples/wunschkunde.profile.yaml');

describe('New Prospect with facts of your own', () => {
  it('writes them under their own comment, after the facts to ask about, and the text stays a valid prospect', () => {
    const profile = buildProfile(parse(fs.readFileSync(SAMPLE, 'utf8')))!;
    const text = newProspectText(profile, '../wunschkunde.profile.yaml', { name: 'Neu', met: '2026-12-07' });
    assert.match(text, / {2}availability:\n\n {2}# Ihre eigenen Beobachtungen: werden nie gefragt, notieren Sie sie nach dem Gespräch\.\n {2}# Ziel gemeinsam geklärt\n {2}# yesno – ja oder nein\n {2}goalAgreed:\n {2}# Bauchgefühl\n {2}# choice – eines von: good, unsure, bad\n {2}gutFeeling:\n/);
    const value = parse(text) as { facts: Record<string, unknown> };
    assert.deepEqual(Object.keys(value.facts), ['workingStyle', 'expectedResponseTime', 'budget', 'outcomeExpectation', 'advice', 'availability', 'goalAgreed', 'gutFeeling']);
  });

  it('in English, and without the comment when the profile has no fact of its own', () => {
    const profile = buildProfile({
      profile: 'P', language: 'en', facts: { mood: { type: 'yesno', source: 'self' }, budget: { type: 'number', question: 'Budget?' } },
      criteria: [{ id: 'b', fact: 'budget', atLeast: 1 }],
    })!;
    const text = newProspectText(profile, 'p.profile.yaml', { name: 'N', met: '2026-12-07' });
    assert.match(text, / {2}budget:\n\n {2}# Your own observations: never asked, note them after the call\.\n {2}# mood\n {2}# yesno – yes or no\n {2}mood:\n/);
    const plain = newProspectText(buildProfile({ profile: 'P', facts: { budget: { type: 'number' } }, criteria: [] })!, 'p.profile.yaml');
    assert.doesNotMatch(plain, /own observations/);
  });
});
