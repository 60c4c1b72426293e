// What a consultant reads names the profile's labels, not its ids: wherever a fact, an option or a
// criterion has a `label:`, its id (a key like goalAgreed, always-on, deposit_accepted) appears in
// no text of the command line (evaluate as text, Markdown and JUnit, questions, check, lessons)
// nor of the editor (diagnostics, inlay hints and their tooltips, code lenses and their tooltips,
// quick fix titles), in the English and the German UI, over samples/ (samples/errors is left
// out: its value errors name the keys and the options to write). The JSON keeps its ids.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { parse } from 'yaml';
import type { MarkupContent } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { nodeFileSystem } from '../../server/src/workspace/fileSystem';
import { runCli } from '../../server/src/cli/run';
import { SAMPLES_DIR } from './helpers/samples';

const BUNDLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

function files(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'errors') out.push(...files(p, re)); } else if (re.test(e.name)) out.push(p);
  }
  return out.sort();
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const labelled = (x: unknown): boolean => isObject(x) && typeof x.label === 'string' && x.label.trim() !== '';

/**
 * The ids of the sample profiles that have a label (a criterion: its own or its fact's), and that
 * read as ids — camelCase, kebab-case, snake_case, digits — not as a word a sentence may hold.
 */
function labelledIds(): string[] {
  const ids = new Set<string>();
  for (const file of files(SAMPLES_DIR, /\.profile\.ya?ml$/)) {
    const p: unknown = parse(fs.readFileSync(file, 'utf8'));
    if (!isObject(p)) continue;
    const facts = isObject(p.facts) ? p.facts : {};
    for (const [name, fact] of Object.entries(facts)) {
      if (labelled(fact)) ids.add(name);
      const options = isObject(fact) && Array.isArray(fact.options) ? fact.options : [];
      for (const o of options) if (labelled(o) && typeof (o as { value?: unknown }).value === 'string') ids.add((o as { value: string }).value);
    }
    for (const c of Array.isArray(p.criteria) ? p.criteria : []) {
      if (isObject(c) && typeof c.id === 'string' && (labelled(c) || labelled(facts[String(c.fact)]))) ids.add(c.id);
    }
  }
  return [...ids].filter((id) => /[A-Z_\-0-9]/.test(id));
}

function leaks(texts: readonly { where: string; text: string }[], ids: readonly string[]): string[] {
  const res = ids.map((id) => ({ id, re: new RegExp(`(?<![\\w-])${id.replace(/[-]/g, '\\-')}(?![\\w-])`) }));
  const out: string[] = [];
  for (const { where, text } of texts) {
    const hit = res.find((r) => r.re.test(text));
    if (hit) out.push(`${where}: [${hit.id}] ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
  return out;
}

function cliTexts(lang: string): { where: string; text: string }[] {
  const prospectFiles = files(SAMPLES_DIR, /\.prospect\.(ya?ml|md)$/).map((f) => path.relative(SAMPLES_DIR, f));
  const dirs = ['prospects', 'agency', 'freelance-dev'];
  const runs: string[][] = [
    ['evaluate', ...dirs], ['evaluate', '--format', 'markdown', ...dirs], ['evaluate', '--format', 'junit', ...dirs],
    ['lessons', '.'], ['lessons', '--propose', '.'], ['check', '.'],
    ...prospectFiles.map((f) => ['questions', f]),
  ];
  const texts: { where: string; text: string }[] = [];
  for (const args of runs) {
    let out = '';
    runCli([...args, '--lang', lang], { out: (t) => { out += t + '\n'; }, err: (t) => { out += t + '\n'; }, cwd: SAMPLES_DIR, env: {} });
    for (const line of out.split('\n')) {
      // `check` lists every file's problems: those of samples/errors are about keys to write.
      if (line.trim() && !line.startsWith('errors/')) texts.push({ where: args.join(' '), text: line });
    }
  }
  return texts;
}

function editorTexts(): { where: string; text: string }[] {
  const service = new LanguageService({ fs: nodeFileSystem(), workspaceFolders: [SAMPLES_DIR] });
  const texts: { where: string; text: string }[] = [];
  const tip = (t: unknown): string => (typeof t === 'string' ? t : (t as MarkupContent | undefined)?.value ?? '');
  for (const file of files(SAMPLES_DIR, /\.(prospect|profile)\.(ya?ml|md)$/)) {
    const uri = service.uriOf(file);
    const rel = path.relative(SAMPLES_DIR, file);
    const diagnostics = service.diagnostics(uri);
    for (const d of diagnostics) texts.push({ where: `${rel}:${d.range.start.line + 1} diagnostic`, text: tip(d.message) });
    if (!file.includes('.prospect.')) continue;
    const lines = fs.readFileSync(file, 'utf8').split('\n').length;
    for (const h of service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } })) {
      texts.push({ where: `${rel}:${h.position.line + 1} inlay hint`, text: `${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')} ${tip(h.tooltip)}` });
    }
    for (const l of service.codeLenses(uri)) texts.push({ where: `${rel} code lens`, text: `${l.command?.title ?? ''} ${tip(l.command?.tooltip)}` });
    for (const d of diagnostics) {
      for (const a of service.codeActions(uri, d.range, [d])) texts.push({ where: `${rel}:${d.range.start.line + 1} quick fix`, text: a.title });
    }
  }
  return texts;
}

describe('labels, not ids, in what a consultant reads', function () {
  this.timeout(60_000);
  const ids = labelledIds();
  after(() => l10n.config({ contents: {} }));

  it('the sample profiles have labelled ids to look for', () => {
    for (const id of ['goalAgreed', 'gutFeeling', 'always-on', 'wants-to-be-right', 'takes-advice', 'deposit_accepted', 'on_call_24x7']) assert.ok(ids.includes(id), id);
  });

  for (const ui of ['en', 'de'] as const) {
    it(`the command line with --lang ${ui}`, () => {
      const texts = cliTexts(ui);
      assert.ok(texts.some((t) => /Erwartete Erreichbarkeit: .erwartet Antworten zu jeder Stunde.$/.test(t.text)), 'the hint on Lindner, in words');
      assert.deepEqual(leaks(texts, ids), []);
    });

    it(`the editor in the ${ui === 'de' ? 'German' : 'English'} UI`, () => {
      l10n.config({ contents: ui === 'de' ? BUNDLE : {} });
      const texts = editorTexts();
      assert.ok(texts.length > 100, `${texts.length} texts`);
      assert.ok(texts.some((t) => t.where.endsWith('quick fix') && /Erwartete Erreichbarkeit/.test(t.text)), 'a quick fix for the notes, in words');
      assert.deepEqual(leaks(texts, ids), []);
    });
  }
});
