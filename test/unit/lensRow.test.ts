// The lens row above a prospect fits a 1,280 px window with the side bar open: for every sample
// prospect, in the English and the German UI, the lenses' titles with VS Code's " | " between
// them are at most BUDGET characters (measured in code-server: 5.8–6.4 px a character, 742 px of
// room at 1,280 px; the German row above ACME was 158 characters, 976 px, cut even at 1,400 px).
// The verdict lens gives way (its tooltip keeps the whole headline); the others stay whole.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { LanguageService } from '../../server/src/service/languageService';
import { nodeFileSystem } from '../../server/src/workspace/fileSystem';
import { LENS_ROW_MAX, LENS_SEPARATOR } from '../../server/src/features/codeLens';
import { textLength } from '../../shared/src/report/verdictWords';
import { SAMPLES_DIR } from './helpers/samples';

/** The budget, written here and not read from the code: raising LENS_ROW_MAX must fail this test. */
const BUDGET = 110;
const BUNDLE = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;

function prospects(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...prospects(p));
    else if (/\.prospect\.(ya?ml|md)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

for (const ui of ['en', 'de'] as const) {
  describe(`the code lens row fits ${BUDGET} characters (${ui} UI)`, function () {
    this.timeout(30_000);
    before(() => l10n.config({ contents: ui === 'de' ? BUNDLE : {} }));
    after(() => l10n.config({ contents: {} }));

    it('on every sample prospect, with the questions, Draft reply and the colleague whole', () => {
      assert.ok(LENS_ROW_MAX <= BUDGET, `LENS_ROW_MAX ${LENS_ROW_MAX}`);
      const service = new LanguageService({ fs: nodeFileSystem(), workspaceFolders: [SAMPLES_DIR] });
      const files = prospects(SAMPLES_DIR);
      assert.ok(files.length >= 20, `${files.length} sample prospects`);
      const wide: string[] = [];
      for (const file of files) {
        const uri = service.uriOf(file);
        const titles = service.codeLenses(uri).map((l) => l.command?.title ?? '');
        const row = titles.join(LENS_SEPARATOR);
        if (textLength(row) > BUDGET) wide.push(`${textLength(row)} ${path.relative(SAMPLES_DIR, file)}: ${row}`);
        const ev = service.evaluate(uri);
        if (!ev.ok) continue;
        const v = ev.verdict;
        // The lenses the row must keep, each with its whole title.
        if (v.ask.length > 0) assert.ok(titles.includes(v.ask.length === 1 ? l10n.t('1 question to ask') : l10n.t('{0} questions to ask', v.ask.length)), row);
        if (v.referrals.length > 0) assert.equal(titles[titles.length - 1], l10n.t('better suited: {0}', v.referrals.map((r) => r.name).join(', ')), row);
        assert.ok(titles[0].startsWith(v.verdict === 'no-fit' ? '✘' : v.verdict === 'fit' ? '✔' : v.verdict === 'borderline' ? '◐' : '?'), row);
      }
      assert.deepEqual(wide, []);
    });
  });
}
