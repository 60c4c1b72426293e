// Performance regression guards that time nothing: they count. Parsing is the expensive step,
// so completion and hover must never parse again, validation of an unchanged document must be a
// cache hit, and an edit to a profile must re-parse that profile only — not its prospects.
// (Timings live in `npm run bench`; these guards keep the structure that makes them fast.)
import { strict as assert } from 'node:assert';
import type { Position } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { parseCounter } from '../../server/src/parser/parsedDocument';
import { memoryFs } from './helpers/memoryFs';

const TYPES = ['choice', 'tags', 'yesno', 'number', 'money', 'duration', 'date', 'text'] as const;
type FactType = (typeof TYPES)[number];

/** A profile with a fact of every type (several of each) and a criterion per fact. */
function profileText(factsPerType: number): string {
  const facts: string[] = [];
  const criteria: string[] = [];
  for (let i = 0; i < factsPerType; i++) {
    for (const type of TYPES) {
      const name = `${type}Fact${i}`;
      facts.push(`  ${name}:`, `    label: ${type} ${i}`, `    question: What about ${type} ${i}?`, `    type: ${type}`);
      if (type === 'money') facts.push('    currency: EUR');
      if (type === 'choice' || type === 'tags') {
        facts.push('    options:', '      - calm', '      - value: hectic', '        phrases: [rund um die Uhr, sofort]', '      - careful');
      }
      criteria.push(`  - id: ${type}-${i}`, `    fact: ${name}`, `    ${matcher(type)}`, '    weight: 2');
    }
  }
  return ['profile: Guard', 'facts:', ...facts, 'criteria:', ...criteria, 'verdict:', '  fit: 70', ''].join('\n');
}

function matcher(type: FactType): string {
  switch (type) {
    case 'choice': return 'is: [calm, careful]';
    case 'tags': return 'excludes: [hectic]';
    case 'yesno': return 'is: true';
    case 'number': return 'atLeast: 3';
    case 'money': return 'atLeast: 5000 EUR';
    case 'duration': return 'atLeast: 1d';
    case 'date': return 'atLeast: 2026-01-01';
    case 'text': return 'mentions: [Workshop]';
  }
}

function prospectText(i: number): string {
  return [
    `prospect: Prospect ${i}`,
    'profile: ../guard.profile.yaml',
    'facts:',
    `  choiceFact0: ${i % 2 ? 'calm' : 'hectic'}`,
    '  tagsFact0: [careful]',
    '  yesnoFact0: yes',
    `  numberFact0: ${i}`,
    `  moneyFact0: ${i * 500} EUR`,
    '  durationFact0: 2d',
    '  dateFact0: 2026-03-01',
    '  textFact0: Ein Workshop im Frühjahr',
    'notes: |',
    '  Erwartet Antworten rund um die Uhr.',
    '',
  ].join('\n');
}

const PROSPECTS = 30;

function setup() {
  const files: Record<string, string> = { '/w/guard.profile.yaml': profileText(4) };
  for (let i = 0; i < PROSPECTS; i++) files[`/w/prospects/p${i}.prospect.yaml`] = prospectText(i);
  const fs = memoryFs(files);
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const profile = service.uriOf('/w/guard.profile.yaml');
  const prospects = Array.from({ length: PROSPECTS }, (_, i) => service.uriOf(`/w/prospects/p${i}.prospect.yaml`));
  return { fs, service, profile, prospects };
}

/** Every position of a text: each line's start, after each "key: ", and each line's end. */
function positionsOf(text: string): Position[] {
  const out: Position[] = [];
  text.split('\n').forEach((line, i) => {
    out.push({ line: i, character: 0 }, { line: i, character: line.length });
    const colon = line.indexOf(': ');
    if (colon >= 0) out.push({ line: i, character: colon + 2 }, { line: i, character: Math.max(0, colon - 1) });
  });
  return out;
}

/** The parses that `action` causes. */
function parsesDuring(action: () => void): number {
  const before = parseCounter.count;
  action();
  return parseCounter.count - before;
}

