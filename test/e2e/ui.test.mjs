#!/usr/bin/env node
// UI suite: what only a person sees, in the real workbench (code-server) in Debian's Chromium,
// driven by playwright-core. Runs on an instance WITHOUT the smoke-test driver (so notifications
// are toasts), with the extension placed into the extensions dir (a symlink to the project).
// A screenshot per step goes to test-results/ui/; two of them become the README's images.
//
//   node test/e2e/ui.test.mjs            (after `node esbuild.mjs`; starts its own code-server)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readExpected } from '../helpers/expected.mjs';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { S, Workbench } from './selectors.mjs';
import { stepRunner, updateDocsImages } from './steps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const UI_RESULTS = path.join(ROOT, 'test-results', 'ui');
const DOCS_IMAGES = path.join(ROOT, 'docs', 'images');

const PROFILE = 'wunschkunde.profile.yaml';
const BROKEN = 'errors/broken.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const FALKENBERG = 'prospects/2026-10-05-falkenberg.prospect.yaml';
const BLOOMSHOP = 'freelance-dev/prospects/2026-11-23-bloomshop.prospect.md';
const FACTS = ['workingStyle', 'budget', 'signals', 'goalAgreed'];
// Group rows of the Prospects view read "Fit3", "No fit6" (label and count as separate spans).
const GROUPS = [
  { kind: 'fit', re: /^\s*fit\s*\d+\s*$/i },
  { kind: 'borderline', re: /^\s*borderline\s*\d+\s*$/i },
  { kind: 'no-fit', re: /^\s*no fit\s*\d+\s*$/i },
  { kind: 'undetermined', re: /^\s*open\s*\d+\s*$/i },
  { kind: 'clients', re: /^\s*clients\s*\d+\s*$/i },
  { kind: 'past', re: /^\s*past\s*\d+\s*$/i },
];

/**
 * How many prospects of each group the view shows for the rows of samples/EXPECTED.md (throws when
 * the table does not read): current clients and past prospects (their `status:`) apart, every
 * other by its verdict.
 */
