// The caches behind the benchmark's numbers must never show a stale answer: a profile's model and
// its criteria's arguments (read once per version), resolved paths (until a file changes), the
// in-place edit of a value, and Evaluate All in slices (a profile edited or the run cancelled
// midway). Each test changes something and checks what a user would then see.
import { strict as assert } from 'node:assert';
import { LanguageService } from '../../server/src/service/languageService';
import { incrementalCounter } from '../../server/src/parser/incrementalParse';
import { keyCounter } from '../../server/src/engine/evaluate';
import { Cancelled, evaluateRun, summarise, type SliceOptions, type SettingsFor } from '../../server/src/service/workspaceRequests';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { JsonListWriter } from '../../server/src/cli/writers';
import { jsonPiece } from '../../server/src/report/jsonReport';
import { memoryFs } from './helpers/memoryFs';
import { SMALL_PROFILE } from './helpers/fixtures';

const PROFILE = SMALL_PROFILE;

function prospect(i: number): string {
  return `prospect: P${i}\nprofile: ../p.profile.yaml\nfacts:\n  budget: ${4000 + i * 100} EUR\n  style: ${i % 2 ? 'calm' : 'hectic'}\nnotes: |\n  Call ${i}.\n`;
}

function setup(n = 3) {
  const files: Record<string, string> = { '/w/p.profile.yaml': PROFILE };
  for (let i = 0; i < n; i++) files[`/w/prospects/p${String(i).padStart(3, '0')}.prospect.yaml`] = prospect(i);
  const fs = memoryFs(files);
  const service = new LanguageService({ fs, workspaceFolders: ['/w'] });
  const prospects = service.findFiles().prospects;
  return { fs, service, profile: service.uriOf('/w/p.profile.yaml'), prospects };
}

const budgetOf = (service: LanguageService, uri: string): string | undefined => {
  const ev = service.evaluate(uri);
  return ev.ok ? ev.verdict.criteria.find((c) => c.id === 'budget')?.outcome : undefined;
};

