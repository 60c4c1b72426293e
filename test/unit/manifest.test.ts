// The manifest "by the book" (issue 7): every command with a category, every menu item with a
// `when`, every setting with markdownDescription and scope, both languages for every %key%, the
// walkthrough's pages on disk with a button and a completion event per step — and every snippet
// expanded (placeholders at their defaults, as Tab-Tab-Tab would leave them) into a small profile
// that the language service accepts without an error or a warning.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LanguageService } from '../../server/src/service/languageService';
import { FACT_TYPES, MATCHERS, type MatcherKind, type Profile } from '../../shared/src/types';
import type { Problem } from '../../server/src/model/problem';
import { memoryFs } from './helpers/memoryFs';
import { englishIn } from '../helpers/englishWords';
import { COMMANDS, CONTEXT_KEYS, PROSPECTS_VIEW } from '../../shared/src/ids';

const ROOT = path.resolve(__dirname, '..', '..');

const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));

interface Command { command: string; title: string; category?: string; icon?: string }
interface MenuItem { command?: string; submenu?: string; when?: string; group?: string }
interface Setting { markdownDescription?: string; description?: string; scope?: string; type?: string }
interface Step { id: string; title: string; description: string; media: { markdown?: string; image?: unknown }; completionEvents?: string[] }
interface Walkthrough { id: string; title: string; description: string; steps: Step[] }
interface Manifest {
  name: string; displayName: string; description: string; publisher: string; license: string; icon: string;
  repository?: { url?: string }; categories: string[]; keywords?: string[]; extensionKind?: string[];
  engines: { vscode: string }; capabilities?: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
  devDependencies: Record<string, string>;
  contributes: {
    commands: Command[];
    menus: Record<string, MenuItem[]>;
    views?: Record<string, { id: string }[]>;
    configuration: { properties: Record<string, Setting> };
    snippets: { language: string; path: string }[];
    walkthroughs: Walkthrough[];
  };
}

const pkg = readJson('package.json') as Manifest;
const NLS: Record<string, Record<string, string>> = {
  en: readJson('package.nls.json') as Record<string, string>,
  de: readJson('package.nls.de.json') as Record<string, string>,
};

/** package.json with every "%key%" replaced from one nls file, as VS Code reads it in that language. */
function localized(lang: 'en' | 'de'): Manifest {
  const text = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
  return JSON.parse(text, (_k, v: unknown) => {
    if (typeof v !== 'string') return v;
    const m = /^%([A-Za-z0-9_.-]+)%$/.exec(v);
    if (!m) return v;
    const s = NLS[lang][m[1]];
    assert.equal(typeof s, 'string', `package.nls${lang === 'en' ? '' : '.de'}.json lacks "${m[1]}"`);
    return s;
  }) as Manifest;
}

const version = (s: string): number[] => (/(\d+)\.(\d+)\.(\d+)/.exec(s) ?? []).slice(1).map(Number);

