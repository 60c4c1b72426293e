// An in-memory FileSystem for service tests: paths are POSIX, folders are implied by files.
// Symbolic links can be declared to test the path rules.
import * as path from 'node:path';
import type { FileSystem } from '../../../server/src/workspace/fileSystem';

export interface MemoryFs extends FileSystem {
  files: Map<string, string>;
  /** Every file is in memory already: no size limit applies, the text always comes back. */
  readFile(p: string, maxBytes?: number): string | undefined;
  write(p: string, text: string): void;
  remove(p: string): void;
  /** A link at `from` pointing to `to` (both absolute). */
  link(from: string, to: string): void;
}

export function memoryFs(initial: Record<string, string> = {}): MemoryFs {
  const files = new Map<string, string>(Object.entries(initial).map(([p, t]) => [path.resolve(p), t]));
  const links = new Map<string, string>();
  const resolveLinks = (p: string): string => {
    let cur = path.resolve(p);
    for (let i = 0; i < 32; i++) {
      let changed = false;
      for (const [from, to] of links) {
        if (cur === from || cur.startsWith(from + '/')) {
          cur = to + cur.slice(from.length);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return cur;
  };
  const isDir = (p: string): boolean => {
    const prefix = p.endsWith('/') ? p : p + '/';
    for (const f of files.keys()) if (f.startsWith(prefix)) return true;
    return false;
  };
  return {
    files,
    write(p, text) { files.set(path.resolve(p), text); },
    remove(p) { files.delete(path.resolve(p)); },
    link(from, to) { links.set(path.resolve(from), path.resolve(to)); },
    readFile(p) { return files.get(resolveLinks(p)); },
    isFile(p) { return files.has(resolveLinks(p)); },
    realPath(p) {
      const r = resolveLinks(p);
      return files.has(r) || isDir(r) ? r : undefined;
    },
    readDir(p) {
      const dir = resolveLinks(p);
      const prefix = dir.endsWith('/') ? dir : dir + '/';
      const out = new Map<string, boolean>();
      for (const f of files.keys()) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash < 0) out.set(rest, false);
        else out.set(rest.slice(0, slash), true);
      }
      // A link is listed where it stands, as the disk's listing does: never as a folder.
      for (const from of links.keys()) if (path.dirname(from) === dir) out.set(path.basename(from), false);
      return [...out].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
  };
}
