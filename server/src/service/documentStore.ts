// The documents: the texts open in an editor, and each document's parse — of its open text, or
// of the file on disk — made once per version. Modelled on VS Code's languageModelCache: the
// parse cache apart from everything computed from it.
//
// State owned here, and where it is cleared:
//   open     — the editor's text of each open document; set by setOpen(), deleted by close()
//   parsed   — the parse of each document's current text; deleted by changed() (any change of
//              the document), release(), clear()
//   limits   — the idealClient.maxFileSize each parse was made under; with `parsed`
//   editBase — the superseded parse an edit may be applied to (incrementalParse.ts); handed
//              over to the next parse, dropped by close() and clear()
// Every read is reported to the Dependencies (documents are keyed by URI); every change bumps it.
// Every read from disk first passes the read rule (its real path inside the workspace folder):
// a refused file becomes a document with that one problem, and is never opened.
import * as l10n from '@vscode/l10n';
import { parseText, type ParsedDocument, type ParseOptions } from '../parser/parsedDocument';
import { reparseEdit } from '../parser/incrementalParse';
import type { FileSystem, NotUtf8 } from '../workspace/fileSystem';
import type { PathResult } from '../workspace/pathRules';
import type { Dependencies } from './dependencies';
import type { ParseShare } from './parseShare';

export class DocumentStore {
  private readonly open = new Map<string, { version: number; text: string }>();
  private readonly parsed = new Map<string, ParsedDocument>();
  private readonly limits = new Map<string, number>();
  private readonly editBase = new Map<string, ParsedDocument>();

  constructor(
    private readonly fs: FileSystem,
    private readonly deps: Dependencies,
    /** The file a URI names, or undefined for a URI that is not a file (untitled:, git:). */
    private readonly fsPathOf: (uri: string) => string | undefined,
    /** The read rule (WorkspaceIndex.checkRead): the real path to open, or why not. */
    private readonly checkRead: (fsPath: string) => PathResult,
    /** Parses of files on disk shared with another service over the same folder (see parseShare.ts). */
    private readonly share?: ParseShare,
  ) {}

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** A document opened or edited in an editor: from now on its text is the editor's. */
  setOpen(uri: string, version: number, text: string): void {
    const prev = this.parsed.get(uri);
    this.open.set(uri, { version, text });
    this.changed(uri);
    // Versions never parsed (edits faster than checks) leave the last parsed one as the base.
    if (prev && prev.version >= 0) this.editBase.set(uri, prev);
  }

  /** Closed in the editor: from now on its text is the file's. */
  close(uri: string): void {
    this.open.delete(uri);
    this.editBase.delete(uri);
    this.changed(uri);
  }

  /** The document's text may be another now: its parse is dropped and its generation bumped. */
  changed(uri: string): void {
    this.parsed.delete(uri);
    this.limits.delete(uri);
    this.deps.bump(uri);
  }

  /**
   * Forgets the parse of a file that is not open, for a single pass over many files (the CLI's
   * ten thousand prospects). Nothing about the file changed: no generation is bumped.
   */
  release(uri: string): void {
    if (this.open.has(uri)) return;
    this.parsed.delete(uri);
    this.limits.delete(uri);
  }

  clear(): void {
    this.parsed.clear();
    this.limits.clear();
    this.editBase.clear();
  }

  /**
   * The document's text without parsing it: the editor's, the parsed version's, or the file's
   * read now through the read rule (not kept); undefined when it is not read (refused, too large,
   * not UTF-8, not a file). For a question a glance at the text can answer for most files (is this
   * prospect a current client?), where parsing ten thousand prospects would not be cheap.
   */
  text(uri: string, maxFileSize: number): string | undefined {
    this.deps.read(uri);
    const openDoc = this.open.get(uri);
    if (openDoc) return openDoc.text;
    const cached = this.parsed.get(uri);
    if (cached && this.limits.get(uri) === maxFileSize) return cached.text;
    const fsPath = this.fsPathOf(uri);
    const rule = fsPath ? this.checkRead(fsPath) : undefined;
    const read = rule?.ok ? this.fs.readFile(rule.fsPath, maxFileSize) : undefined;
    return typeof read === 'string' ? read : undefined;
  }