describe('manifest (package.json)', () => {
  it('names, describes, licenses and categorises the extension in both languages', () => {
    for (const lang of ['en', 'de'] as const) {
      const m = localized(lang);
      assert.match(m.displayName, /^Ideal Client$/);
      assert.ok(m.description.length > 40 && m.description.length < 200, `${lang} description: ${m.description}`);
    }
    assert.equal(pkg.license, 'MIT');
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/);
    assert.ok(pkg.repository?.url, 'repository');
    assert.ok(pkg.categories.includes('Snippets') && pkg.categories.includes('Linters'), pkg.categories.join());
    assert.ok((pkg.keywords ?? []).length >= 5 && (pkg.keywords ?? []).length <= 30, 'the Marketplace takes at most 30 keywords');
    assert.deepEqual(pkg.extensionKind, ['workspace'], 'the server reads the workspace files: it runs where they are');
    assert.ok(pkg.capabilities?.untrustedWorkspaces && pkg.capabilities.virtualWorkspaces !== undefined, 'capabilities declared');
    const icon = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG', 'the icon is a PNG');
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128, 'the icon is at least 128×128');
  });

  it('targets no newer VS Code API than engines.vscode allows (@types/vscode)', () => {
    const engine = version(pkg.engines.vscode);
    const declared = version(pkg.devDependencies['@types/vscode']);
    const installed = version((readJson('node_modules/@types/vscode/package.json') as { version: string }).version);
    assert.match(pkg.engines.vscode, /^\^\d+\.\d+\.\d+$/);
    for (const [what, v] of [['devDependencies', declared], ['installed', installed]] as const) {
      assert.equal(v[0], engine[0], `${what} @types/vscode major`);
      assert.ok(v[1] <= engine[1], `${what} @types/vscode ${v.join('.')} is newer than engines.vscode ${pkg.engines.vscode}`);
    }
  });

  it('gives every command the "Ideal Client" category and an icon', () => {
    assert.ok(pkg.contributes.commands.length >= 7);
    for (const c of pkg.contributes.commands) {
      assert.equal(c.category, '%command.category%', c.command);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} has a codicon`);
      assert.match(c.title, /^%command\.\w+\.title%$/, `${c.command} has a translated title`);
    }
    for (const lang of ['en', 'de'] as const) assert.equal(localized(lang).contributes.commands[0].category, 'Ideal Client');
  });

  it('contributes exactly the commands, view and context keys that shared/src/ids.ts names', () => {
    assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), Object.values(COMMANDS).sort());
    assert.ok(JSON.stringify(pkg.contributes.views).includes(`"${PROSPECTS_VIEW}"`), PROSPECTS_VIEW);
    const manifest = JSON.stringify(pkg);
    for (const key of Object.values(CONTEXT_KEYS)) assert.ok(manifest.includes(key), `a when-clause reads ${key}`);
  });

  it('puts a when-clause on every menu item, and only contributed commands in menus', () => {
    const ids = new Set(pkg.contributes.commands.map((c) => c.command));
    let items = 0;
    for (const [menu, list] of Object.entries(pkg.contributes.menus)) {
      for (const item of list) {
        items++;
        assert.ok(typeof item.when === 'string' && item.when.trim() !== '', `${menu}: ${item.command} has no when`);
        assert.ok(item.command && ids.has(item.command), `${menu}: ${item.command} is a contributed command`);
      }
    }
    assert.ok(items >= 10, 'the menus were read');
  });

  it('gives every setting a markdownDescription and a scope', () => {
    const settings = Object.entries(pkg.contributes.configuration.properties);
    assert.ok(settings.length >= 4);
    for (const [name, s] of settings) {
      assert.match(name, /^idealClient\./);
      assert.match(s.markdownDescription ?? '', /^%config\.[\w.]+%$/, `${name}: a translated markdownDescription`);
      assert.equal(s.description, undefined, `${name}: markdownDescription only`);
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(s.scope ?? ''), `${name}: scope`);
    }
  });

  it('has every %key% in package.nls.json and package.nls.de.json, with German that differs where it should', () => {
    const de = localized('de');
    const en = localized('en');
    assert.notEqual(de.contributes.walkthroughs[0].title, en.contributes.walkthroughs[0].title);
    assert.notEqual(de.contributes.commands[0].title, en.contributes.commands[0].title);
  });
});

describe('walkthrough', () => {
  const commands = new Set(pkg.contributes.commands.map((c) => c.command));
  const views = new Set(Object.values(pkg.contributes.views ?? {}).flat().map((v) => v.id));
  /** A command a button may run: ours, or the focus command VS Code makes for each of our views. */
  const runnable = (id: string): boolean => commands.has(id) || (id.endsWith('.focus') && views.has(id.slice(0, -'.focus'.length)));

  it('has the five steps, from a profile to a lesson', () => {
    const [w] = pkg.contributes.walkthroughs;
    assert.equal(localized('en').contributes.walkthroughs[0].title, 'Get started with your ideal-client profile');
    assert.deepEqual(w.steps.map((s) => s.id), ['profile', 'prospect', 'evaluate', 'verdict', 'lesson']);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`gives every step a button, a completion event and an existing page (${lang})`, () => {
      const [w] = localized(lang).contributes.walkthroughs;
      for (const step of w.steps) {
        // A link alone on its line is rendered as a button.
        const buttons = [...step.description.matchAll(/^\[([^\]]+)\]\(command:(?:toSide:)?([\w.]+)\)$/gm)];
        assert.ok(buttons.length >= 1, `${lang} ${step.id}: no button in ${JSON.stringify(step.description)}`);
        for (const [, label, id] of buttons) {
          assert.ok(runnable(id), `${lang} ${step.id}: the button "${label}" runs ${id}, which is not contributed`);
        }
        assert.ok((step.completionEvents ?? []).length >= 1, `${step.id}: completion event`);
        for (const e of step.completionEvents ?? []) {
          const [kind, arg] = [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)];
          if (kind === 'onCommand') assert.ok(commands.has(arg), `${step.id}: ${e}`);
          else if (kind === 'onView') assert.ok(views.has(arg), `${step.id}: ${e}`);
          else assert.ok(kind === 'onContext' && /^idealClient\.\w+$/.test(arg), `${step.id}: ${e}`);
        }
        const page = step.media.markdown ?? '';
        assert.match(page, new RegExp(`^walkthrough/${lang}/[\\w-]+\\.md$`));
        const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
        assert.match(text, /^# \S/, `${page} starts with a heading`);
      }
      // The pages say the same thing in both languages: same steps, same number of YAML examples.
      const [other] = localized(lang === 'en' ? 'de' : 'en').contributes.walkthroughs;
      w.steps.forEach((s, i) => {
        const blocks = (p: string): number => (fs.readFileSync(path.join(ROOT, p), 'utf8').match(/^```yaml$/gm) ?? []).length;
        assert.equal(blocks(s.media.markdown ?? ''), blocks(other.steps[i].media.markdown ?? ''), `${s.id}: examples in both languages`);
      });
    });
  }
});

