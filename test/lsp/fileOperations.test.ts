// Over JSON-RPC with the bundled server: renaming a profile or moving a prospect asks the server
// (workspace/willRenameFiles) for the edit that keeps the paths naming them; the editor applies
// it with the rename, previewable and undone with it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import {
  CodeActionRequest, CompletionRequest, WillRenameFilesRequest, type CodeAction, type CompletionList, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { onSamples, LspSession } from './helpers/lspSession';

const PROFILE = 'wunschkunde.profile.yaml';
const ACME = 'prospects/2026-11-20-acme.prospect.yaml';
const LESSON = 'prospects/archive/2019-always-right.prospect.yaml';

describe('renaming and moving files over LSP (workspace/willRenameFiles)', function () {
  this.timeout(60_000);
  let s: LspSession;

  onSamples((started) => ({ s } = started));

  /** The text of `file` with `edits` applied (the edits of one file, as the editor would). */
  const applied = (file: string, edits: TextEdit[]): string => {
    const lines = s.read(file).split('\n');
    for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
      assert.equal(e.range.start.line, e.range.end.line, 'a path is replaced on its own line');
      const l = lines[e.range.start.line];
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    return lines.join('\n');
  };

  it('announces willRename for profiles, prospects and folders', function () {
    const filters = s.initializeResult.capabilities.workspace?.fileOperations?.willRename?.filters ?? [];
    assert.deepEqual(filters.map((f) => f.pattern.matches), ['file', 'folder']);
    assert.match(filters[0].pattern.glob, /profile\.yaml.*prospect\.md/);
  });

  it('renaming the profile rewrites the `profile:` of every prospect naming it, and only that scalar', async function () {
    const edit = await s.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: s.uri(PROFILE), newUri: s.uri('ideal.profile.yaml') }] });
    const changes = edit?.changes ?? {};
    const acme = changes[s.uri(ACME)];
    assert.ok(acme, `an edit of ACME among ${Object.keys(changes).join(', ')}`);
    assert.equal(applied(ACME, acme), s.read(ACME).replace('profile: ../wunschkunde.profile.yaml', 'profile: ../ideal.profile.yaml'));
    // Every sample prospect that names the profile is edited, none that does not.
    const naming = Object.keys(changes).every((u) => /profile: \S*wunschkunde\.profile\.yaml/.test(fs.readFileSync(new URL(u), 'utf8')));
    assert.ok(naming, 'only files naming the profile are edited');
  });

  it('moving the lesson\'s prospect rewrites the lesson\'s path in the profile and the prospect\'s own profile path', async function () {
    const moved = 'prospects/2019-always-right.prospect.yaml';
    const edit = await s.conn.sendRequest(WillRenameFilesRequest.type, { files: [{ oldUri: s.uri(LESSON), newUri: s.uri(moved) }] });
    const changes = edit?.changes ?? {};
    assert.equal(applied(PROFILE, changes[s.uri(PROFILE)] ?? []), s.read(PROFILE).replace(`prospect: ${LESSON}`, `prospect: ${moved}`));
    // One folder up: its own `profile: ../../wunschkunde.profile.yaml` becomes ../wunschkunde.profile.yaml.
    assert.match(s.read(LESSON), /^profile: \.\.\/\.\.\/wunschkunde\.profile\.yaml$/m);
    assert.equal(applied(LESSON, changes[s.uri(LESSON)] ?? []), s.read(LESSON).replace('profile: ../../wunschkunde', 'profile: ../wunschkunde'));
  });

  it('completes a prospect\'s profile: with the workspace\'s profiles, relative to it', async function () {
    const text = 'prospect: Neu\nprofile: \n';
    const uri = await s.open('prospects/new.prospect.yaml', text);
    const list = await s.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 'profile: '.length } }) as CompletionList;
    const labels = list.items.map((i) => i.label);
    assert.equal(labels[0], '../wunschkunde.profile.yaml', labels.join(', '));
    assert.ok(labels.includes('../agency/bant.profile.yaml'), labels.join(', '));
    assert.ok(labels.every((l) => /\.profile\.ya?ml$/.test(l)), 'profiles only');
  });

  it('a prospect naming a profile that is gone: a quick fix per profile of the workspace', async function () {
    const text = s.read(ACME).replace('profile: ../wunschkunde.profile.yaml', 'profile: ../renamed.profile.yaml');
    const uri = await s.open(ACME, text);
    const published = await s.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'profile-missing'));
    const missing = published.diagnostics.find((d) => d.code === 'profile-missing')!;
    const actions = await s.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: missing.range, context: { diagnostics: [missing], only: ['quickfix'] },
    }) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Use the profile ../wunschkunde.profile.yaml', titles.join(' | '));
    assert.ok(titles.includes('Use the profile ../agency/bant.profile.yaml'), titles.join(' | '));
    const edit = actions[0].edit?.changes?.[uri] ?? [];
    assert.deepEqual(edit.map((e) => e.newText), ['../wunschkunde.profile.yaml']);
  });
});
