// Output injection: what a profile or prospect says reaches JUnit XML and the terminal escaped
// for each — XML without the characters XML 1.0 forbids, the terminal with every control
// character shown visibly (an ESC as \x1b), never raw.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/run';
import { verdictsAsJunit } from '../../server/src/report/junitReport';
import { visible } from '../../server/src/report/terminalText';
import type { Verdict } from '../../shared/src/types';

/** The XML 1.0 Char production, for every code point; and no markup character outside markup. */
function xmlProblems(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      out.push(`lone high surrogate at ${i}`);
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) { out.push(`lone low surrogate at ${i}`); continue; }
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);
    if (!ok) out.push(`U+${c.toString(16).padStart(4, '0')} at ${i}`);
  }
  // Every & starts an entity; attribute values hold no < (the writer quotes with ").
  for (const m of text.matchAll(/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/gi)) out.push(`bare & at ${m.index}`);
  for (const m of text.matchAll(/="([^"]*)"/g)) if (m[1].includes('<')) out.push(`< in attribute at ${m.index}`);
  return out;
}

const HOSTILE = 'A\uFFFE\uFFFF\u0000\u0001\u001b[2J\u0008\ud800 lone\udc00 \u{1F600}';

function verdict(name: string, reason: string): Verdict {
  return {
    prospect: name, profile: 'P', verdict: 'no-fit', score: 10, known: 100, dealbreakers: [],
    criteria: [{ id: 'c', fact: 'f', outcome: 'unmet', weight: 1, reason }],
    ask: [], referrals: [], hints: [],
  } as unknown as Verdict;
}

describe('JUnit output is well-formed XML 1.0 whatever the names say', () => {
  it('has no character XML forbids (U+FFFE, U+0000–U+001F but tab/LF/CR, lone surrogates)', () => {
    const xml = verdictsAsJunit([
      { file: `x${HOSTILE}.prospect.yaml`, verdict: verdict(HOSTILE, `why ${HOSTILE}`) },
      { file: 'e.prospect.yaml', error: `e.prospect.yaml:1:1: error: ${HOSTILE} & <b>` },
    ]);
    assert.deepEqual(xmlProblems(xml), []);
    // Kept: what XML can carry, a character outside the BMP as its pair.
    assert.ok(xml.includes('\u{1F600}'));
    assert.ok(xml.includes('\uFFFD'), 'forbidden characters are replaced visibly');
  });
});

describe('terminal output shows control characters visibly', () => {
  it('visible() escapes C0, DEL and C1 controls but keeps newlines, tabs and text', () => {
    assert.equal(visible('a\u001b]52;c;ZWNobw==\u0007b'), 'a\\x1b]52;c;ZWNobw==\\x07b');
    assert.equal(visible('x\u009b2Jy\u007f'), 'x\\x9b2Jy\\x7f');
    assert.equal(visible('line 1\n\tline 2 — Größe ✓'), 'line 1\n\tline 2 — Größe ✓');
    assert.equal(visible('a\rb'), 'a\\x0db');
  });

  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-escape-'));
    fs.writeFileSync(path.join(tmp, 'p.profile.yaml'), [
      'profile: "Evil\\e[2J\\e]52;c;ZWNobw==\\a"',
      'facts:',
      '  style:',
      '    type: choice',
      '    options: [calm, hectic]',
      'criteria:',
      '  - id: style',
      '    fact: style',
      '    is: calm',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(tmp, 'x.prospect.yaml'), 'prospect: "X\\e[2J\\e]52;c;ZWNobw==\\a"\nfacts:\n  style: calm\n');
    fs.writeFileSync(path.join(tmp, 'y.prospect.yaml'), 'prospect: Y\nfacts:\n  "st\\e[2Jyle": calm\n');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function run(args: string[]): { out: string; err: string } {
    let out = '';
    let err = '';
    runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd: tmp, env: {} });
    return { out, err };
  }

  it('evaluate (text) writes no raw ESC or BEL, and shows them as \\x1b and \\x07', () => {
    const r = run(['evaluate', 'x.prospect.yaml']);
    assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(r.out, /X\\x1b\[2J\\x1b\]52;c;ZWNobw==\\x07/);
    assert.match(r.out, /profile: Evil\\x1b\[2J/);
  });

  it('check writes no raw ESC in its lines', () => {
    const r = run(['check', '.']);
    assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(r.out, /st\\x1b\[2Jyle/);
  });
});