  /** The parsed document (open text or disk), parsed once per version; undefined if unreadable. */
  get(uri: string, maxFileSize: number): ParsedDocument | undefined {
    // Parsed under another idealClient.maxFileSize (the setting changed, or a caller with other
    // settings): parsed again — a new generation, so the memos forget it too — only where the
    // limit decides the outcome, so that two callers with different limits never make an
    // ordinary file be parsed on every call.
    const earlier = this.parsed.get(uri);
    if (earlier && this.limits.get(uri) !== maxFileSize) {
      if (limitDecides(earlier, maxFileSize)) this.changed(uri);
      else this.limits.set(uri, maxFileSize);
    }
    this.deps.read(uri);
    const cached = this.parsed.get(uri);
    const openDoc = this.open.get(uri);
    if (cached && (!openDoc || cached.version === openDoc.version)) return cached;
    let text: string | undefined;
    let version = -1;
    let size: number | undefined;
    let notRead: ParseOptions['notRead'];
    if (openDoc) {
      text = openDoc.text;
      version = openDoc.version;
    } else {
      const fsPath = this.fsPathOf(uri);
      const rule = fsPath ? this.checkRead(fsPath) : undefined;
      if (rule && !rule.ok) notRead = { message: rule.message, code: 'path-outside' };
      // A file over idealClient.maxFileSize is not read; only its size reaches the parser.
      const read = rule?.ok ? this.fs.readFile(rule.fsPath, maxFileSize) : undefined;
      if (typeof read === 'object' && 'tooLarge' in read) size = read.size;
      else if (typeof read === 'object') notRead = { message: encodingMessage(read), code: 'encoding' };
      text = typeof read === 'string' ? read : notRead || typeof read === 'object' ? '' : undefined;
    }
    if (text === undefined) return undefined;
    // The base is handed over: reparseEdit takes its YAML document and retires it (see there).
    const base = openDoc ? this.editBase.get(uri) : undefined;
    if (base) this.editBase.delete(uri);
    // A file read whole from disk may share its parse with the other side of a diff (parseShare.ts).
    const sharable = !openDoc && size === undefined && !notRead;
    const shared = sharable ? this.share?.take(uri, text, maxFileSize) : undefined;
    const parsed = shared ?? ((base && reparseEdit(base, version, text, maxFileSize)) || parseText(uri, version, text, { maxBytes: maxFileSize, size, notRead }));
    if (sharable && !shared) this.share?.offer(uri, text, maxFileSize, parsed);
    this.parsed.set(uri, parsed);
    this.limits.set(uri, maxFileSize);
    return parsed;
  }
}

/** What to do about a file in another encoding than UTF-8 (VS Code can save it anew: "Save with Encoding"). */
function encodingMessage(read: NotUtf8): string {
  return read.notUtf8 === 'utf-16'
    ? l10n.t('This file is saved as UTF-16; save it as UTF-8.')
    : l10n.t('This file is not UTF-8 (line {0} holds a byte UTF-8 does not allow; perhaps it was saved as Latin-1 or Windows-1252); save it as UTF-8.', read.line ?? 1);
}

/** Whether parsing `doc` again under `maxBytes` could give another result: it was too large, or would be now. */
function limitDecides(doc: ParsedDocument, maxBytes: number): boolean {
  if (doc.problems.some((p) => p.code === 'too-large')) return true;
  // UTF-16 length × 3 bounds the UTF-8 size: the exact count only for texts near the limit.
  return doc.text.length * 3 > maxBytes && Buffer.byteLength(doc.text, 'utf8') > maxBytes;
}