function expectedCounts(workspace) {
  const counts = {};
  for (const row of readExpected(path.join(workspace, 'EXPECTED.md'))) {
    const status = /^status:\s*(\w+)/m.exec(fs.readFileSync(path.join(workspace, row.file), 'utf8'))?.[1];
    const group = status === 'client' ? 'clients' : ['declined', 'referred', 'ended'].includes(status) ? 'past' : row.verdict;
    counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

/**
 * @param {object} server  from startCodeServer({ installExtensions: [ROOT] }) (no smoke-test driver)
 * @param {{ log?: (s: string) => void, copyReadmeImages?: boolean, budgetSeconds?: number }} [o]
 * @returns {Promise<{ passed: number, failed: number, seconds: number, steps: { name: string, ok: boolean, seconds: number, error?: string, screenshot: string }[] }>}
 */
export async function runUiSuite(server, o = {}) {
  const log = o.log ?? ((s) => console.log(s));
  const started = Date.now();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const wb = new Workbench(page);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // 300 s: two steps more (a client's lens, the profile-change lens) than when it was 240 s.
  const runner = stepRunner(page, { dir: UI_RESULTS, root: ROOT, log, budget: { seconds: o.budgetSeconds ?? 300, started } });
  const { step } = runner;

  log('  UI suite');
  try {
    await step('workbench loads with the samples and the extension', async () => {
      await page.goto(server.workbenchUrl());
      await wb.ready(PROFILE);
      // The status bar's problem counter exists once the workbench is fully up.
      await page.locator(S.statusItem).first().waitFor({ timeout: 30_000 });
    });

    await step('the walkthrough\'s Evaluate Prospect and Show Questions buttons work on the prospect behind the Welcome page', async (shot) => {
      // The prospect open in the same editor group as the Welcome page, behind it: not visible.
      await wb.openFile(ACME);
      await wb.openWalkthrough('Get started with your ideal-client profile');
      if (await wb.walkthroughStepDone('evaluate')) throw new Error('the step "evaluate" is ticked before its button was clicked');
      await wb.clickWalkthroughButton('evaluate', 'Evaluate Prospect');
      const seen = await wb.until(async () => { const t = await wb.toasts(); return t.some((x) => /no fit|Open a prospect/i.test(x)) ? t : undefined; },
        { message: 'a notification after Evaluate Prospect', timeout: 45_000 });
      await page.screenshot({ path: shot });
      if (seen.some((t) => /Open a prospect/i.test(t))) throw new Error(`the button did not find the prospect: ${JSON.stringify(seen)}`);
      if (!seen.some((t) => /ACME GmbH.*no fit/i.test(t))) throw new Error(`no verdict for ACME: ${JSON.stringify(seen)}`);
      await wb.runCommand('Notifications: Clear All Notifications').catch(() => {});
      await wb.openWalkthrough('Get started with your ideal-client profile');
      await wb.until(async () => wb.walkthroughStepDone('evaluate'), { message: 'the step "evaluate" ticked', timeout: 15_000 });
      // Show Questions to Ask: the questions of ACME come as a quick pick.
      await wb.clickWalkthroughButton('verdict', 'Show Questions to Ask');
      await wb.until(async () => (await page.locator(S.quickInputRow).allInnerTexts()).some((r) => /outcomeExpectation|Welches Ergebnis/.test(r)),
        { message: 'the quick pick with the question about outcomeExpectation', timeout: 30_000 });
      await page.keyboard.press('Escape');
      await wb.runCommand('View: Close All Editors').catch(() => {});
    });

    await step('broken profile: squiggles and Problems rows', async () => {
      await wb.openFile(BROKEN);
      await page.locator(S.squiggleError).first().waitFor({ timeout: 45_000 });
      await wb.runCommand('View: Focus Problems');
      await wb.until(async () => (await wb.problemsRows()).some((r) => r.includes('workinStyle')),
        { message: 'a Problems row about workinStyle', timeout: 30_000 });
      const rows = await wb.problemsRows();
      for (const w of ['workinStyle', 'wieght', 'chaotic']) {
        if (!rows.some((r) => r.includes(w))) throw new Error(`no Problems row mentions ${w}: ${rows.join(' | ')}`);
      }
    });

    await step('completion after typing "fact: " lists the profile\'s facts', async (shot) => {
      await wb.openFile(BROKEN);
      // The criterion "style-2" (`    fact: workingStyle`): retype its fact, then ask for completion.
      const text = fs.readFileSync(path.join(server.workspace, BROKEN), 'utf8').split('\n');
      const line = text.findIndex((l, i) => i > text.indexOf('criteria:') && /^\s+fact:\s*workingStyle\s*$/.test(l)) + 1;
      if (line <= 0) throw new Error(`no "fact: workingStyle" line in ${BROKEN}`);
      await wb.goToLine(line);
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Home'); // smart home: to the first non-blank character
      await page.keyboard.type('fact: ');
      await page.keyboard.press('Control+Space');
      await wb.until(async () => { const rows = await wb.suggestRows(); return FACTS.every((f) => rows.some((r) => r.startsWith(f) || r.includes(f))); },
        { message: `the suggest widget listing ${FACTS.join(', ')}`, timeout: 30_000 });
      await page.screenshot({ path: shot });
      if (updateDocsImages(o.copyReadmeImages)) copyImage(shot, 'profile-diagnostics-completion.png');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+Z');
    });

    await step('Evaluate Prospect on ACME: code lens, inlay hints, status bar', async (shot) => {
      await wb.openFile(ACME);
      await wb.runCommand('Ideal Client: Evaluate Prospect');
      const lens = await wb.until(async () => (await wb.codeLensTexts()).find((t) => /no fit/i.test(t)),
        { message: 'a code lens saying "no fit"', timeout: 45_000 });
      for (const part of ['no fit — Nimmt Rat an · 29% match', 'Anna Schmidt']) {
        if (!lens.includes(part)) throw new Error(`the code lens "${lens}" lacks ${part}`);
      }
      const text = await wb.until(async () => { const t = await wb.editorText(); return /✗/.test(t) && /✓/.test(t) ? t : undefined; },
        { message: 'inlay hints ✓/✗ at the end of the fact lines', timeout: 30_000 });
      const factLine = text.split('\n').find((l) => l.includes('workingStyle: detail-planner'));
      if (!factLine || !/detail-planner\s*✗/.test(factLine)) throw new Error(`no ✗ hint after "workingStyle: detail-planner": ${factLine}`);
      await wb.until(async () => (await wb.statusTexts()).some((t) => /no fit\s*29%/i.test(t)),
        { message: 'the status bar item "no fit 29%"', timeout: 30_000 });
      await wb.until(async () => (await wb.toasts()).some((t) => /ACME/.test(t)),
        { message: 'a notification with the verdict summary', timeout: 15_000 }).catch(() => {});
      await page.screenshot({ path: shot });
    });

    await step('Prospects view: clients apart, live prospects by verdict, past ones in Past', async (shot) => {
      await wb.runCommand('Notifications: Clear All Notifications').catch(() => {});
      await wb.runCommand('View: Hide Panel').catch(() => {});
      await wb.runCommand('View: Show Explorer');
      // Make room: fold the file tree, unfold the Prospects view and its groups.
      await wb.collapsePane('my-clients').catch(() => {});
      await wb.expandPane('Prospects');
      const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Prospects' }) }).first();
      await wb.until(async () => (await pane.locator('.monaco-list-row').count()) >= 4, { message: 'rows in the Prospects view', timeout: 45_000 });
      for (let i = 0; i < 6; i++) {
        const closed = pane.locator('.monaco-list-row[aria-expanded="false"]');
        if ((await closed.count()) === 0) break;
        await closed.first().locator('.monaco-tl-twistie').click().catch(() => {});
      }
      let seen = [];
      const rows = await wb.until(async () => {
        const r = (seen = await wb.paneRows('Prospects'));
        return GROUPS.every((g) => r.some((x) => g.re.test(x))) && r.some((x) => x.includes('ACME GmbH')) ? r : undefined;
      }, { message: 'the groups clients, fit, borderline, no fit, undetermined, past and ACME GmbH in the Prospects view', timeout: 45_000 })
        .catch((e) => { throw new Error(`${e.message}; rows: ${JSON.stringify(seen)}`); });
      // Group sizes as in samples/EXPECTED.md (the view also lists errors/broken.prospect.yaml,
      // whose verdict is not in the table: at most one more).
      const expected = expectedCounts(server.workspace);
      for (const g of GROUPS) {
        const n = Number(rows.find((x) => g.re.test(x)).match(/(\d+)\s*$/)[1]);
        const want = expected[g.kind] ?? 0;
        if (n < want || n > want + 1) throw new Error(`the group ${g.kind} holds ${n} prospects, EXPECTED.md lists ${want}`);
      }
      // The README's picture: ACME with its verdict inline, the status bar and the view.
      await wb.focusWorkbench();
      const tab = await page.locator(S.activeTab).first().innerText();
      if (!tab.includes('acme')) throw new Error(`the active editor should still be the ACME prospect, is ${tab}`);
      await page.mouse.move(900, 600);
      await page.screenshot({ path: shot });
      if (updateDocsImages(o.copyReadmeImages)) copyImage(shot, 'prospect-verdict.png');
    });

    await step('Prospects view: the active prospect selected, a filter narrows it, Clear Filter brings all back', async (shot) => {
      const selected = page.locator('.part.sidebar .pane .monaco-list-row.selected', { hasText: 'ACME GmbH' });
      await wb.until(async () => (await selected.count()) > 0, { message: 'ACME GmbH selected in the view (the active editor)', timeout: 15_000 });
      await wb.runCommand('Ideal Client: Filter Prospects…', { waitHidden: false });
      const input = page.locator(S.quickInputBox);
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      await input.fill('Sonnenhof');
      await page.keyboard.press('Enter');
      let seen = [];
      await wb.until(async () => { seen = await wb.paneRows('Prospects'); return seen.some((r) => r.includes('Sonnenhof')) && !seen.some((r) => r.includes('ACME GmbH')); },
        { message: 'only Sonnenhof in the filtered view', timeout: 30_000 })
        .catch((e) => { throw new Error(`${e.message}; rows: ${JSON.stringify(seen)}`); });
      await page.screenshot({ path: shot });
      await wb.runCommand('Ideal Client: Clear Prospects Filter');
      await wb.until(async () => (await wb.paneRows('Prospects')).some((r) => r.includes('ACME GmbH')), { message: 'ACME GmbH back after Clear Filter', timeout: 30_000 });
    });

    await step('a current client who no longer fits: its lens now and at first call, beside the Clients and Past groups', async (shot) => {
      await wb.openFile(FALKENBERG);
      const lens = await wb.until(async () => (await wb.codeLensTexts()).find((t) => /no fit now/i.test(t)),
        { message: 'a code lens saying "no fit now"', timeout: 45_000 });
      if (!/✘ no fit now · was ✔ fit at first call/.test(lens)) throw new Error(`the code lens "${lens}" does not show now and the first call`);
      // The client under Clients, the past ones under Past (collapsed at first, and again after
      // the filter of the step before): every group unfolded.
      await wb.expandPane('Prospects');
      const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Prospects' }) }).first();
      for (let i = 0; i < 8; i++) {
        const closed = pane.locator('.monaco-list-row[aria-expanded="false"]');
        if ((await closed.count()) === 0) break;
        await closed.first().locator('.monaco-tl-twistie').click().catch(() => {});
      }
      let seen = [];
      await wb.until(async () => {
        seen = await wb.paneRows('Prospects');
        const clients = seen.findIndex((r) => /^\s*clients\s*\d+\s*$/i.test(r));
        const past = seen.findIndex((r) => /^\s*past\s*\d+\s*$/i.test(r));
        return clients >= 0 && past > clients && seen.slice(clients + 1).some((r) => r.includes('Falkenberg')) && past < seen.length - 1;
      }, { message: 'Falkenberg under Clients, and the Past group open', timeout: 30_000 })
        .catch((e) => { throw new Error(`${e.message}; rows: ${JSON.stringify(seen)}`); });
      await wb.focusWorkbench();
      await page.mouse.move(900, 600);
      await page.screenshot({ path: shot });
      // For the README: the top 800 rows (the Past group's last row ends above them), as JPEG —
      // the .vsix carries the README's images and stays under 1.5 MB (test/unit/package.test.ts).
      if (updateDocsImages(o.copyReadmeImages)) copyImage(await readmeShot(page, shot, 800), 'client-lens.jpg');
    });

    await step('an unsaved edit of the profile: "This change turns N verdicts" against the last commit', async (shot) => {
      // The workspace (a copy of samples/) made a git repository, everything committed.
      const git = (...args) => {
        const r = spawnSync('git', ['-c', 'user.name=UI suite', '-c', 'user.email=ui@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: server.workspace, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.error?.message ?? r.stderr}`);
      };
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'samples');
      await wb.openFile(PROFILE);
      const text = fs.readFileSync(path.join(server.workspace, PROFILE), 'utf8').split('\n');
      const line = text.findIndex((l) => /^\s+weight: 3\s*$/.test(l)) + 1;
      if (line <= 0) throw new Error(`no "weight: 3" line in ${PROFILE}`);
      await wb.goToLine(line);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('1');
      await wb.until(async () => /weight: 1\b/.test(await wb.editorText()), { message: 'the edit in the editor', timeout: 10_000 });
      // The lens sits on the first line: shown only when that line is in view.
      await page.keyboard.press('Control+Home');
      const lens = await wb.until(async () => (await wb.codeLensTexts()).find((t) => /^This change turns \d+ verdicts?$/.test(t)),
        { message: 'the code lens "This change turns N verdicts"', timeout: 60_000 });
      await page.mouse.move(900, 600);
      await page.screenshot({ path: shot });
      // For the README: the lens, the first lines and the view's groups with their new verdicts.
      if (updateDocsImages(o.copyReadmeImages)) copyImage(await readmeShot(page, shot, 480), 'profile-change-lens.jpg');
      // Back to the committed text, unsaved changes dropped.
      await wb.runCommand('File: Revert File');
      // Gone once the server compared again (a whole comparison: under a load average of 17 the
      // first one took tens of seconds in the bench).
      await wb.until(async () => !(await wb.codeLensTexts()).some((t) => t === lens), { message: 'the lens gone after Revert File', timeout: 90_000 });
    });

    await step('New Prospect refuses to overwrite an existing file', async () => {
      const file = path.join(server.workspace, ACME);
      const before = fs.readFileSync(file, 'utf8');
      await wb.openFile(PROFILE);
      await wb.runCommand('Ideal Client: New Prospect', { waitHidden: false });
      // A profile is active, so no profile picker; if one comes anyway, choose the sample profile.
      const input = page.locator(S.quickInputBox);
      await input.waitFor({ state: 'visible', timeout: 15_000 });
      const pick = page.locator(S.quickInputRow, { hasText: PROFILE }).first();
      if (await pick.isVisible().catch(() => false)) {
        await pick.click();
      }
      await input.fill('ACME');
      await page.keyboard.press('Enter');
      await wb.until(async () => /\.prospect\.yaml$/.test(await input.inputValue()), { message: 'the file-name input box', timeout: 15_000 });
      await input.fill(ACME);
      await wb.until(async () => /already exists/i.test(await page.locator(S.quickInputMessage).innerText().catch(() => '')),
        { message: 'the message "… already exists"', timeout: 15_000 });
      await page.screenshot({ path: path.join(UI_RESULTS, 'new-prospect-refused.png') });
      await page.keyboard.press('Enter');
      // Still open: Enter is refused while the validation message stands.
      await wb.until(async () => input.isVisible(), { message: 'the input box to stay open', timeout: 2_000 });
      await page.keyboard.press('Escape');
      if (fs.readFileSync(file, 'utf8') !== before) throw new Error(`${ACME} was changed`);
    });

    await step('Draft reply on Bloomshop (an English profile): the lens clicked, "Refer to Kessler Web" chosen, the letter beside it', async (shot) => {
      const file = path.join(server.workspace, BLOOMSHOP);
      const before = fs.readFileSync(file, 'utf8');
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await wb.openFile(BLOOMSHOP);
      const link = page.locator(`${S.codeLens} a`, { hasText: 'Draft reply' }).first();
      await link.waitFor({ timeout: 45_000 });
      await link.click();
      // A no fit with a colleague: the referral and the decline to choose from.
      const refer = page.locator(S.quickInputRow, { hasText: 'Refer to Kessler Web' }).first();
      await refer.waitFor({ state: 'visible', timeout: 15_000 });
      if ((await page.locator(S.quickInputRow, { hasText: 'Decline' }).count()) === 0) throw new Error('the quick pick offers no "Decline"');
      await refer.click();
      await page.locator(S.quickInput).waitFor({ state: 'hidden', timeout: 10_000 });
      let text = '';
      await wb.until(async () => /Hello Lena Fischer,/.test(text = await wb.editorText()),
        { message: 'the draft "Hello Lena Fischer, …" in the active editor', timeout: 30_000 })
        .catch((e) => { throw new Error(`${e.message}; the active editor shows: ${text.slice(0, 200)}`); });
      const flat = text.replace(/\s+/g, ' ');
      // The editor wraps long lines, a URL too: compared without the line breaks' spaces.
      if (!flat.replace(/\s+/g, '').includes('YoucanreachKesslerWebathttps://kessler-web.example.')) throw new Error(`the draft does not name Kessler Web's contact: ${flat.slice(0, 600)}`);
      if (!/All the best, Sam Okafor/.test(flat)) throw new Error(`the draft is not signed by the profile's owner: ${flat.slice(0, 600)}`);
      if (/\b\d+ ?% match|dealbreaker|your reason/i.test(flat)) throw new Error(`the draft holds an internal text: ${flat.slice(0, 600)}`);
      await page.locator(S.activeTab, { hasText: 'Reply to Bloomshop.md' }).first().waitFor({ timeout: 10_000 });
      if ((await page.locator('.editor-group-container').count()) < 2) throw new Error('the draft is not beside the prospect');
      await page.screenshot({ path: shot });
      if (fs.readFileSync(file, 'utf8') !== before) throw new Error(`${BLOOMSHOP} was changed`);
      await wb.runCommand('View: Close All Editors').catch(() => {});
      // The untitled draft asks whether to save it: not saved.
      const dontSave = page.getByRole('button', { name: /Don't Save/ });
      if (await dontSave.isVisible().catch(() => false)) await dontSave.click();
      await wb.runCommand('View: Single Column Editor Layout').catch(() => {});
    });

    await step('Evaluate All report: every link an anchor in the preview, and a click on one opens the prospect', async (shot) => {
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await wb.runCommand('Ideal Client: Evaluate All Prospects');
      const { frame, link } = await wb.reportFrameWithLink('2026-11-20-acme.prospect.yaml', 'the report\'s preview');
      // Every prospect's row links its file: as many anchors to *.prospect.* files as rows.
      const anchors = await frame.locator('a', { hasText: /\.prospect\.(yaml|md)/ }).count();
      const expected = readExpected(path.join(server.workspace, 'EXPECTED.md')).length;
      if (anchors < expected) throw new Error(`${anchors} anchors to prospects in the preview, ${expected} prospects`);
      await page.screenshot({ path: shot });
      const href = await link().getAttribute('href');
      await link().click();
      await wb.until(async () => (await page.locator(S.activeTab, { hasText: '2026-11-20-acme.prospect.yaml' }).count()) > 0,
        { message: `ACME opened by a click on its link (href ${href})`, timeout: 30_000 })
        .catch(async (e) => { await page.screenshot({ path: shot.replace(/\.png$/, '-after-click.png') }); throw e; });
      await wb.runCommand('View: Close All Editors').catch(() => {});
    });

    await step('killing the language server: the client restarts it and diagnostics come back', async () => {
      const servers = () => server.processes().filter((p) => p.cmdline.includes('dist/server.js'));
      const old = await wb.until(async () => { const s = servers(); return s.length ? s : undefined; },
        { message: 'a language server process (dist/server.js) in the code-server process group' });
      for (const p of old) process.kill(p.pid, 'SIGKILL');
      const oldPids = new Set(old.map((p) => p.pid));
      await wb.until(async () => servers().some((p) => !oldPids.has(p.pid)),
        { message: 'a new language server process', timeout: 45_000 });
      // Prove the new server answers: a fresh mistake gets a fresh diagnostic.
      await wb.openFile(BROKEN);
      const text = fs.readFileSync(path.join(server.workspace, BROKEN), 'utf8').split('\n');
      const line = text.findIndex((l) => /^\s+fact:\s*goalAgreed\s*$/.test(l)) + 1;
      if (line <= 0) throw new Error(`no "fact: goalAgreed" line in ${BROKEN}`);
      await wb.goToLine(line);
      await page.keyboard.press('End');
      await page.keyboard.type('Typo');
      await wb.runCommand('View: Focus Problems');
      // With the workspace's problems listed, the profile's rows can be below the panel's fold
      // (the list is virtual): the panel's own filter narrows it to the row sought.
      const filter = page.locator('.part.panel .viewpane-filter-container input').first();
      if (await filter.count()) await filter.fill('goalAgreedTypo').catch(() => {});
      await wb.until(async () => (await wb.problemsRows()).some((r) => r.includes('goalAgreedTypo')),
        { message: 'a Problems row about goalAgreedTypo from the restarted server', timeout: 45_000 });
      await page.locator(S.squiggleError).first().waitFor({ timeout: 15_000 });
      await wb.goToLine(line);
      await page.keyboard.press('End');
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    });
  } finally {
    await browser.close().catch(() => {});
  }
  const r = runner.result(started);
  if (pageErrors.length) fs.writeFileSync(path.join(UI_RESULTS, 'page-errors.json'), JSON.stringify(pageErrors.slice(0, 20), null, 2));
  return r;
}


/** The top `height` rows of the page as a JPEG next to the step's screenshot (small enough for the .vsix). */
async function readmeShot(page, shot, height) {
  const jpg = shot.replace(/\.png$/, '.jpg');
  await page.screenshot({ path: jpg, type: 'jpeg', quality: 75, clip: { x: 0, y: 0, width: 1400, height } });
  return jpg;
}

function copyImage(from, name) {
  fs.mkdirSync(DOCS_IMAGES, { recursive: true });
  fs.copyFileSync(from, path.join(DOCS_IMAGES, name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) {
    console.error('ui: dist/client.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const server = await startCodeServer({ installExtensions: [ROOT] });
  let r;
  try {
    r = await runUiSuite(server);
  } finally {
    await server.stop();
  }
  console.log(`ui: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
  process.exit(r.failed ? 1 : 0);
}
