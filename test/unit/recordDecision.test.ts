// Record Decision's edit, computed on the text: status and decision written where they belong,
// every other byte (comments, quoting, blank lines, a Markdown body) as it was; a syntax error or
// an existing decision (without the user's yes) refused with nothing changed.
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { parseText } from '../../server/src/parser/parsedDocument';
import { decisionEdit, type DecisionChoice } from '../../server/src/features/recordDecision';
import { splitFrontMatter } from '../../server/src/parser/frontMatter';
import { applyEdits } from '../helpers/textEdits';

function record(uri: string, text: string, choice: DecisionChoice, replace = false): { text: string; result: ReturnType<typeof decisionEdit> } {
  const result = decisionEdit(parseText(uri, 1, text), choice, uri.slice(uri.lastIndexOf('/') + 1), replace);
  return { text: result.ok ? applyEdits(text, result.edits) : text, result };
}

const YAML_URI = 'file:///ws/prospects/acme.prospect.yaml';
const MD_URI = 'file:///ws/prospects/acme.prospect.md';

const PROSPECT = [
  '# expected verdict: no fit',
  'prospect: ACME GmbH   # the company',
  "profile: '../wunschkunde.profile.yaml'",
  'contact: { name: Erika Muster }',
  '',
  'met: 2026-11-20',
  'facts:',
  '  budget: 3000 EUR  # too small',
  '  signals: [always-on]',
  '',
  '# notes below',
  'notes: |',
  '  Wants answers day and night.',
  '',
].join('\n');

