// Completion of the new keys: severity, source and clarifyBy with their values from the schema,
// and after `fromOffer:` the keys the profile's offer has.
import { strict as assert } from 'node:assert';
import type { CompletionList } from 'vscode-languageserver-types';
import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { doComplete } from '../../server/src/features/completion';

const HEAD = `profile: P
offer:
  responseTime: 1d
  hoursPerWeek: 12
facts:
  rt:
    type: duration
criteria:
  - id: rt
    fact: rt
`;

function complete(fixture: string): CompletionList {
  const offset = fixture.indexOf('|');
  const text = fixture.slice(0, offset) + fixture.slice(offset + 1);
  const parsed = parseText('file:///w/p.profile.yaml', 1, text);
  const profile = buildProfile(parsed.value);
  return doComplete(parsed, parsed.lines.positionAt(offset), {
    profile: profile ? { uri: parsed.uri, parsed, profile } : undefined, resolvePath: () => ({ ok: false, message: '' }),
  });
}

const labels = (l: CompletionList): string[] => l.items.map((i) => i.label);

describe('completion of severity, source, clarifyBy and fromOffer', () => {
  it('offers the offer\'s keys after fromOffer:, with their values', () => {
    const list = complete(`${HEAD}    atLeast:\n      fromOffer: |\n`);
    assert.deepEqual(labels(list), ['responseTime', 'hoursPerWeek']);
    assert.equal(list.items[0].detail, '1d');
    assert.deepEqual(labels(complete(`${HEAD}    atLeast:\n      fromOffer: resp|\n`)), ['responseTime', 'hoursPerWeek']);
  });

  it('offers severity\'s levels, and source: self, clarifyBy: offer on a fact', () => {
    assert.deepEqual(labels(complete(`${HEAD}    atLeast: 1d\n    severity: |\n`)), ['normal', 'caution', 'dealbreaker']);
    const fact = complete(HEAD.replace('    type: duration\n', '    type: duration\n    source: |\n'));
    assert.deepEqual(labels(fact), ['self']);
    const clarify = complete(HEAD.replace('    type: duration\n', '    type: duration\n    clarifyBy: |\n'));
    assert.deepEqual(labels(clarify), ['offer']);
  });
});