describe('performance guards (counting, not timing)', () => {
  it('completion and hover never parse again, in a profile and in a prospect', () => {
    const { fs, service, profile, prospects } = setup();
    const profileText = fs.readFile('/w/guard.profile.yaml')!;
    const prospectText = fs.readFile('/w/prospects/p0.prospect.yaml')!;
    service.openDocument(profile, 1, profileText);
    service.openDocument(prospects[0], 1, prospectText);
    // First use parses each document once (and the prospect's evaluation reads the profile).
    service.problems(profile);
    service.problems(prospects[0]);
    const profilePositions = positionsOf(profileText);
    const prospectPositions = positionsOf(prospectText);
    assert.ok(profilePositions.length > 300, 'the fixture exercises many positions');
    const parses = parsesDuring(() => {
      for (const p of profilePositions) {
        service.complete(profile, p);
        service.hover(profile, p);
      }
      for (const p of prospectPositions) {
        service.complete(prospects[0], p);
        service.hover(prospects[0], p);
      }
    });
    assert.equal(parses, 0, 'completion or hover called the YAML parser');
  });

  it('the other editor features do not parse again either', () => {
    const { fs, service, profile, prospects } = setup();
    service.openDocument(prospects[0], 1, fs.readFile('/w/prospects/p0.prospect.yaml')!);
    service.problems(profile);
    const diagnostics = service.diagnostics(prospects[0]);
    const all = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const parses = parsesDuring(() => {
      for (const uri of [profile, prospects[0]]) {
        service.definition(uri, { line: 3, character: 4 });
        service.documentSymbols(uri);
        service.codeActions(uri, all, diagnostics);
      }
      service.codeLenses(prospects[0]);
      service.inlayHints(prospects[0], all);
    });
    assert.equal(parses, 0, 'definition, symbols, code actions, lenses or hints called the YAML parser');
  });

  it('validating an unchanged document is a cache hit', () => {
    const { service, profile, prospects } = setup();
    assert.equal(service.isValidationCached(profile), false, 'nothing is cached before the first check');
    const first = service.problems(profile);
    const firstProspect = service.problems(prospects[0]);
    assert.ok(service.isValidationCached(profile));
    assert.ok(service.isValidationCached(prospects[0]));
    const parses = parsesDuring(() => {
      assert.equal(service.problems(profile), first, 'the same (memoised) answer for the profile');
      assert.equal(service.problems(prospects[0]), firstProspect, 'the same (memoised) answer for the prospect');
      service.diagnostics(profile);
      service.evaluate(prospects[0]);
    });
    assert.equal(parses, 0);
    // Another prospect changing leaves these two cached; their profile changing does not.
    service.openDocument(prospects[1], 1, prospectText(99));
    assert.ok(service.isValidationCached(profile));
    assert.ok(service.isValidationCached(prospects[0]));
    service.openDocument(profile, 1, profileText(4).replace('atLeast: 3', 'atLeast: 4'));
    assert.equal(service.isValidationCached(profile), false);
    assert.equal(service.isValidationCached(prospects[0]), false, 'a profile edit invalidates its prospects');
  });

  it('one edit to a profile re-parses only that profile, not its prospects', () => {
    const { fs, service, profile, prospects } = setup();
    const text = fs.readFile('/w/guard.profile.yaml')!;
    service.openDocument(profile, 1, text);
    const checkAll = (): void => {
      service.problems(profile);
      for (const p of prospects) {
        assert.ok(service.evaluate(p).ok, `evaluates ${p}`);
        service.problems(p);
      }
    };
    // The profile is open: parsed in full. The prospects on disk are read by the fast reader and,
    // being valid, need no full parse to be checked (only a problem to place would need one).
    assert.equal(parsesDuring(checkAll), 1, 'the first round parses the open profile only');
    assert.equal(parsesDuring(checkAll), 0, 'a second round parses nothing');
    for (let v = 2; v <= 4; v++) {
      service.openDocument(profile, v, text.replace('atLeast: 3', `atLeast: ${v}`));
      assert.equal(parsesDuring(checkAll), 1, `edit ${v - 1}: only the profile is parsed again`);
      assert.deepEqual(new Set(service.dependentsOf(profile)), new Set(prospects), 'and every prospect is re-judged');
    }
    // A prospect edit, likewise, re-parses that prospect only.
    service.openDocument(prospects[3], 1, prospectText(3).replace('numberFact0: 3', 'numberFact0: 5'));
    assert.equal(parsesDuring(checkAll), 1, 'a prospect edit re-parses that prospect only');
  });
});
