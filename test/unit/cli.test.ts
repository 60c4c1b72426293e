// The command line over the samples: verdicts, formats, check lines and exit codes. It runs the
// CLI in-process (runCli) with a captured output, and once as the built bundle.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as l10n from '@vscode/l10n';
import { runCli } from '../../server/src/cli/run';
import { useLanguage } from '../../server/src/cli/language';
import { readExpected } from '../helpers/expected.mjs';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = path.join(ROOT, 'samples');

/** Runs the CLI in-process; `env` stands for the locale variables (none: English, whatever the machine's). */
function cli(args: string[], cwd = SAMPLES, env: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { err += t + '\n'; }, cwd, env });
  return { code, out, err };
}

describe('CLI', () => {
  it('evaluates the ACME prospect: no-fit by its unmet dealbreaker, score 29, known 70 (json)', () => {
    const r = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const v = JSON.parse(r.out);
    assert.equal(v.verdict, 'no-fit');
    assert.equal(v.score, 29);
    assert.equal(v.known, 70);
    assert.deepEqual(v.dealbreakers, ['takes-advice']);
    assert.equal(v.referrals[0].name, 'Anna Schmidt');
  });

  it('gives an array for several prospects, and every verdict in EXPECTED.md', () => {
    const rows = readExpected(path.join(SAMPLES, 'EXPECTED.md'));
    const files = rows.map((row) => row.file);
    const r = cli(['evaluate', ...files, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const verdicts = JSON.parse(r.out) as { verdict: string; score: number | null; known: number }[];
    assert.equal(verdicts.length, files.length);
    rows.forEach((row, i) => {
      assert.deepEqual({ verdict: verdicts[i].verdict, score: verdicts[i].score, known: verdicts[i].known },
        { verdict: row.verdict, score: row.score, known: row.known }, row.file);
    });
    assert.deepEqual(new Set(verdicts.map((v) => v.verdict)), new Set(['fit', 'borderline', 'no-fit', 'undetermined']));
  });

  it('prints the headlines samples/EXPECTED.md shows ("What the headline says"), why before the numbers', () => {
    const md = fs.readFileSync(path.join(SAMPLES, 'EXPECTED.md'), 'utf8');
    const section = md.slice(md.indexOf('## What the headline says'));
    const rows = [...section.matchAll(/^- (\w+): `([^`]+)`/gm)].map((m) => ({ name: m[1], headline: m[2] }));
    assert.ok(rows.length >= 7, 'EXPECTED.md lists the headlines');
    const out = cli(['evaluate', 'prospects']).out.split('\n');
    for (const { name, headline } of rows) {
      const line = out.find((l) => new RegExp(`^\\S.*[-/]${name}\\.prospect\\.(yaml|md)\\) — `).test(l));
      // EXPECTED.md writes plain spaces where the CLI writes no-break ones (4\u00a0Std.).
      assert.equal(line?.replace(/\u00a0/g, ' ').slice(line.indexOf(') — ') + 4), headline, name);
    }
  });

  it('prints a readable text verdict with the questions and the referral', () => {
    const r = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml']);
    assert.match(r.out, /ACME GmbH .*no fit — Nimmt Rat an: „will immer Recht haben“ \(dealbreaker\) · 29% match · 70% known/);
    assert.match(r.out, /ask next:/);
    assert.match(r.out, /Anna Schmidt <anna@example\.org>/);
  });

  it('writes markdown and junit reports', () => {
    const md = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'markdown']);
    assert.match(md.out, /^# Ideal Client/m);
    assert.match(md.out, /\| \[ACME GmbH\]/);
    const junit = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'junit']);
    // A no fit is a result, not a failed test: the test case passes with the verdict as its output.
    assert.match(junit.out, /<testsuite name="ideal-client" tests="1" failures="0" errors="0" skipped="0">/);
    assert.match(junit.out, /<system-out>no fit — Nimmt Rat an: „will immer Recht haben“ \(dealbreaker\) · 29% match · 70% known<\/system-out>/);
    assert.equal(junit.code, 0);
  });

  it('JUnit fails what the exit code fails for: a prospect not evaluated, or judged despite errors', () => {
    const r = cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', 'errors/broken.prospect.yaml', 'nope.prospect.yaml', '--format', 'junit']);
    assert.equal(r.code, 1);
    assert.match(r.out, /<testsuite name="ideal-client" tests="3" failures="2" errors="0" skipped="0">/);
    assert.match(r.out, /<testcase classname="errors\/broken\.prospect\.yaml" name="Fehlerhaft GmbH">\n {4}<failure message="5 errors in the prospect">errors\/broken\.prospect\.yaml:10:6: error: /);
    assert.match(r.out, /<testcase classname="nope\.prospect\.yaml" name="nope\.prospect\.yaml">\n {4}<failure message="nope\.prospect\.yaml:1:1: error: no such file"\/>/);
  });

  it('an evaluated prospect with errors says so, line by line on standard error, and exits 1', () => {
    const r = cli(['evaluate', 'errors/broken.prospect.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.out, /^Fehlerhaft GmbH \(errors\/broken\.prospect\.yaml\)/, 'the verdict is still written');
    const lines = r.err.trim().split('\n');
    assert.match(lines[0], /^errors\/broken\.prospect\.yaml:10:6: error: "31\.11\.2026" is not a day that exists/);
    assert.ok(lines.some((l) => /^errors\/broken\.prospect\.yaml:16:3: error: The profile does not know the fact "goalAgred"/.test(l)), r.err);
    const json = cli(['evaluate', 'errors/broken.prospect.yaml', '--format', 'json']);
    assert.equal(json.code, 1);
    assert.equal(JSON.parse(json.out).prospect, 'Fehlerhaft GmbH');
  });

  it('--format json names each prospect\'s file, relative to the root', () => {
    const one = JSON.parse(cli(['evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json']).out);
    assert.equal(one.path, 'prospects/2026-11-20-acme.prospect.yaml');
    assert.equal(Object.keys(one)[0], 'path');
    const inner = cli(['evaluate', '2026-11-20-acme.prospect.yaml', '2026-11-24-baumann.prospect.md', '--format', 'json', '--root', '..'], path.join(SAMPLES, 'prospects'));
    assert.deepEqual(JSON.parse(inner.out).map((v: { path: string }) => v.path),
      ['prospects/2026-11-20-acme.prospect.yaml', 'prospects/2026-11-24-baumann.prospect.md']);
  });

  it('check writes its problems to standard output, by line and column, so that `check > file` keeps them', () => {
    const r = cli(['check', 'errors/broken.prospect.yaml', 'errors/broken.profile.yaml']);
    assert.equal(r.code, 1);
    assert.equal(r.err, '', 'nothing on standard error');
    const lines = r.out.trim().split('\n');
    assert.match(lines.at(-1)!, /^2 files checked: \d+ errors?, /);
    for (const file of ['errors/broken.prospect.yaml', 'errors/broken.profile.yaml']) {
      const at = lines.filter((l) => l.startsWith(`${file}:`)).map((l) => l.split(':').slice(1, 3).map(Number));
      assert.ok(at.length >= 5, file);
      const sorted = [...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      assert.deepEqual(at, sorted, `${file}: by line, then column`);
    }
  });

  it('lists the questions still to ask', () => {
    const r = cli(['questions', 'prospects/2026-11-20-acme.prospect.yaml']);
    assert.equal(r.code, 0);
    // The one question to ask; goalAgreed is my own check, to note after the call, never asked.
    // With the fact's label before it, never the fact's id after it.
    assert.match(r.out, /^- Erwartung an das Ergebnis: Welches Ergebnis erwarten Sie mit diesem Budget in diesem Zeitraum\?$/m);
    assert.match(r.out, /note after the call:\n- Ziel gemeinsam geklärt\n/);
    assert.doesNotMatch(r.out, /outcomeExpectation|goalAgreed|gutFeeling/);
  });

  it('check passes on the valid samples and fails with file:line:column lines on the broken ones', () => {
    const ok = cli(['check', '.', '--root', '.'], SAMPLES);
    const bad = ok.out.split('\n').filter((l) => / error: /.test(l) && !l.startsWith('errors/'));
    assert.deepEqual(bad, [], 'only files under errors/ have errors');
    const broken = cli(['check', 'errors/broken.profile.yaml']);
    assert.equal(broken.code, 1);
    for (const line of broken.out.trim().split('\n').slice(0, -1)) assert.match(line, /^errors\/broken\.profile\.yaml:\d+:\d+: error: \S/);
  });

  describe('bad input: one line naming the file, non-zero exit, no stack trace', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cli-'));
      fs.writeFileSync(path.join(dir, 'p.profile.yaml'), 'profile: P\nfacts:\n  a: { type: yesno }\ncriteria:\n  - { id: a, fact: a, is: true }\n');
      fs.writeFileSync(path.join(dir, 'broken.prospect.yaml'), 'prospect: [unclosed\n');
      fs.writeFileSync(path.join(dir, 'bomb.prospect.yaml'), 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n');
      fs.writeFileSync(path.join(dir, 'outside.prospect.yaml'), 'prospect: O\nprofile: ../../etc/passwd.profile.yaml\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cases: [string, string[], RegExp][] = [
      ['broken YAML', ['evaluate', 'broken.prospect.yaml'], /^broken\.prospect\.yaml:\d+:\d+: error: /],
      ['a missing file', ['evaluate', 'nope.prospect.yaml'], /^nope\.prospect\.yaml:1:1: error: no such file/],
      ['an alias bomb', ['evaluate', 'bomb.prospect.yaml'], /^bomb\.prospect\.yaml:\d+:\d+: error: .*alias/],
      ['a profile outside the root', ['evaluate', 'outside.prospect.yaml'], /^outside\.prospect\.yaml:1:1: error: .*leaves the workspace folder/],
    ];
    for (const [name, args, re] of cases) {
      it(name, () => {
        const r = cli(args, dir);
        assert.equal(r.code, 1);
        const lines = r.err.trim().split('\n');
        assert.equal(lines.length, 1, r.err);
        assert.match(lines[0], re);
        assert.doesNotMatch(r.err, /\n\s+at /);
      });
    }
    it('usage errors exit 2', () => {
      assert.equal(cli(['frobnicate']).code, 2);
      assert.equal(cli(['evaluate']).code, 2);
      assert.equal(cli(['evaluate', 'x', '--format', 'pdf']).code, 2);
    });
    it('an unknown --profile: one line naming the flag and the path as typed, exit 2, in either language', () => {
      // A valid prospect, so that nothing but the profile can be what fails.
      const acme = 'prospects/2026-11-20-acme.prospect.yaml';
      assert.equal(cli(['evaluate', acme, '--profile', 'wunschkunde.profile.yaml']).code, 0, 'the prospect is judged by a --profile that exists');
      const en = cli(['evaluate', acme, '--profile', './nope.profile.yaml', '--lang', 'en']);
      assert.equal(en.code, 2);
      assert.equal(en.err, 'ideal-client: --profile ./nope.profile.yaml: no such profile file\n');
      assert.equal(en.out, '');
      const de = cli(['evaluate', acme, '--profile', './nope.profile.yaml', '--lang', 'de']);
      assert.equal(de.code, 2);
      assert.equal(de.err, 'ideal-client: --profile ./nope.profile.yaml: Profil-Datei nicht gefunden\n');
      assert.equal(cli(['check', 'prospects', '--profile', 'nope.profile.yaml']).code, 2, 'check reads --profile too');
    });
  });

  describe('arguments read by util.parseArgs, its errors in the CLI\'s words', () => {
    const usage = (line: string): string => `ideal-client: ${line}\nRun "ideal-client --help" for usage.\n`;
    const cases: [string[], string][] = [
      [['evaluate', 'x', '--bogus=1'], 'unknown option --bogus=1'],
      [['evaluate', 'x', '-hx'], 'unknown option -hx'],
      [['evaluate', 'x', '--profile'], '--profile needs a value'],
      [['evaluate', 'x', '-f', '--root', '.'], '-f needs a value'],
      [['evaluate', 'x', '--help=1'], 'unknown option --help=1'],
    ];
    for (const [args, line] of cases) {
      it(args.join(' '), () => {
        const r = cli(args);
        assert.equal(r.code, 2);
        assert.equal(r.err, usage(line));
      });
    }

    it('an option the command does not take is a usage error, never ignored', () => {
      assert.equal(cli(['check', '--format', 'json']).err, usage('check does not take --format'));
      assert.equal(cli(['check', 'prospects', '-f', 'json']).code, 2);
      const questions = cli(['questions', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'markdown']);
      assert.equal(questions.code, 2);
      assert.equal(questions.err, usage('--format must be one of text, json, not "markdown"'));
      assert.equal(cli(['questions', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json']).code, 0);
    });

    it('in German too', () => {
      const de = (line: string): string => `ideal-client: ${line}\n„ideal-client --help“ zeigt, wie es geht.\n`;
      assert.equal(cli(['check', '--format', 'json', '--lang', 'de']).err, de('check kennt die Option --format nicht'));
      assert.equal(cli(['evaluate', 'x', '--profile', '--lang=de']).err, de('--profile braucht einen Wert'));
    });
  });

  it('runs as the built bundle', function () {
    this.timeout(60000);
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) spawnSync('node', ['esbuild.mjs'], { cwd: ROOT });
    const r = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'evaluate', 'prospects/2026-11-20-acme.prospect.yaml', '--format', 'json'], { cwd: SAMPLES, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).verdict, 'no-fit');
  });

  describe('--lang en|de, else the locale of the environment', () => {
    const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
    const INITECH = 'agency/prospects/2026-11-21-initech.prospect.md';

    it('--lang de gives the CLI\'s and the report\'s words in German; reasons stay in the profile\'s language', () => {
      const r = cli(['evaluate', ACME, INITECH, '--lang', 'de']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^ACME GmbH \(prospects\/2026-11-20-acme\.prospect\.yaml\) — ✘ passt nicht — Nimmt Rat an: „will immer Recht haben“ \(Ausschlusskriterium\) · Passung 29\u202f% · 70\u202f% geklärt · passt eher zu: Anna Schmidt$/m);
      assert.match(r.out, /^ {2}Profil: Wunschkunde Beratung$/m);
      assert.match(r.out, /^ {2}✗ Arbeitsweise: „jedes Detail vorab geplant“, gewünscht: „intuitiv, mit grober Richtung“ oder „strukturiert, mit Meilensteinen“ — Ihr Grund: /m);
      assert.match(r.out, /^ {2}als Nächstes fragen:$/m);
      assert.match(r.out, /^ {2}passt eher zu:$/m);
      // The agency profile is English (language: en): its reasons and questions stay English.
      assert.match(r.out, /^ {2}✗ Budget: \$8,000, wanted: at least \$10,000 — your reason: /m);
      assert.match(r.out, /^ {4}- Timeline: When do you need this in place\?$/m);
      assert.doesNotMatch(r.out, /ask next:|better suited:|weight \d|profile: |Punktzahl|bekannt|weiterempfehlen/);
    });

    it('--lang de translates usage errors, file errors, the check summary and the reports', () => {
      const usage = cli(['frobnicate', '--lang=de']);
      assert.equal(usage.code, 2);
      assert.equal(usage.err, 'ideal-client: unbekannter Befehl „frobnicate“ (evaluate, check, questions, lessons, diff, reply)\n„ideal-client --help“ zeigt, wie es geht.\n');
      const missing = cli(['evaluate', 'nope.prospect.yaml', '--lang', 'de']);
      assert.equal(missing.err, 'nope.prospect.yaml:1:1: error: Datei nicht gefunden\n');
      const check = cli(['check', 'prospects', '--lang', 'de']);
      assert.match(check.out, /^\d+ Dateien geprüft: 0 Fehler, (1 Warnung|\d+ Warnungen)\.$/m);
      const md = cli(['evaluate', ACME, '--format', 'markdown', '--lang', 'de']);
      assert.match(md.out, /^# Ideal Client – Interessenten$/m);
      assert.match(md.out, /^\| Interessent \| Einschätzung \| Warum \| Passung \| Geklärt \| Als Nächstes fragen \| Passt eher zu \|$/m);
      assert.match(md.out, /^\*\*Als Nächstes fragen\*\*$/m);
      const junit = cli(['evaluate', ACME, '--format', 'junit', '--lang', 'de']);
      assert.match(junit.out, /<system-out>passt nicht — Nimmt Rat an: „will immer Recht haben“ \(Ausschlusskriterium\) · Passung 29\u202f% · 70\u202f% geklärt<\/system-out>/);
      assert.match(cli(['--help', '--lang', 'de']).out, /^Verwendung:$/m);
    });

    it('is English by default, and when asked', () => {
      for (const r of [cli(['evaluate', ACME]), cli(['evaluate', ACME, '--lang', 'en'], SAMPLES, { LANG: 'de_DE.UTF-8' })]) {
        assert.match(r.out, /— ✘ no fit — Nimmt Rat an: „will immer Recht haben“ \(dealbreaker\) · 29% match · 70% known · better suited: Anna Schmidt$/m);
        assert.match(r.out, /^ {2}profile: Wunschkunde Beratung$/m);
        assert.match(r.out, /^ {2}ask next:$/m);
        // The profile is German: its reasons stay German in an English CLI.
        assert.match(r.out, /^ {2}✗ Arbeitsweise: „jedes Detail vorab geplant“, gewünscht: /m);
      }
      assert.match(cli(['check', 'prospects']).out, /^\d+ files checked: 0 errors, (1 warning|\d+ warnings)\.$/m);
      assert.match(cli(['--help']).out, /^Usage:$/m);
    });

    it('says why a file cannot be read, in either language', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-read-'));
      try {
        // A folder with a prospect's name: it exists, but it is no file to read.
        fs.mkdirSync(path.join(dir, 'folder.prospect.yaml'));
        assert.equal(cli(['evaluate', 'folder.prospect.yaml'], dir).err, 'folder.prospect.yaml:1:1: error: is a folder, not a file\n');
        assert.equal(cli(['evaluate', 'folder.prospect.yaml'], dir, { LANG: 'de_DE.UTF-8' }).err, 'folder.prospect.yaml:1:1: error: ist ein Ordner, keine Datei\n');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('takes the language from LC_ALL, LC_MESSAGES or LANG, in that order', () => {
      const words = (env: Record<string, string>): string => (cli(['frobnicate'], SAMPLES, env).err.includes('unbekannter Befehl') ? 'de' : 'en');
      assert.equal(words({ LANG: 'de_DE.UTF-8' }), 'de');
      assert.equal(words({ LC_MESSAGES: 'de_AT' }), 'de');
      assert.equal(words({ LC_ALL: 'de' }), 'de');
      assert.equal(words({ LANG: 'en_US.UTF-8' }), 'en');
      assert.equal(words({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' }), 'en');
      assert.equal(words({ LC_ALL: 'de_CH.UTF-8', LANG: 'en_GB' }), 'de');
    });

    it('rejects another --lang, and leaves the next run English', () => {
      const r = cli(['evaluate', ACME, '--lang', 'fr']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^ideal-client: --lang must be one of en, de, not "fr"$/m);
      cli(['evaluate', ACME, '--lang', 'de']);
      assert.match(cli(['evaluate', ACME]).out, /no fit — .* · 29% match/);
    });

    it('a missing or broken German bundle means English, never a crash', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-l10n-'));
      try {
        fs.writeFileSync(path.join(dir, 'broken.json'), '{ "fit": ');
        assert.equal(useLanguage('de', [path.join(dir, 'missing.json'), path.join(dir, 'broken.json')]), 'en');
        assert.equal(l10n.t('no fit'), 'no fit');
        assert.equal(useLanguage('de'), 'de', 'the real bundle is found next to the sources');
        assert.equal(l10n.t('no fit'), 'passt nicht');
      } finally {
        useLanguage('en');
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the built bundle finds l10n/ next to dist/ and follows LANG', function () {
      this.timeout(60000);
      if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) spawnSync('node', ['esbuild.mjs'], { cwd: ROOT });
      const usage = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'evaluate'], { cwd: SAMPLES, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'de_DE.UTF-8' } });
      assert.equal(usage.status, 2);
      assert.equal(usage.stderr, 'ideal-client: evaluate braucht mindestens eine Interessenten-Datei\n„ideal-client --help“ zeigt, wie es geht.\n');
      const en = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'evaluate'], { cwd: SAMPLES, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } });
      assert.match(en.stderr, /^ideal-client: evaluate needs at least one prospect file$/m);
    });
  });
});
