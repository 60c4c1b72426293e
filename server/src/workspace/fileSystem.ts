// The little the service needs from a file system, so tests can give it an in-memory one and
// the server and CLI the real disk. Never throws: a file that cannot be read is undefined.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FileSystem {
  readFile(fsPath: string): string | undefined;
  /** Names of the entries of a folder (files and folders), or [] when it cannot be read. */
  readDir(fsPath: string): { name: string; isDirectory: boolean }[];
  /** The path with every symbolic link resolved, or undefined if it does not exist. */
  realPath(fsPath: string): string | undefined;
  isFile(fsPath: string): boolean;
}

export interface NodeFileSystemOptions {
  /** Files larger than this are not read at all (hostile input). */
  maxBytes: number;
}

export function nodeFileSystem(options: NodeFileSystemOptions = { maxBytes: 2 * 1024 * 1024 }): FileSystem {
  return {
    readFile(p) {
      try {
        const st = fs.statSync(p);
        if (!st.isFile()) return undefined;
        // Read one byte past the limit so the parser reports "too large" rather than a truncated file.
        if (st.size > options.maxBytes) return 'x'.repeat(options.maxBytes + 1);
        return stripBom(fs.readFileSync(p, 'utf8'));
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

/** VS Code drops a UTF-8 BOM when it opens a file; the disk reader does the same. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function isInside(folder: string, target: string): boolean {
  const rel = path.relative(folder, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
