// Diagnostics from the language server on the erroneous samples: each mistake on its own YAML
// node, in plain words, with "did you mean" where a name is close. The sample files
// mark each offending line with "# <- error N"; the assertions find the lines by that mark.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, BROKEN, diagnostics, hoverText, lineOf, open, poll, positionAfter, PROFILE, wsUri } from './helpers';

interface Expectation { mark: number; text?: string; words: RegExp[] }

function markedLine(doc: vscode.TextDocument, n: number): number {
  for (let i = 0; i < doc.lineCount; i++) if (new RegExp(`#\\s*<-\\s*error ${n}\\b`).test(doc.lineAt(i).text)) return i;
  throw new Error(`no line marked "# <- error ${n}" in ${doc.uri.path}`);
}

function describeAll(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`).join('\n    ');
}

async function checkFile(relative: string, expectations: Expectation[]): Promise<void> {
  const editor = await open(relative);
  const doc = editor.document;
  const ds = await poll(() => diagnostics(relative), (d) => d.length >= expectations.length,
    { message: `at least ${expectations.length} diagnostics on ${relative}`, timeout: 30_000 });
  for (const e of expectations) {
    const line = markedLine(doc, e.mark);
    const onLine = ds.filter((d) => d.range.start.line === line);
    assert.ok(onLine.length > 0, `no diagnostic on line ${line + 1} (error ${e.mark}: ${doc.lineAt(line).text.trim()}); got:\n    ${describeAll(ds)}`);
    const match = onLine.find((d) => e.words.every((w) => w.test(d.message)));
    assert.ok(match, `error ${e.mark}: no diagnostic on line ${line + 1} says ${e.words.join(' and ')}; got:\n    ${describeAll(onLine)}`);
    assert.ok(match.range.end.line === line, `error ${e.mark}: the range should stay on its YAML node (line ${line + 1}), got ${describeAll([match])}`);
    assert.ok(!match.range.isEmpty, `error ${e.mark}: empty range ${describeAll([match])}`);
    if (e.text) {
      const covered = doc.getText(match.range);
      assert.ok(covered.includes(e.text), `error ${e.mark}: the range covers "${covered}", expected the node "${e.text}"`);
      assert.ok(!covered.includes('#'), `error ${e.mark}: the range "${covered}" runs into the comment`);
    }
    assert.strictEqual(match.severity, vscode.DiagnosticSeverity.Error, `error ${e.mark} should be an error: ${match.message}`);
  }
}

describe('Diagnostics', () => {
  before(async function () {
    this.timeout(60_000);
    await activate();
  });

  it('errors/broken.profile.yaml: every mistake on its node, in plain words', async function () {
    this.timeout(60_000);
    await checkFile(BROKEN, [
      { mark: 1, text: 'workinStyle', words: [/workinStyle/, /workingStyle/] },
      { mark: 2, text: 'is', words: [/\bis\b/, /tags/i] },
      { mark: 3, text: 'chaotic', words: [/chaotic/] },
      { mark: 4, text: 'budget', words: [/budget/, /duplicate|twice|more than once|already|unique/i] },
      { mark: 5, text: '80', words: [/borderline/i, /\bfit\b/i] },
      { mark: 6, text: 'wieght', words: [/wieght/, /weight/] },
    ]);
  });

  it('errors/broken.prospect.yaml: every mistake on its node, in plain words', async function () {
    this.timeout(60_000);
    await checkFile('errors/broken.prospect.yaml', [
      { mark: 1, text: 'goalAgred', words: [/goalAgred\b/, /goalAgreed/] },
      { mark: 2, text: 'bald', words: [/bald/, /duration|dauer|zeit/i] },
      { mark: 3, text: 'USD', words: [/USD/, /EUR/] },
      { mark: 4, text: 'chaotisch', words: [/chaotisch/] },
      { mark: 5, text: '31.11.2026', words: [/31\.11\.2026/, /\bday\b|\bTag\b/] },
    ]);
  });

  it('the sample profile has no errors', async function () {
    this.timeout(60_000);
    const editor = await open(PROFILE);
    // Wait until the server answers for this document (a hover on a fact), then check.
    const at = positionAfter(editor.document, /^ {2}workingStyle:/, '  workingStyle', lineOf(editor.document, /^facts:/));
    await poll(async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at.translate(0, -3)) ?? []),
      (t) => t.length > 0, { message: 'a hover on the profile (the server has seen it)', timeout: 30_000 });
    const errors = vscode.languages.getDiagnostics(wsUri(PROFILE)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(errors.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
  });
});