describe('caches that must not go stale', () => {
  it('an edit to a profile replaces its criteria\'s cached arguments (editor, then disk)', () => {
    const { fs, service, profile, prospects } = setup();
    // P5 does not exist; p002 has 4200 EUR: unmet against 5000, met against 4000.
    assert.equal(budgetOf(service, prospects[2]), 'unmet');
    service.openDocument(profile, 1, PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 4000 EUR'));
    assert.equal(budgetOf(service, prospects[2]), 'met', 'the new argument is used');
    service.openDocument(profile, 2, PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 4500 EUR'));
    assert.equal(budgetOf(service, prospects[2]), 'unmet', 'and the next one');
    const ev = service.evaluate(prospects[2]);
    assert.ok(ev.ok && ev.verdict.criteria[0].expected === 'at least 4500 EUR', 'its words too');
    // Closed: the file on disk judges again, and a change on disk is seen.
    service.closeDocument(profile);
    assert.equal(budgetOf(service, prospects[2]), 'unmet');
    fs.write('/w/p.profile.yaml', PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 100 EUR'));
    service.fileChanged(profile);
    assert.equal(budgetOf(service, prospects[2]), 'met');
  });

  it('after a profile edit, unchanged criteria keep their judgements and changed ones (or their facts) are judged again', () => {
    const { service, profile, prospects } = setup();
    service.openDocument(profile, 1, PROFILE);
    const v1 = service.evaluate(prospects[1]);
    assert.ok(v1.ok && v1.verdict.score === 33, JSON.stringify(v1)); // budget unmet (2), style met (1)
    service.openDocument(profile, 2, PROFILE.replace('weight: 2', 'weight: 1'));
    const v2 = service.evaluate(prospects[1]);
    assert.ok(v2.ok && v2.verdict.score === 50 && v2.verdict.criteria[0].weight === 1);
    assert.equal(v2.verdict.criteria[1], v1.verdict.criteria[1], 'the unchanged criterion was not judged again');
    // The criterion's text is unchanged but its fact is not: judged again (a tags fact has no "is").
    service.openDocument(profile, 3, PROFILE.replace('weight: 2', 'weight: 1').replace('type: choice', 'type: tags'));
    const v3 = service.evaluate(prospects[1]);
    assert.ok(v3.ok && v3.verdict.criteria[1].outcome === 'unknown', JSON.stringify(v3));
    assert.match(v3.verdict.criteria[1].reason, /\bis\b/);
  });

  it('after a profile edit that leaves the facts alone, the hints of the notes are taken over; a changed phrase is looked for again', () => {
    const withPhrases = (phrase: string): string => PROFILE.replace('    options: [calm, hectic]', `    options:\n      - value: calm\n      - value: hectic\n        phrases: [${phrase}]`);
    const files = { '/w/p.profile.yaml': withPhrases('in a rush'), '/w/a.prospect.yaml': 'prospect: A\nprofile: p.profile.yaml\nfacts:\n  budget: 6000 EUR\nnotes: |\n  Always in a rush, very busy.\n' };
    const service = new LanguageService({ fs: memoryFs(files), workspaceFolders: ['/w'] });
    const profile = service.uriOf('/w/p.profile.yaml');
    const a = service.uriOf('/w/a.prospect.yaml');
    service.openDocument(profile, 1, withPhrases('in a rush'));
    const v1 = service.evaluate(a);
    assert.ok(v1.ok && v1.verdict.hints.length === 1 && v1.verdict.hints[0].value === 'hectic', JSON.stringify(v1));
    service.openDocument(profile, 2, withPhrases('in a rush').replace('weight: 2', 'weight: 3'));
    const v2 = service.evaluate(a);
    assert.ok(v2.ok && v2.verdict !== v1.verdict && v2.verdict.criteria[0].weight === 3);
    assert.equal(v2.verdict.hints, v1.verdict.hints, 'the notes were not searched again');
    service.openDocument(profile, 3, withPhrases('very busy').replace('weight: 2', 'weight: 3'));
    const v3 = service.evaluate(a);
    assert.ok(v3.ok && v3.verdict.hints.length === 1, JSON.stringify(v3));
    assert.notEqual(v3.verdict.hints, v2.verdict.hints);
    assert.match(JSON.stringify(v3.verdict.hints[0]), /very busy/, 'the new phrase is what the hint found');
    service.openDocument(profile, 4, withPhrases('no such words').replace('weight: 2', 'weight: 3'));
    const v4 = service.evaluate(a);
    assert.ok(v4.ok && v4.verdict.hints.length === 0, JSON.stringify(v4));
  });

  it('a criterion pasted above others leaves them as they were: judged once, asked about in their new order', () => {
    const { service, profile, prospects } = setup();
    service.openDocument(profile, 1, PROFILE);
    const v1 = service.evaluate(prospects[1]);
    assert.ok(v1.ok);
    const pasted = PROFILE.replace('  - id: budget', '  - id: teamSize\n    fact: teamSize\n    atLeast: 3\n    weight: 1\n  - id: budget')
      .replace('  style:\n', '  teamSize:\n    type: number\n  style:\n');
    service.openDocument(profile, 2, pasted);
    const v2 = service.evaluate(prospects[1]);
    assert.ok(v2.ok);
    assert.deepEqual(v2.verdict.criteria.map((c) => c.id), ['teamSize', 'budget', 'style']);
    // The same result objects: taken over with the judgements they made, not judged again.
    assert.equal(v2.verdict.criteria[1], v1.verdict.criteria[0]);
    assert.equal(v2.verdict.criteria[2], v1.verdict.criteria[1]);
    assert.deepEqual(v2.verdict.ask.map((q) => q.fact), ['teamSize']);
    // Moved: the questions follow the criteria's new order (equal weights: profile order decides).
    const unknownBoth = 'prospect: Q\nprofile: ../p.profile.yaml\nfacts:\n  style: calm\n';
    const q = service.uriOf('/w/prospects/q.prospect.yaml');
    service.openDocument(q, 1, unknownBoth);
    const order = (): string[] => {
      const ev = service.evaluate(q);
      return ev.ok ? ev.verdict.ask.map((a) => a.fact) : [];
    };
    const equalWeights = pasted.replace('weight: 2', 'weight: 1');
    service.openDocument(profile, 3, equalWeights);
    assert.deepEqual(order(), ['teamSize', 'budget']);
    const teamSize = '  - id: teamSize\n    fact: teamSize\n    atLeast: 3\n    weight: 1\n';
    service.openDocument(profile, 4, equalWeights.replace(teamSize, '').replace('    is: calm\n    weight: 1\n', `    is: calm\n    weight: 1\n${teamSize}`));
    assert.deepEqual(order(), ['budget', 'teamSize']);
    const fresh = setup().service;
    fresh.openDocument(profile, 1, equalWeights.replace(teamSize, '').replace('    is: calm\n    weight: 1\n', `    is: calm\n    weight: 1\n${teamSize}`));
    fresh.openDocument(q, 1, unknownBoth);
    const ev = fresh.evaluate(q);
    assert.ok(ev.ok && ev.verdict.ask.map((a) => a.fact).join() === 'budget,teamSize');
  });

  it('after an edit, the criteria it did not touch are found by their objects, also when the version before came from disk', () => {
    const { service, profile, prospects } = setup();
    // Checked from disk first (as the workspace pass does), then opened: a parse of its own.
    assert.ok(service.evaluate(prospects[1]).ok);
    service.openDocument(profile, 1, PROFILE);
    assert.ok(service.evaluate(prospects[1]).ok);
    let keys = keyCounter.count;
    service.openDocument(profile, 2, PROFILE.replace('weight: 2', 'weight: 3'));
    assert.ok(service.evaluate(prospects[1]).ok);
    assert.equal(keyCounter.count - keys, 1, 'a key written for the edited criterion only');
    keys = keyCounter.count;
    service.openDocument(profile, 3, PROFILE.replace('weight: 2', 'weight: 4'));
    assert.ok(service.evaluate(prospects[1]).ok);
    assert.equal(keyCounter.count - keys, 1, 'and again after the next edit');
  });

  it('an edit applied in place gives the diagnostics of a full parse, and a later edit still sees the right text', () => {
    const { service, profile } = setup();
    service.openDocument(profile, 1, PROFILE);
    assert.deepEqual(service.diagnostics(profile), []);
    const n = incrementalCounter.count;
    service.openDocument(profile, 2, PROFILE.replace('options: [calm, hectic]', 'options: [calm, hectix]'));
    const d = service.diagnostics(profile);
    assert.equal(incrementalCounter.count - n, 1, 'the edit was applied in place');
    assert.equal(d.length, 0, 'is: calm is still an option');
    service.openDocument(profile, 3, PROFILE.replace('is: calm', 'is: calx'));
    const d3 = service.diagnostics(profile);
    assert.equal(incrementalCounter.count - n, 2, 'two values changed at once, in two top-level entries: those two re-parsed');
    assert.equal(d3.length, 1);
    assert.deepEqual(d3[0].range, { start: { line: 15, character: 8 }, end: { line: 15, character: 12 } });
    // Two quick edits of one value with no check between them: the base is the last parse.
    service.openDocument(profile, 4, PROFILE.replace('is: calm', 'is: calmer'));
    service.openDocument(profile, 5, PROFILE.replace('is: calm', 'is: calmest'));
    const d5 = service.diagnostics(profile);
    assert.equal(d5.length, 1);
    assert.match(String(d5[0].message), /calmest/);
    assert.deepEqual(d5[0].range, { start: { line: 15, character: 8 }, end: { line: 15, character: 15 } });
  });

  it('resolved links are forgotten when a file changes', () => {
    const { fs, service, prospects } = setup(1);
    assert.ok(service.evaluate(prospects[0]).ok);
    // The profile moves away (deleted on disk, reported by the watcher): no stale resolution.
    fs.remove('/w/p.profile.yaml');
    service.fileChanged(service.uriOf('/w/p.profile.yaml'));
    const ev = service.evaluate(prospects[0]);
    assert.ok(!ev.ok && /does not exist/.test(ev.message), JSON.stringify(ev));
    fs.write('/w/p.profile.yaml', PROFILE);
    service.fileChanged(service.uriOf('/w/p.profile.yaml'));
    assert.ok(service.evaluate(prospects[0]).ok);
  });

  it('a released prospect (the CLI\'s single pass) is read and judged again when asked, the same', () => {
    const { service, prospects } = setup(1);
    const before = service.evaluate(prospects[0]);
    assert.equal(service.evaluate(prospects[0]), before, 'memoised while kept');
    service.release(prospects[0]);
    const after = service.evaluate(prospects[0]);
    assert.notEqual(after, before, 'judged again after release: a new verdict, not the memo');
    assert.deepEqual(after, before);
    // An open document is never released: its text exists only in the editor.
    service.openDocument(prospects[0], 1, prospect(0).replace('4000 EUR', '9000 EUR'));
    service.release(prospects[0]);
    assert.equal(budgetOf(service, prospects[0]), 'met');
  });
});

describe('Evaluate All in slices', () => {
  const settings = () => DEFAULT_SETTINGS;
  const sliced = async (service: LanguageService, s: SettingsFor, prospects: readonly string[], o: SliceOptions) => (await evaluateRun(service, s, prospects, o)).items;

  it('gives the verdicts of evaluateAll, with only the unmet criteria and no hints, handing back the event loop', async () => {
    const { service, prospects } = setup(40);
    let yields = 0;
    const run = await sliced(service, settings, prospects, { sliceMs: 0, yieldNow: async () => { yields++; } });
    // The same as judging each prospect in one go, in the order given.
    const whole = prospects.map((uri) => ({ uri, relativePath: service.describe(uri), evaluation: service.evaluate(uri) }));
    assert.ok(yields >= 4, `yielded ${yields} times`);
    assert.deepEqual(run, whole.map((r) => ({ ...r, evaluation: summarise(r.evaluation) })));
    const one = run[1].evaluation;
    assert.ok(one.ok && one.verdict.criteria.every((c) => c.outcome === 'unmet') && one.verdict.hints.length === 0);
    const full = whole[1].evaluation;
    assert.ok(full.ok && full.verdict.criteria.length === 2);
  });

  it('a profile edited while it runs: no verdict of the old profile comes back', async () => {
    const { service, profile, prospects } = setup(40);
    let yields = 0;
    const run = await sliced(service, settings, prospects, {
      sliceMs: 0,
      yieldNow: async () => {
        // Midway through the first pass, every criterion becomes met.
        if (++yields === 3) service.openDocument(profile, 1, PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 1 EUR').replace('is: calm', 'is: [calm, hectic]'));
      },
    });
    for (const r of run) assert.ok(r.evaluation.ok && r.evaluation.verdict.score === 100, `${r.relativePath}: ${JSON.stringify(r.evaluation)}`);
  });

  it('cancelled midway, it stops; what comes after is fresh', async () => {
    const { service, profile, prospects } = setup(40);
    let yields = 0;
    let cancelled = false;
    await assert.rejects(sliced(service, settings, prospects, {
      sliceMs: 0,
      yieldNow: async () => {
        if (++yields === 2) {
          service.openDocument(profile, 1, PROFILE.replace('atLeast: 5000 EUR', 'atLeast: 1 EUR'));
          cancelled = true;
        }
      },
      isCancelled: () => cancelled,
    }), Cancelled);
    assert.equal(yields, 2, 'no slice after the cancellation');
    for (const uri of prospects) assert.equal(budgetOf(service, uri), 'met', uri);
  });
});

describe('the CLI\'s JSON list', () => {
  it('is byte for byte JSON.stringify(list, null, 2), however it is cut into writes', () => {
    const items = [{ a: 1, b: ['x', { c: 'line\nbreak' }] }, null, 'text', [], {}, { deep: { deeper: [1, 2] } }];
    for (const list of [items, items.slice(0, 1), []]) {
      for (const chunk of [1, 10, 50, 1 << 20]) {
        let out = '';
        const writer = new JsonListWriter({ out: (t) => { out += t.endsWith('\n') ? t : `${t}\n`; }, err: () => undefined, cwd: '/' }, chunk);
        for (const item of list) writer.addPiece(jsonPiece(item));
        writer.end();
        assert.equal(out, `${JSON.stringify(list, null, 2)}\n`, `chunk ${chunk}, ${list.length} items`);
      }
    }
  });
});
