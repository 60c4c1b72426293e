// The little the service needs from a file system, so tests can give it an in-memory one and
// the server and CLI the real disk. Never throws: a file that cannot be read is undefined.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file that was not read because it is larger than the limit: only its size is known. */
export interface TooLarge {
  tooLarge: true;
  /** Its size on disk, in bytes. */
  size: number;
}

/** A file that was read but is not UTF-8 text: how it is encoded, as far as can be told. */
export interface NotUtf8 {
  notUtf8: 'utf-16' | 'other';
  /** For 'other': the first line (1-based) holding a byte UTF-8 does not allow. */
  line?: number;
}

export interface FileSystem {
  /**
   * The file's text, or undefined when it cannot be read. With `maxBytes` (the setting
   * idealClient.maxFileSize), a larger file is not read at all — a hostile 3 GB file must not
   * end up in memory — and only its size comes back.
   */
  readFile(fsPath: string, maxBytes?: number): string | TooLarge | NotUtf8 | undefined;
  /** Names of the entries of a folder (files and folders), or [] when it cannot be read. */
  readDir(fsPath: string): DirEntry[];
  /**
   * The same, without blocking: the server walks the workspace with it, so that a cold disk
   * (50,000 prospects: 13.7 s of readdir) does not keep it from answering. The CLI walks with
   * readDir; a file system without it is walked with readDir in slices.
   */
  readDirAsync?(fsPath: string): Promise<DirEntry[]>;
  /** The path with every symbolic link resolved, or undefined if it does not exist. */
  realPath(fsPath: string): string | undefined;
  isFile(fsPath: string): boolean;
}

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

export interface NodeFileSystemOptions {
  /** The limit for a readFile call that names none (the setting's default). */
  maxBytes: number;
}

export function nodeFileSystem(options: NodeFileSystemOptions = { maxBytes: 2 * 1024 * 1024 }): FileSystem {
  return {
    readFile(p, maxBytes = options.maxBytes) {
      try {
        return readAtMost(p, maxBytes);
      } catch {
        return undefined;
      }
    },
    readDir(p) {
      try {
        return fs.readdirSync(p, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }));
      } catch {
        return [];
      }
    },
    async readDirAsync(p) {
      try {
        return (await fs.promises.readdir(p, { withFileTypes: true })).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }));
      } catch {
        return [];
      }
    },
    realPath(p) {
      try {
        return fs.realpathSync.native(p);
      } catch {
        return undefined;
      }
    },
    isFile(p) {
      try {
        return fs.statSync(p).isFile();
      } catch {
        return false;
      }
    },
  };
}

/**
 * The file's text, or its size when it holds more than `maxBytes` bytes — never more is read;
 * undefined for anything but a regular file. One open, one fstat and, for a file that does not
 * change meanwhile, one read: a short read of a regular file is its end (this runs for each of
 * ten thousand prospects in the CLI, where a second stat and an empty read per file showed).
 */
function readAtMost(p: string, maxBytes: number): string | TooLarge | NotUtf8 | undefined {
  // Non-blocking, so that a named pipe posing as a prospect cannot stall the open (its fstat then
  // says it is no file); no effect on regular files.
  const fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return undefined;
    if (st.size > maxBytes) return { tooLarge: true, size: st.size };
    // The file may grow after the fstat: ask for one byte more than it had, and go on in chunks
    // (stopping one byte past the limit) only if that byte came.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.min(st.size, maxBytes) + 1;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const got = fs.readSync(fd, buf, 0, buf.length, total);
      if (got > 0) chunks.push(got === buf.length ? buf : buf.subarray(0, got));
      total += got;
      if (total > maxBytes) return { tooLarge: true, size: Math.max(total, fs.fstatSync(fd).size) };
      if (got < buf.length) break;
    }
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return decodeUtf8(bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The bytes as UTF-8 text, or what they are instead: UTF-16 (a byte-order mark, or a NUL in
 * every other byte of the first line — ASCII saved as UTF-16 without a mark), or text in another
 * encoding (Latin-1, Windows-1252: bytes that are no UTF-8). Decoding as usual and looking for
 * U+FFFD only then keeps the common case one decode.
 */
export function decodeUtf8(bytes: Buffer): string | NotUtf8 {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { notUtf8: 'utf-16' };
  if (bytes.length >= 4 && looksUtf16WithoutMark(bytes)) return { notUtf8: 'utf-16' };
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD')) return stripBom(text);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return stripBom(text); // a U+FFFD written in the file itself
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { notUtf8: 'other', line };
  }
}

/** ASCII as UTF-16 without a mark: every other byte of the first 64 is NUL, and none of the rest. */
function looksUtf16WithoutMark(bytes: Buffer): boolean {
  const n = Math.min(bytes.length & ~1, 64);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul === pairs && evenNul === 0) || (evenNul === pairs && oddNul === 0);
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  // Binary search on the longest valid prefix: decoding a prefix is linear, so log n decodes.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const valid = (end: number): boolean => {
    try {
      decoder.decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    } finally {
      // A fresh stream for the next prefix.
      try { decoder.decode(); } catch { /* the end of a cut sequence */ }
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** VS Code drops a UTF-8 BOM when it opens a file; the disk reader does the same. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isInside(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
