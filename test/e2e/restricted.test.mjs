#!/usr/bin/env node
// Restricted Mode (issue #6 item 6): the extension declares `untrustedWorkspaces: limited` with
// `idealClient.profile` restricted. This phase opens the samples in an UNTRUSTED workspace —
// code-server with Workspace Trust on (no --disable-workspace-trust, the trust setting on, the
// startup prompt off so that the folder simply stays untrusted) — and checks in Chromium that
// Restricted Mode is on, that diagnostics and the verdict still appear, and that the workspace's
// `idealClient.profile` is ignored there.
//
// The workspace copy is changed so that the restricted setting would show: the ACME prospect
// loses its `profile:` line (so the setting would decide its profile), and .vscode/settings.json
// points `idealClient.profile` at the agency's BANT profile. Honoured, that setting would make ACME
// "undetermined" (its facts mean nothing to BANT); ignored, ACME is judged by the nearest profile,
// wunschkunde.profile.yaml: "no fit", 29 %.
//
//   node test/e2e/restricted.test.mjs      (after `node esbuild.mjs`; starts its own code-server)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './codeServer.mjs';
import { S, Workbench } from './selectors.mjs';
import { runBrowserPhase } from './steps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = path.join(ROOT, 'test-results', 'restricted');
const PROFILE = 'wunschkunde.profile.yaml';
const BROKEN = 'errors/broken.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const RESTRICTED_PROFILE = 'agency/bant.profile.yaml';

/** The workspace copy: ACME without `profile:`, and the restricted setting in .vscode/settings.json. */
export function prepareUntrustedWorkspace(workspace) {
  const acme = path.join(workspace, ACME);
  const text = fs.readFileSync(acme, 'utf8');
  const without = text.replace(/^profile:.*\r?\n/m, '');
  if (without === text) throw new Error(`${ACME} has no "profile:" line to remove`);
  fs.writeFileSync(acme, without);
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'idealClient.profile': RESTRICTED_PROFILE }, null, 2) + '\n');
}

/**
 * Starts its own code-server (trust on, the extension installed), runs the steps, stops it.
 * @param {{ log?: (s: string) => void, keepTemp?: boolean }} [o]
 */
export async function runRestrictedSuite(o = {}) {
  const log = o.log ?? ((s) => console.log(s));
  return runBrowserPhase({
    dir: RESULTS, root: ROOT, log,
    start: () => startCodeServer({
      installExtensions: [ROOT], workspaceTrust: true, prepareWorkspace: prepareUntrustedWorkspace,
      keepTemp: o.keepTemp, log: (s) => log(`[code-server] ${s}`),
    }),
    body: async ({ page, server, step }) => {
      const wb = new Workbench(page);
      log('  Restricted Mode suite');

      await step('untrusted workspace opens in Restricted Mode', async () => {
        await page.goto(server.workbenchUrl());
        await wb.ready(PROFILE);
        await wb.until(async () => (await wb.statusTexts()).some((t) => /Restricted Mode/i.test(t)),
          { message: 'the status bar item "Restricted Mode"', timeout: 30_000 });
      });

      await step('diagnostics still appear on the broken profile', async () => {
        await wb.openFile(BROKEN);
        await page.locator(S.squiggleError).first().waitFor({ timeout: 45_000 });
        await wb.runCommand('View: Focus Problems');
        await wb.until(async () => (await wb.problemsRows()).some((r) => r.includes('workinStyle')),
          { message: 'a Problems row about workinStyle', timeout: 30_000 });
      }, { needs: 'untrusted workspace opens in Restricted Mode' });

      await step('Evaluate Prospect works and ignores the restricted idealClient.profile', async () => {
        await wb.runCommand('View: Hide Panel').catch(() => {});
        await wb.openFile(ACME);
        await wb.runCommand('Ideal Client: Evaluate Prospect');
        let seen = [];
        const lens = await wb.until(async () => (seen = await wb.codeLensTexts()).find((t) => /no fit|\bopen\b|\bfit\b|borderline/i.test(t)),
          { message: 'a code lens with a verdict', timeout: 45_000 })
          .catch((e) => { throw new Error(`${e.message}; code lenses: ${JSON.stringify(seen)}`); });
        // Judged by the nearest profile (wunschkunde): the workspace setting pointing at the BANT
        // profile was not applied. Had it been, ACME would be "undetermined".
        if (!/no fit/i.test(lens) || !/29\s?%/.test(lens)) {
          throw new Error(`expected "no fit … 29%" from ${PROFILE} (the restricted setting ignored), got "${lens}"`);
        }
        await wb.until(async () => (await wb.statusTexts()).some((t) => /Restricted Mode/i.test(t)),
          { message: 'Restricted Mode still on', timeout: 5_000 });
      }, { needs: 'untrusted workspace opens in Restricted Mode' });
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) {
    console.error('restricted: dist/client.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const r = await runRestrictedSuite({ keepTemp: process.argv.includes('--keep') });
  console.log(`restricted: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)${r.error ? ` — ${r.error}` : ''}`);
  process.exit(r.failed || !r.passed ? 1 : 0);
}