// ----- snippets ------------------------------------------------------------------------------

interface Snippet { prefix: string; description: string; body: string[]; include?: string[] }

/**
 * A snippet body as it stands after Tab through every placeholder: each `${n:default}` its
 * default (nested ones expanded), each `${n|a,b|}` its first choice, a bare `$n`/`${n}` the
 * default of its namesake (VS Code mirrors it), `$0` nothing. Variables are refused: a snippet
 * that needs one cannot be checked here.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  type Node = string | { index: string; value?: Node[]; choice?: string };
  let i = 0;
  const parse = (inside: boolean): Node[] => {
    const out: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push(text);
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        text += body[i + 1];
        i += 2;
      } else if (inside && c === '}') {
        break;
      } else if (c === '$') {
        const simple = /^\$(\d+)/.exec(body.slice(i));
        const braced = /^\$\{(\d+)([:|}])/.exec(body.slice(i));
        if (simple) {
          flush();
          out.push({ index: simple[1] });
          i += simple[0].length;
        } else if (braced) {
          flush();
          i += braced[0].length;
          const index = braced[1];
          if (braced[2] === '}') out.push({ index });
          else if (braced[2] === ':') {
            const value = parse(true);
            assert.equal(body[i], '}', `unclosed placeholder in ${JSON.stringify(body)}`);
            i++;
            out.push({ index, value });
          } else {
            const end = body.indexOf('|}', i);
            assert.ok(end > i, `unclosed choice in ${JSON.stringify(body)}`);
            const choice = body.slice(i, end).split(/(?<!\\),/)[0].replace(/\\([,|\\])/g, '$1');
            i = end + 2;
            out.push({ index, choice });
          }
        } else {
          assert.fail(`a variable or stray $ at ${i} in ${JSON.stringify(body)}: use a placeholder`);
        }
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const nodes = parse(false);
  const render = (list: Node[]): string => list.map((n) => {
    if (typeof n === 'string') return n;
    if (n.choice !== undefined) return n.choice;
    if (n.value) return render(n.value);
    return defaults.get(n.index) ?? '';
  }).join('');
  const collect = (list: Node[]): void => {
    for (const n of list) {
      if (typeof n === 'string') continue;
      if (n.value) collect(n.value);
      const v = n.choice ?? (n.value ? render(n.value) : undefined);
      if (v !== undefined && !defaults.has(n.index)) defaults.set(n.index, v);
    }
  };
  collect(nodes);
  return render(nodes);
}

/** The expanded snippet as VS Code inserts it on a line indented by `indent`: every line indented. */
function insertAt(indent: string, snippet: Snippet): string {
  return expandSnippet(snippet.body.join('\n')).split('\n').map((l) => (l === '' ? '' : indent + l)).join('\n').trimEnd() + '\n';
}

// The English snippets and the German ones (the same snippets, prefixes ending in -de, German
// descriptions and placeholder texts): each set is checked whole.
const SNIPPET_SETS = [{ file: 'profile.code-snippets', suffix: '' }, { file: 'profile-de.code-snippets', suffix: '-de' }] as const;

