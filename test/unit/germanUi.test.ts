// The German UI speaks German: the language service, with the German bundle loaded, over samples/
// and samples/errors — every diagnostic of every file, the hover on every key of the German
// profile and of every German prospect, every inlay hint's tooltip — and the CLI's check and
// evaluate with --lang de. No text may hold an English sentence, as test/helpers/englishWords.ts
// defines it (what the user wrote, ids and code are left out). Texts that come from an English
// profile (its reasons, labels and questions follow the profile's `language: en`) are not read.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { MarkupContent } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { nodeFileSystem } from '../../server/src/workspace/fileSystem';
import { runCli } from '../../server/src/cli/run';
import { englishIn } from '../helpers/englishWords';
import { SAMPLES_DIR } from './helpers/samples';
import { memoryFs } from './helpers/memoryFs';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(profile|prospect)\.(ya?ml|md)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Every text the German UI shows for a file, each with where it was seen. */
function germanTexts(service: LanguageService, file: string): { where: string; text: string }[] {
  const uri = service.uriOf(file);
  const rel = path.relative(SAMPLES_DIR, file);
  const out: { where: string; text: string }[] = [];
  for (const p of service.problems(uri)) out.push({ where: `${rel}:${p.range.start.line + 1} diagnostic`, text: p.message });
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /^(\s*(?:- )?)([A-Za-z_][\w-]*):/.exec(line);
    if (!m) return;
    const h = service.hover(uri, { line: i, character: m[1].length + 1 });
    const md = h ? (h.contents as MarkupContent).value : undefined;
    if (md) out.push({ where: `${rel}:${i + 1} hover on ${m[2]}`, text: md });
  });
  if (file.includes('.prospect.')) {
    for (const hint of service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } })) {
      const tip = typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value;
      if (tip) out.push({ where: `${rel}:${hint.position.line + 1} inlay tooltip`, text: tip });
    }
  }
  return out;
}

/** The German profile's files: the profile itself, its prospects and samples/errors' prospect. */
function isGerman(service: LanguageService, file: string): boolean {
  if (file.includes('.profile.')) return /^language:\s*de\b/m.test(fs.readFileSync(file, 'utf8'));
  const r = service.resolveProfileFor(service.uriOf(file));
  return r.ok ? isGerman(service, service.fsPathOf(r.uri) ?? '') : false;
}

