// Renaming or moving profiles, prospects or folders keeps the paths written in the workspace
// pointing at the same files: the answer to the editor's "files will be renamed"
// (workspace/willRenameFiles), a workspace edit applied with the rename and undone with it.
//
//   - a prospect whose `profile:` names a renamed or moved profile, and a profile whose lesson's
//     `prospect:` names a renamed or moved prospect, get the new relative path;
//   - a moved prospect's own `profile:` and a moved profile's own lessons' paths are written
//     anew from the new place, so that they still name the same files.
// The edits name the files by their old URIs: the editor applies them before it renames.
//
// Holds no state: every call reads the listing and the files as they are.
import * as path from 'node:path';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { kindOf } from '../../../shared/src/fileKinds';
import type { ParsedDocument } from '../parser/parsedDocument';
import { relativePath, replaceScalar, writtenPaths } from '../features/pathEdits';
import type { PathResolution, WorkspaceFiles } from '../workspace/workspaceIndex';

export interface FileRename {
  oldUri: string;
  newUri: string;
}

/** What the rename needs of the service. */
export interface RenameContext {
  files(): WorkspaceFiles;
  fsPathOf(uri: string): string | undefined;
  /** The file's text (the editor's when open) without parsing it; undefined if unreadable. */
  textOf(uri: string): string | undefined;
  parse(uri: string): ParsedDocument | undefined;
  resolvePath(fromUri: string, written: string): PathResolution;
  /** Done with a file: what was read for it need not stay (a file not open). */
  release(uri: string): void;
}

export function renameEdits(renames: readonly FileRename[], ctx: RenameContext): WorkspaceEdit | null {
  const moves: [string, string][] = [];
  for (const r of renames) {
    const from = ctx.fsPathOf(r.oldUri);
    const to = ctx.fsPathOf(r.newUri);
    if (from && to && from !== to) moves.push([from, to]);
  }
  if (!moves.length) return null;
  /** Where a file is after the renames (a renamed folder moves everything in it). */
  const after = (fsPath: string): string => {
    for (const [from, to] of moves) {
      if (fsPath === from) return to;
      if (fsPath.startsWith(from + path.sep)) return to + fsPath.slice(from.length);
    }
    return fsPath;
  };
  const listed = ctx.files();
  const all = [...listed.profiles, ...listed.prospects];
  const moved = all.filter((u) => { const p = ctx.fsPathOf(u); return !!p && after(p) !== p; });
  if (!moved.length) return null;
  // A file that is not moved itself can only need an edit if it names a moved file: its text
  // holds that file's name (or a renamed folder's). Ten thousand prospects are not parsed for it.
  const names = new Set(moves.map(([from]) => path.basename(from)));
  const changes: Record<string, TextEdit[]> = {};
  for (const uri of all) {
    const fsPath = ctx.fsPathOf(uri);
    if (!fsPath || !kindOf(uri)) continue;
    const self = after(fsPath);
    if (self === fsPath) {
      const text = ctx.textOf(uri);
      if (text === undefined || ![...names].some((n) => text.includes(n))) continue;
    }
    const parsed = ctx.parse(uri);
    const edits: TextEdit[] = [];
    for (const w of parsed?.yaml ? writtenPaths(parsed) : []) {
      const target = ctx.resolvePath(uri, w.written);
      const targetPath = target.ok ? ctx.fsPathOf(target.uri) : undefined;
      if (!targetPath) continue;
      const targetAfter = after(targetPath);
      if (targetAfter === targetPath && self === fsPath) continue;
      const written = relativePath(self, targetAfter, w.written);
      if (written !== w.written) edits.push(replaceScalar(parsed!, w.node, written));
    }
    if (edits.length) changes[uri] = edits;
    ctx.release(uri);
  }
  return Object.keys(changes).length ? { changes } : null;
}
