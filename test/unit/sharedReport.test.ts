// The one Markdown report writer (shared/src/report) that the CLI and the editor both use: the
// grouping by verdict, the escaping of whatever the files say (in cells and in headings), the
// links, and the words in whatever language the caller's `t` speaks.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { prospectsReport, type ReportEntry } from '../../shared/src/report/prospectsReport';
import { lessonsReport } from '../../shared/src/report/lessonsReport';
import { markdownLink, markdownText } from '../../shared/src/report/markdownText';
import type { Translate } from '../../shared/src/report/translate';
import type { ProfileLessons } from '../../shared/src/protocol';
import type { Verdict, VerdictKind } from '../../shared/src/types';

const english: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const BUNDLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
/** German from the bundle the server and the extension load: any `t` of that shape will do. */
const german: Translate = (m, ...args) => english(BUNDLE[m] ?? `MISSING(${m})`, ...args);
const relative = { t: english, link: (relativePath: string) => relativePath };

/** markdown-it (VS Code's Markdown preview), raw HTML on as there; undefined where it is not installed. */
function markdownIt(): ((src: string) => string) | undefined {
  try {
    const MarkdownIt = createRequire(__filename)('markdown-it') as (o: object) => { render(src: string): string };
    const md = MarkdownIt({ html: true, linkify: true });
    return (src) => md.render(src);
  } catch {
    return undefined;
  }
}

function verdict(kind: VerdictKind, prospect: string, extra: Partial<Verdict> = {}): Verdict {
  return {
    prospect, profile: 'Test profile', status: 'prospect', verdict: kind, score: 60, known: 100,
    criteria: [{ id: 'budget', fact: 'budget', outcome: 'unmet', weight: 1, expected: 'at least 5000', reason: 'unmet: 4000' }],
    dealbreakers: [], ask: [], referrals: [], hints: [], cautions: [], selfCheck: [], ...extra,
  };
}

const HOSTILE = 'Evil\n# Injected <img src=x onerror=alert(1)> | cell';