describe('snippets: an English and a German set', () => {
  it('are both contributed for YAML, with the same snippets', () => {
    assert.deepEqual(pkg.contributes.snippets, SNIPPET_SETS.map((s) => ({ language: 'yaml', path: `./snippets/${s.file}` })));
    const [en, de] = SNIPPET_SETS.map((s) => Object.values(readJson(`./snippets/${s.file}`) as Record<string, Snippet>).map((x) => x.prefix.slice(0, x.prefix.length - s.suffix.length)));
    assert.deepEqual(de, en);
  });
});

for (const set of SNIPPET_SETS) describe(`snippets (${set.file})`, () => {
  const contribution = pkg.contributes.snippets.filter((c) => c.path.endsWith(`/${set.file}`));
  const snippets = readJson(contribution[0].path) as Record<string, Snippet>;
  /** The prefix without the set's suffix ("ic-fact-choice-de" → "ic-fact-choice"). */
  const base = (prefix: string): string => prefix.slice(0, prefix.length - set.suffix.length);
  const byPrefix = new Map(Object.values(snippets).map((s) => [base(s.prefix), s]));
  const factSnippets = Object.values(snippets).filter((s) => s.prefix.startsWith('ic-fact-'));
  const criterionSnippets = Object.values(snippets).filter((s) => s.prefix.startsWith('ic-criterion-'));
  const get = (prefix: string): Snippet => {
    const s = byPrefix.get(prefix);
    assert.ok(s, `a snippet ${prefix}`);
    return s;
  };
  // Every fact snippet at its defaults, one after the other: the facts every criterion snippet names.
  const allFacts = (): string => factSnippets.map((s) => insertAt('  ', s)).join('');

  function check(text: string, files: Record<string, string> = {}): { problems: Problem[]; profile: Profile } {
    const mem = memoryFs({ '/w/my.profile.yaml': text, ...Object.fromEntries(Object.entries(files).map(([p, t]) => [path.posix.join('/w', p), t])) });
    const service = new LanguageService({ fs: mem, workspaceFolders: ['/w'] });
    const uri = service.uriOf('/w/my.profile.yaml');
    service.openDocument(uri, 1, text);
    const problems = service.problems(uri).filter((p) => p.severity === 'error' || p.severity === 'warning');
    const info = service.getProfileInfo(uri);
    assert.ok(info, `the profile builds:\n${text}`);
    return { problems, profile: info.profile };
  }
  const show = (problems: Problem[], text: string): string =>
    `${problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message}`).join('\n')}\n---\n${text}`;

  it('are contributed for YAML, limited to profiles where VS Code supports it (1.109+: include)', () => {
    assert.deepEqual(contribution.map((c) => c.language), ['yaml']);
    assert.ok(Object.keys(snippets).length >= 20);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.endsWith(set.suffix), name);
      assert.match(base(s.prefix), /^ic-[a-z]+(-[A-Za-z]+)?$/, name);
      assert.ok(s.description.length > 10, `${name}: description`);
      assert.deepEqual(s.include, ['*.profile.yaml', '*.profile.yml'], `${name}: only in profiles`);
    }
  });

  it('speak the language of their set: descriptions and the texts they insert (English words in the German set fail)', () => {
    for (const [name, sn] of Object.entries(snippets)) {
      const words = `${sn.description}\n${expandSnippet(sn.body.join('\n'))}`;
      if (set.suffix === '-de') assert.equal(englishIn(words), undefined, `${name}: ${words}`);
      else assert.doesNotMatch(sn.description, / · /, `${name}: one language per description`);
    }
  });

  it('expand placeholders the way the editor does (defaults, first choice, mirrors, escapes)', () => {
    assert.equal(expandSnippet('a: ${1:x}\nb: ${2|one,two|}\nc: ${1}\nd: $1 \\$5 ${3:${4:in}ner}$0'), 'a: x\nb: one\nc: x\nd: x $5 inner');
    assert.throws(() => expandSnippet('date: $CURRENT_YEAR'));
  });

  it('cover a fact of every type, each a valid fact of that type', () => {
    assert.deepEqual(factSnippets.map((s) => base(s.prefix).slice('ic-fact-'.length)).sort(), [...FACT_TYPES].sort());
    for (const s of factSnippets) {
      const text = `profile: P\nfacts:\n  other:\n    type: yesno\n${insertAt('  ', s)}criteria:\n  - { id: other, fact: other, is: true }\n`;
      const { problems, profile } = check(text);
      assert.deepEqual(problems, [], show(problems, text));
      const fact = profile.facts.find((f) => f.name !== 'other');
      assert.equal(fact?.type, base(s.prefix).slice('ic-fact-'.length), text);
    }
    assert.ok(allFacts().includes('phrases:'), 'a choice or tags snippet shows how phrases hint at a value');
  });

  it('cover a criterion of every matcher kind, each valid against the fact snippets', () => {
    const seen = new Set<MatcherKind>();
    for (const s of criterionSnippets) {
      const text = `profile: P\nfacts:\n${allFacts()}criteria:\n${insertAt('  ', s)}`;
      const { problems, profile } = check(text);
      assert.deepEqual(problems, [], show(problems, text));
      assert.equal(profile.criteria.length, 1, text);
      seen.add(profile.criteria[0].matcher);
    }
    assert.deepEqual([...seen].sort(), [...MATCHERS].sort());
    const dealbreakers = criterionSnippets.filter((s) => /dealbreaker: true/.test(s.body.join('\n')));
    assert.ok(dealbreakers.length >= 1 && dealbreakers.every((s) => !/weight:/.test(s.body.join('\n'))), 'a dealbreaker snippet, without weight');
  });

  it('give a referral whose `when` names a fact and option of the fact snippets', () => {
    const text = `profile: P\nfacts:\n${allFacts()}criteria:\n${insertAt('  ', get('ic-criterion-is'))}referrals:\n${insertAt('  ', get('ic-referral'))}`;
    const { problems, profile } = check(text);
    assert.deepEqual(problems, [], show(problems, text));
    assert.equal(profile.referrals.length, 1);
    assert.ok(profile.referrals[0].when && Object.keys(profile.referrals[0].when).length === 1, 'with a when');
  });

  it('give a lesson that holds when its past client gets the expected verdict', () => {
    const text = `profile: P\nfacts:\n${allFacts()}criteria:\n${insertAt('  ', get('ic-criterion-excludes'))}lessons:\n${insertAt('  ', get('ic-lesson'))}`;
    // Build the past client from the profile: the dealbreaker's excluded tags make it a no-fit.
    const first = check(text, {}).profile;
    const [lesson] = first.lessons;
    assert.equal(lesson?.expect, 'no-fit', 'the first choice of expect');
    const breaker = first.criteria.find((c) => c.dealbreaker);
    assert.ok(breaker && breaker.matcher === 'excludes');
    const past = `prospect: Past client\nfacts:\n  ${breaker.fact}: ${JSON.stringify(breaker.expected)}\n`;
    const { problems } = check(text, { [lesson.prospect]: past });
    assert.deepEqual(problems, [], show(problems, text));
    // And the check can fail: a past client without the tag is no no-fit, so the lesson is an error.
    const { problems: wrong } = check(text, { [lesson.prospect]: `prospect: Past client\nfacts:\n  ${breaker.fact}: []\n` });
    assert.deepEqual(wrong.map((p) => p.code), ['lesson-verdict']);
  });

  it('give verdict thresholds and a whole profile skeleton', () => {
    const withVerdict = `profile: P\nfacts:\n${allFacts()}criteria:\n${insertAt('  ', get('ic-criterion-is'))}${insertAt('', get('ic-verdict'))}`;
    const v = check(withVerdict);
    assert.deepEqual(v.problems, [], show(v.problems, withVerdict));
    assert.deepEqual(v.profile.verdict, { fit: 70, borderline: 50, minKnown: 50 });
    const skeleton = insertAt('', get('ic-profile'));
    const p = check(skeleton);
    assert.deepEqual(p.problems, [], show(p.problems, skeleton));
    assert.equal(p.profile.criteria[0].fact, p.profile.facts[0].name, 'the mirrored fact name');
  });

  it('has a test section for every snippet', () => {
    const tested = new Set(['ic-profile', 'ic-referral', 'ic-lesson', 'ic-verdict', ...factSnippets.map((s) => base(s.prefix)), ...criterionSnippets.map((s) => base(s.prefix))]);
    assert.deepEqual(Object.values(snippets).map((s) => base(s.prefix)).filter((p) => !tested.has(p)), []);
  });
});