describe('Record Decision: the edit', () => {
  it('adds status and decision under prospect:, and nothing else changes', () => {
    const { text, result } = record(YAML_URI, PROSPECT, { outcome: 'referred', to: 'Jonas Weber', date: '2026-12-07' });
    assert.ok(result.ok, JSON.stringify(result));
    const added = 'status: referred\ndecision:\n  date: 2026-12-07\n  outcome: referred\n  to: Jonas Weber\n';
    const at = text.indexOf(added);
    assert.ok(at > 0, text);
    assert.equal(text.slice(0, at) + text.slice(at + added.length), PROSPECT, 'only lines were added');
    assert.ok(text.startsWith('# expected verdict: no fit\nprospect: ACME GmbH   # the company\nstatus: referred\n'), text);
    const value = parse(text) as { status: string; decision: Record<string, string> };
    assert.equal(value.status, 'referred');
    assert.deepEqual(value.decision, { date: '2026-12-07', outcome: 'referred', to: 'Jonas Weber' });
  });

  it('signed makes a client, without a `to`', () => {
    const { text } = record(YAML_URI, PROSPECT, { outcome: 'signed', to: 'Jonas Weber', date: '2026-12-07' });
    const value = parse(text) as { status: string; decision: Record<string, string> };
    assert.equal(value.status, 'client');
    assert.deepEqual(value.decision, { date: '2026-12-07', outcome: 'signed' });
  });

  it('replaces an existing status where it stands, keeping its comment', () => {
    const before = PROSPECT.replace('met: 2026-11-20\n', 'met: 2026-11-20\nstatus: offered   # sent on 1.12.\n');
    const { text, result } = record(YAML_URI, before, { outcome: 'declined', date: '2026-12-07' });
    assert.ok(result.ok);
    assert.match(text, /\nstatus: declined   # sent on 1\.12\.\ndecision:\n {2}date: 2026-12-07\n {2}outcome: declined\nfacts:/);
    assert.equal(text.replace('status: declined', 'status: offered').replace('decision:\n  date: 2026-12-07\n  outcome: declined\n', ''), before);
  });

  it('a Markdown prospect: written in the front matter, the body untouched byte for byte', () => {
    const body = '\nKurzes Telefonat.\n\nstatus: this line is notes, not YAML\n---\nprospect: not this either\n';
    const before = `---\nprospect: Lindner & Söhne\nmet: 2026-12-01\nfacts:\n  budget:\n---\n${body}`;
    const { text, result } = record(MD_URI, before, { outcome: 'declined', date: '2026-12-07' });
    assert.ok(result.ok, JSON.stringify(result));
    const fm = splitFrontMatter(text);
    const was = splitFrontMatter(before);
    assert.ok(fm.kind === 'found' && was.kind === 'found');
    assert.equal(text.slice(fm.bodyStart), before.slice(was.bodyStart), 'the body as it was, byte for byte');
    assert.ok(text.endsWith(body));
    assert.deepEqual(parse(text.slice(fm.yamlStart, fm.yamlEnd)), {
      prospect: 'Lindner & Söhne', status: 'declined', decision: { date: '2026-12-07', outcome: 'declined' }, met: '2026-12-01', facts: { budget: null },
    });
  });

  it('keeps Windows line ends', () => {
    const crlf = PROSPECT.replace(/\n/g, '\r\n');
    const { text } = record(YAML_URI, crlf, { outcome: 'declined', date: '2026-12-07' });
    assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
    assert.ok(text.includes('status: declined\r\ndecision:\r\n  date: 2026-12-07\r\n'));
  });

  it('an existing decision is refused without replace, and nothing is changed', () => {
    const before = PROSPECT.replace('met: 2026-11-20\n', 'met: 2026-11-20\ndecision:\n  date: 2026-12-01 # first try\n  outcome: declined\n  note: Sent a kind no.\n');
    const refused = record(YAML_URI, before, { outcome: 'referred', to: 'Anna Schmidt', date: '2026-12-07' });
    assert.equal(refused.result.ok, false);
    assert.ok(!refused.result.ok && refused.result.reason === 'exists');
    assert.equal(refused.text, before);
  });

  it('an existing decision, replaced: its date, outcome and `to` change; its note and comments stay', () => {
    const before = PROSPECT.replace('met: 2026-11-20\n', 'met: 2026-11-20\ndecision:\n  date: 2026-12-01 # first try\n  outcome: declined\n  note: Sent a kind no.\n');
    const { text, result } = record(YAML_URI, before, { outcome: 'referred', to: 'Anna Schmidt', date: '2026-12-07' }, true);
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(text, /decision:\n {2}date: 2026-12-07 # first try\n {2}outcome: referred\n {2}note: Sent a kind no\.\n {2}to: Anna Schmidt\n/);
    const back = record(YAML_URI, text, { outcome: 'declined', date: '2026-12-08' }, true);
    assert.ok(back.result.ok);
    assert.ok(!back.text.includes('to: Anna Schmidt'), 'a referral\'s `to` goes with another outcome');
    assert.deepEqual((parse(back.text) as { decision: unknown }).decision, { date: '2026-12-08', outcome: 'declined', note: 'Sent a kind no.' });
  });

  it('`decision:` written on one line becomes the block', () => {
    const before = PROSPECT.replace('met: 2026-11-20\n', 'met: 2026-11-20\ndecision: { outcome: signed }\n');
    const { text, result } = record(YAML_URI, before, { outcome: 'declined', date: '2026-12-07' }, true);
    assert.ok(result.ok);
    assert.match(text, /\ndecision:\n {2}date: 2026-12-07\n {2}outcome: declined\nfacts:/);
  });

  it('a name that YAML would misread is quoted', () => {
    const { text } = record(YAML_URI, PROSPECT, { outcome: 'referred', to: 'Weber: Support # 24/7', date: '2026-12-07' });
    assert.equal((parse(text) as { decision: { to: string } }).decision.to, 'Weber: Support # 24/7');
  });

  it('a prospect with a syntax error is refused, naming file, line and column; nothing is changed', () => {
    const broken = PROSPECT.replace('  signals: [always-on]', '  signals: [always-on');
    const { text, result } = record(YAML_URI, broken, { outcome: 'declined', date: '2026-12-07' });
    assert.equal(text, broken);
    assert.ok(!result.ok && result.reason === 'syntax');
    assert.match(result.ok ? '' : result.message, /^acme\.prospect\.yaml:\d+:\d+: .+ Fix this first; nothing was changed\.$/);
  });
});