export function leaks(texts: readonly { where: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { where, text } of texts) {
    const english = englishIn(text);
    if (english) out.push(`${where}: [${english}] ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  return out;
}

describe('the German UI speaks German', function () {
  this.timeout(60_000);
  before(() => l10n.config({ contents: BUNDLE }));
  after(() => l10n.config({ contents: {} }));

  it('diagnostics, key hovers and inlay tooltips over samples/ with the German bundle', () => {
    const service = new LanguageService({ fs: nodeFileSystem(), workspaceFolders: [SAMPLES_DIR] });
    const texts: { where: string; text: string }[] = [];
    for (const file of files(SAMPLES_DIR)) {
      if (file.includes(`${path.sep}errors${path.sep}`) || isGerman(service, file)) texts.push(...germanTexts(service, file));
    }
    assert.ok(texts.length > 300, `${texts.length} texts read`);
    const found = leaks(texts);
    if (process.env.LEAKS_OUT) fs.appendFileSync(process.env.LEAKS_OUT, found.join("\n") + "\n");
    assert.deepEqual(found, []);
  });

  it('YAML errors, value errors and the lesson diagnostic of broken files', () => {
    const profile = fs.readFileSync(path.join(SAMPLES_DIR, 'wunschkunde.profile.yaml'), 'utf8');
    const broken: Record<string, string> = {
      'quote.prospect.yaml': 'prospect: "Offen\nfacts:\n  budget: 1\n',
      'bracket.prospect.yaml': 'prospect: K\nfacts:\n  advice: [open-to-advice\n',
      'indent.prospect.yaml': 'prospect: K\nfacts:\n  budget: 5000 EUR\n advice: open-to-advice\n',
      'inline.prospect.yaml': 'prospect: K\nfacts: budget: 1\n',
      'tabs.prospect.yaml': 'prospect: K\nfacts:\n\tbudget: 1\n',
      'dup.prospect.yaml': 'prospect: K\nprospect: L\n',
      'two.prospect.yaml': 'prospect: K\n---\nprospect: L\n',
      'tag.prospect.yaml': 'prospect: !!binary K\n',
      'alias.prospect.yaml': 'prospect: *nobody\n',
      'keys.prospect.yaml': 'prospect: K\nfacts:\n  [a, b]: 1\n  {x: 1}: 2\n',
      'open.prospect.md': '---\nprospect: Offen\n',
      'nofront.prospect.md': 'Nur Notizen.\n',
      'values.prospect.yaml': 'prospect: K\nfacts:\n  expectedResponseTime: bald\n  budget: 8000 USD\n  goalAgreed: vielleicht\n  workingStyle: chaotisch\n',
      'other/schema.profile.yaml': 'profile: S\nlanguage: de\nfacts:\n  a b:\n    type: colour\n  x:\n    type: yesno\ncriteria:\n  - id: "x y"\n    fact: x\n    is: true\n    wieght: 2\nverdict: { fit: 200 }\n',
      'past.prospect.yaml': 'prospect: Besserwisser AG\nfacts:\n  workingStyle: intuitive\n  expectedResponseTime: 1d\n  budget: 9000 EUR\n  outcomeExpectation: realistic\n  advice: open-to-advice\n  availability: office-hours\n  goalAgreed: true\n',
    };
    const files: Record<string, string> = { '/w/wunschkunde.profile.yaml': profile.replace(/^lessons:\n/m, 'lessons:\n  - prospect: past.prospect.yaml\n    expect: no-fit\n    learned: Rechthaber früher erkennen.\n') };
    for (const [name, text] of Object.entries(broken)) files[`/w/${name}`] = text;
    const service = new LanguageService({ fs: memoryFs(files), workspaceFolders: ['/w'] });
    const texts: { where: string; text: string }[] = [];
    for (const name of [...Object.keys(broken), 'wunschkunde.profile.yaml']) {
      for (const p of service.problems(service.uriOf(`/w/${name}`))) texts.push({ where: `${name}:${p.range.start.line + 1}`, text: p.message });
    }
    assert.ok(texts.length >= Object.keys(broken).length, texts.map((t) => t.text).join('\n'));
    if (process.env.SHOW_TEXTS) console.log(texts.map((t) => `${t.where} ${t.text}`).join('\n'));
    assert.ok(texts.some((t) => t.where.startsWith('wunschkunde') && /Früherer Kunde: Besserwisser AG\. Gelernt: Rechthaber/.test(t.text) && /passt nicht/.test(t.text)), 'the lesson diagnostic in German');
    assert.deepEqual(leaks(texts), []);
  });

  it('the CLI with --lang de: check, evaluate (text, Markdown, JUnit), questions, lessons, help', () => {
    const texts: { where: string; text: string }[] = [];
    const runs = [
      ['check', '--lang', 'de', '.'], ['evaluate', '--lang', 'de', 'prospects', 'errors'],
      ['evaluate', '--lang', 'de', '--format', 'markdown', 'prospects'], ['evaluate', '--lang', 'de', '--format', 'junit', 'prospects', 'errors'],
      ['questions', '--lang', 'de', 'prospects/2026-11-20-acme.prospect.yaml'], ['lessons', '--propose', '--lang', 'de', '.'], ['--help', '--lang', 'de'],
    ];
    for (const args of runs) {
      let out = '';
      runCli(args, { out: (t) => { out += t + '\n'; }, err: (t) => { out += t + '\n'; }, cwd: SAMPLES_DIR, env: {} });
      for (const line of out.split('\n')) if (line.trim()) texts.push({ where: args.join(' '), text: line });
    }
    assert.ok(texts.length > 50, `${texts.length} lines read`);
    const found = leaks(texts);
    if (process.env.LEAKS_OUT) fs.appendFileSync(process.env.LEAKS_OUT, found.join("\n") + "\n");
    assert.deepEqual(found, []);
  });
});
