// The checks of `severity`, `source: self` and `{ fromOffer: key }`: each problem on the exact
// node, in plain words, with a stable code and a "did you mean" replacement where a key is close.
import { strict as assert } from 'node:assert';
import { parseText } from '../../server/src/parser/parsedDocument';
import { buildProfile } from '../../server/src/model/profileModel';
import { checkProfile } from '../../server/src/features/validation/profileChecks';
import { validateAgainstSchema } from '../../server/src/features/validation/schemaValidation';
import type { Problem } from '../../server/src/model/problem';

const HEAD = `profile: P
offer:
  responseTime: 1d
  hoursPerWeek: 12
  channels: [email, video-call]
facts:
  responseTime:
    type: duration
  channels:
    type: tags
    options: [email, video-call, messenger]
  gut:
    type: choice
    options: [good, bad]
    source: self
    question: Wie war das Gespräch?
criteria:
`;
/** The line of the first criterion's "- id:" (HEAD has 17 lines, 0–16). */
const FIRST = 17;

function problems(criteria: string, head = HEAD): Problem[] {
  const parsed = parseText('file:///w/x.profile.yaml', 1, head + criteria);
  return [...validateAgainstSchema(parsed), ...checkProfile(parsed, buildProfile(parsed.value)!, [])];
}

function lineText(criteria: string, line: number, head = HEAD): string {
  return (head + criteria).split('\n')[line];
}

describe('checks of severity, source: self and fromOffer', () => {
  it('accepts each of them written right', () => {
    const ok = '  - id: r\n    fact: responseTime\n    atLeast: { fromOffer: responseTime }\n    severity: caution\n    weight: 2\n'
      + '  - id: c\n    fact: channels\n    includesAny:\n      fromOffer: channels\n    severity: dealbreaker\n'
      + '  - id: d\n    fact: channels\n    excludes: [messenger]\n    severity: dealbreaker\n    dealbreaker: true\n';
    const head = HEAD.replace('    question: Wie war das Gespräch?\n', '');
    assert.deepEqual(problems(ok, head), []);
  });

  it('severity that contradicts dealbreaker: an error on dealbreaker', () => {
    const text = '  - id: r\n    fact: responseTime\n    atLeast: 1d\n    severity: caution\n    dealbreaker: true\n';
    const found = problems(text).filter((p) => p.code === 'severity-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].range.start.line, FIRST + 4);
    assert.equal(found[0].message, '"dealbreaker: true" contradicts "severity: caution": keep one of them (severity: dealbreaker is the same as dealbreaker: true).');
    const other = problems('  - id: r\n    fact: responseTime\n    atLeast: 1d\n    severity: dealbreaker\n    dealbreaker: false\n');
    assert.deepEqual(other.map((p) => p.code), ['severity-conflict']);
  });

  it('severity: dealbreaker with a weight: a schema error on weight, like dealbreaker: true', () => {
    const found = problems('  - id: r\n    fact: responseTime\n    atLeast: 1d\n    severity: dealbreaker\n    weight: 2\n');
    assert.equal(found.length, 1);
    assert.equal(found[0].code, 'schema');
    assert.equal(found[0].range.start.line, FIRST + 4);
    assert.match(found[0].message, /"weight" is not allowed together with "severity: dealbreaker"/);
  });

  it('a fact of your own with a question a criterion would ask: a warning on the question', () => {
    const text = '  - id: g\n    fact: gut\n    is: good\n    severity: caution\n';
    const found = problems(text);
    assert.deepEqual(found.map((p) => [p.code, p.severity]), [['self-question', 'warning']]);
    assert.equal(lineText(text, found[0].range.start.line).trim(), 'question: Wie war das Gespräch?');
    assert.match(found[0].message, /^gut is your own observation \(source: self\): this question is never asked/);
    // No criterion on it: the question is harmless, nothing to say.
    assert.deepEqual(problems('  - id: r\n    fact: responseTime\n    atLeast: 1d\n'), []);
  });

  it('fromOffer naming a key the offer lacks: an error on the key, with did you mean', () => {
    const text = '  - id: r\n    fact: responseTime\n    atLeast: { fromOffer: responseTim }\n';
    const found = problems(text);
    assert.equal(found.length, 1);
    const [p] = found;
    assert.equal(p.code, 'offer-key');
    assert.equal(p.severity, 'error');
    const line = lineText(text, p.range.start.line);
    assert.equal(line.slice(p.range.start.character, p.range.end.character), 'responseTim');
    assert.equal(p.message, 'Your offer has no "responseTim". Did you mean "responseTime"? Your offer has: responseTime, hoursPerWeek, channels.');
    assert.deepEqual(p.data, { replacement: 'responseTime' });
  });

  it('fromOffer without an offer: says to add it', () => {
    const head = HEAD.replace(/offer:\n(  .*\n)+/, '');
    const found = problems('  - id: r\n    fact: responseTime\n    atLeast: { fromOffer: responseTime }\n', head);
    assert.deepEqual(found.map((p) => p.message), ['Your offer has no "responseTime". Add it under offer: first.']);
  });

  it('fromOffer naming an offer value of a type that does not fit the fact: an error on the key', () => {
    const hours = problems('  - id: r\n    fact: responseTime\n    atLeast: { fromOffer: hoursPerWeek }\n');
    assert.equal(hours.length, 1);
    assert.equal(hours[0].code, 'offer-key');
    assert.match(hours[0].message, /^offer\.hoursPerWeek \(12\) does not fit responseTime here: 12 is not a duration/);
    const list = problems('  - id: r\n    fact: responseTime\n    atLeast: { fromOffer: channels }\n');
    assert.deepEqual(list.map((p) => p.code), ['offer-key']);
    const options = problems('  - id: c\n    fact: channels\n    includesAny: { fromOffer: channels }\n',
      HEAD.replace('channels: [email, video-call]', 'channels: [email, phone]'));
    assert.deepEqual(options.map((p) => p.message), [
      'offer.channels (["email","phone"]) does not fit channels here: phone is not an option of channels (options: email, video-call, messenger).',
    ]);
  });

  it('a mapping other than { fromOffer: key } as an argument: a schema error naming fromOffer', () => {
    const found = problems('  - id: r\n    fact: responseTime\n    atLeast: { fromOfer: responseTime }\n');
    assert.ok(found.some((p) => p.code === 'schema' && /Did you mean "fromOffer"\?/.test(p.message)), found.map((p) => p.message).join('\n'));
  });
});