describe('the shared Markdown report', () => {
  it('groups by verdict: fit, borderline, undetermined, no fit, then not evaluated; by path within a group', () => {
    const entries: ReportEntry[] = [
      { file: 'e.prospect.yaml', verdict: verdict('no-fit', 'E') },
      { file: 'x.prospect.yaml', error: 'x.prospect.yaml:1:1: error: broken' },
      { file: 'd.prospect.yaml', verdict: verdict('undetermined', 'D') },
      { file: 'c.prospect.yaml', verdict: verdict('borderline', 'C') },
      { file: 'b.prospect.yaml', verdict: verdict('fit', 'B') },
      { file: 'a.prospect.yaml', verdict: verdict('fit', 'A') },
    ];
    const md = prospectsReport(entries, relative);
    const rows = md.split('\n').filter((l) => /^\| \[/.test(l)).map((l) => /^\| \[([^\]]+)\]/.exec(l)![1]);
    assert.deepEqual(rows, ['A', 'B', 'C', 'D', 'E', 'x.prospect.yaml']);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## A — fit', '## B — fit', '## C — borderline', '## D — open', '## E — no fit', '## x.prospect.yaml — not evaluated']);
    assert.match(md, /^6 prospects — fit: 2, borderline: 1, open: 1, no fit: 1, not evaluated: 1$/m);
    assert.match(md, /^\| \[x\.prospect\.yaml\]\(<x\.prospect\.yaml>\) \| not evaluated \|/m);
    assert.match(md, /^x\.prospect\.yaml:1:1: error: broken$/m);
  });

  it('escapes a hostile name, reason, question, referral, path and error in cells and headings', function () {
    const v = verdict('no-fit', HOSTILE, {
      profile: `Profile ${HOSTILE}`,
      criteria: [{ id: 'c_1', fact: 'f', outcome: 'unmet', expected: '', reason: `reason ${HOSTILE}` }],
      dealbreakers: ['c_1'],
      ask: [{ fact: 'f', question: `1. question ${HOSTILE}` }],
      referrals: [{ name: `- Ref ${HOSTILE}`, contact: 'a@b.example> <img src=y>', note: `note ${HOSTILE}` }],
    });
    const entries: ReportEntry[] = [
      { file: 'my dir (2)/<evil>.prospect.yaml', verdict: v },
      { file: 'bad.prospect.yaml', error: `bad.prospect.yaml:1:1: error: ${HOSTILE}` },
    ];
    const md = prospectsReport(entries, relative);
    // One line per row: every row of the table has its seven cells.
    const table = md.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(table.length, 4);
    for (const r of table) assert.equal(r.replace(/\\\|/g, '').split('|').length - 2, 7, r);
    assert.ok(!/<img/.test(md.replace(/\\</g, '')), 'no raw <img');
    assert.deepEqual(md.split('\n').filter((l) => /^#/.test(l)).map((l) => l.slice(0, 8)), ['# Ideal ', '## Evil ', '## bad.p']);
    assert.ok(md.includes('[Evil # Injected \\<img src=x onerror=alert(1)\\> \\| cell](<my dir (2)/%3Cevil%3E.prospect.yaml>)'), md);

    const render = markdownIt();
    if (!render) this.skip();
    const html = render(md);
    assert.ok(!/<img/i.test(html), `an img tag was rendered:\n${html}`);
    assert.equal((html.match(/<h1>/g) ?? []).length, 1, 'no heading injected');
    assert.equal((html.match(/<h2>/g) ?? []).length, 2, 'no heading injected');
    assert.equal((html.match(/<tr>/g) ?? []).length, 3, 'header and two rows');
    for (const tr of html.split('<tr>').slice(1)) assert.equal((tr.match(/<t[dh]>/g) ?? []).length, 7, tr);
    assert.match(html, /<h2>Evil # Injected &lt;img src=x onerror=alert\(1\)&gt; \| cell — no fit<\/h2>/);
    assert.match(html, /<a href="my%20dir%20\(2\)\/%3Cevil%3E.prospect.yaml">/);
    assert.ok(!/<ol start|<ul>\s*<li>\s*<ul>/.test(html), 'no list injected by "1." or "- "');
  });

  it('speaks the language of its t: German from the bundle', () => {
    const md = prospectsReport([
      { file: 'a.prospect.yaml', verdict: verdict('no-fit', 'A', { ask: [{ fact: 'f', question: 'Q?' }], referrals: [{ name: 'R' }] }) },
      { file: 'b.prospect.yaml', error: 'kaputt' },
    ], { t: german, link: (p) => p, when: '1.12.2026, 10:00:00' });
    assert.doesNotMatch(md, /MISSING/);
    assert.match(md, /^# Ideal Client – Interessenten$/m);
    assert.match(md, /^_Bewertet am 1\.12\.2026, 10:00:00_$/m);
    assert.match(md, /^\| Interessent \| Einschätzung \| Warum \| Passung \| Geklärt \| Als Nächstes fragen \| Passt eher zu \|$/m);
    assert.match(md, /^## A — passt nicht$/m);
    assert.match(md, /\| ✘ passt nicht \|/);
    assert.match(md, /^\*\*Als Nächstes fragen\*\*$/m);
    assert.match(md, /\| nicht bewertet \|/);
  });

  it('links each file as the caller says: a URI in the editor', () => {
    const md = prospectsReport([{ file: 'p/a.prospect.yaml', uri: 'file:///w/p/a.prospect.yaml', verdict: verdict('fit', 'A') }],
      { t: english, link: (p, uri) => uri ?? p });
    assert.match(md, /^\| \[A\]\(<file:\/\/\/w\/p\/a\.prospect\.yaml>\) \| ✔ fit \|  \| 60% \| 100% \|/m);
    assert.match(md, /^\[p\/a\.prospect\.yaml\]\(<file:\/\/\/w\/p\/a\.prospect\.yaml>\) · profile: Test profile · 60% match · 100% known$/m);
  });

  it('the lessons report: a row per lesson, ✓ first where it holds, hostile text escaped', function () {
    const results: ProfileLessons[] = [{
      profileUri: 'file:///w/p.profile.yaml', relativePath: 'p.profile.yaml', profile: HOSTILE,
      lessons: [
        { prospect: 'old/2019-always-right.prospect.yaml', uri: 'file:///w/old/2019-always-right.prospect.yaml', relativePath: 'old/2019-always-right.prospect.yaml', name: 'Always Right', expect: 'no-fit', actual: 'no-fit', score: 20, known: 100, ok: true, learned: HOSTILE },
        { prospect: 'gone.prospect.yaml', expect: 'fit', ok: false, message: `"gone.prospect.yaml" ${HOSTILE}` },
      ],
    }];
    const md = lessonsReport(results, { t: english, link: (p, uri) => uri ?? p });
    const rows = md.split('\n').filter((l) => /^\| [✓✗]/.test(l));
    assert.equal(rows.length, 2);
    assert.match(rows[0], /^\| ✓ \| \[Always Right\]\(<file:\/\/\/w\/old\/2019-always-right\.prospect\.yaml>\) \| no fit \| no fit \(20%\) \| Evil # Injected \\<img/);
    assert.match(rows[1], /^\| ✗ \| gone\.prospect\.yaml \| fit \| "gone\.prospect\.yaml" Evil/);
    for (const r of rows) assert.equal(r.replace(/\\\|/g, '').split('|').length - 2, 5, r);
    assert.equal(md.split('\n').filter((l) => l.startsWith('#')).length, 2);
    const de = lessonsReport(results, { t: german, link: (p) => p });
    assert.doesNotMatch(de, /MISSING/);
    assert.match(de, /^# Lehren$/m);

    const render = markdownIt();
    if (!render) this.skip();
    const html = render(md);
    assert.ok(!/<img/i.test(html), html);
    assert.equal((html.match(/<h2>/g) ?? []).length, 1);
  });
});

describe('markdownText and markdownLink', () => {
  const cases: [string, string][] = [
    ['Lindner & Söhne', 'Lindner & Söhne'],
    ['a &amp; b &#60;', 'a \\&amp; b \\&#60;'],
    ['# heading', '\\# heading'],
    ['C# team ##', 'C# team \\##'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['=====', '\\====='],
    ['#tag -5 1.12.2026', '#tag -5 1.12.2026'],
    ['1.12.2026, 10:00', '1.12.2026, 10:00'],
    ['a\r\n\tb   c', 'a b c'],
    // The no-break spaces of formatted values stay: "5.000 €" and "29 %" are not broken in a table cell.
    ['5.000\u00a0€ ·\n 29\u202f%', '5.000\u00a0€ · 29\u202f%'],
    ['*x* _y_ `z` [l](u) <b> a|b ~~s~~ $m$ \\', '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> a\\|b \\~\\~s\\~\\~ \\$m\\$ \\\\'],
  ];
  for (const [input, out] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(out)}`, () => assert.equal(markdownText(input), out));

  it('links in angle brackets: spaces and parentheses as they are, < > and line breaks encoded', () => {
    assert.equal(markdownLink('a b', 'dir (1)/a b.yaml'), '[a b](<dir (1)/a b.yaml>)');
    assert.equal(markdownLink('x', 'a<b>\nc\\d'), '[x](<a%3Cb%3E%0Ac\\\\d>)');
  });
});
