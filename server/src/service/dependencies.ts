// What every remembered answer was computed from, so that a change makes exactly the answers
// that read it be computed again. A dependency is a key with a generation:
//   - a document, by its URI (its text: open in an editor, or on disk);
//   - a folder's listing of profiles, by folderKey(path) (which profile is the nearest one);
// both defined in model/dependencyKeys.ts.
// A change bumps the generations of the keys it touches; an answer whose recorded generations
// are all current is still right.
//
// State owned here, and where it is cleared:
//   generations  — bumped by bump(); never emptied (a key's generation only grows)
//   readers      — who read a key, for dependentsOf without a scan; an owner leaves it in
//                  forget(), everyone in reset() (workspace folders changed)
//   tracking     — the dependencies of the computations running now (a stack, empty between calls)

import type { DependencyRecorder } from '../model/dependencyKeys';

export type Generations = ReadonlyMap<string, number>;

export class Dependencies implements DependencyRecorder {
  private readonly generations = new Map<string, number>();
  private counter = 0;
  private readonly tracking: Map<string, number>[] = [];
  /** For each key, the owners whose last computation read it (a superset: see dependentsOf). */
  private readonly readers = new Map<string, Set<string>>();

  /** Grows with every change: a long run (Evaluate All) can tell that it went stale. */
  get changeCount(): number {
    return this.counter;
  }

  generation(key: string): number {
    return this.generations.get(key) ?? 0;
  }

  read(key: string): void {
    const g = this.generation(key);
    for (const t of this.tracking) t.set(key, g);
  }

  /** Replays what a remembered value read into the computations running now. */
  readAll(deps: Generations): void {
    for (const t of this.tracking) for (const [k, g] of deps) t.set(k, g);
  }

  bump(key: string): void {
    this.generations.set(key, ++this.counter);
  }

  /**
   * Computes a value for `owner` (a memo table's name and a URI: readerId), recording every key
   * it reads, nested computations included, and `self`, the document it is about.
   */
  track<T>(owner: string, self: string, compute: () => T): { value: T; deps: Generations } {
    const deps = new Map<string, number>([[self, this.generation(self)]]);
    this.tracking.push(deps);
    let value: T;
    try {
      value = compute();
    } finally {
      this.tracking.pop();
    }
    this.readAll(deps);
    for (const k of deps.keys()) {
      let owners = this.readers.get(k);
      if (!owners) this.readers.set(k, (owners = new Set()));
      owners.add(owner);
    }
    return { value, deps };
  }

  isCurrent(deps: Generations): boolean {
    for (const [k, g] of deps) if (this.generation(k) !== g) return false;
    return true;
  }

  /** The owners that may have read `key` (check each owner's own record before trusting it). */
  readersOf(key: string): ReadonlySet<string> {
    return this.readers.get(key) ?? EMPTY;
  }

  /** `owner` no longer remembers anything computed from `deps`. */
  forget(owner: string, deps: Generations): void {
    for (const k of deps.keys()) {
      const owners = this.readers.get(k);
      if (!owners) continue;
      owners.delete(owner);
      if (owners.size === 0) this.readers.delete(k);
    }
  }

  /** Everything may have changed (workspace folders) and every owner forgot its values. */
  reset(): void {
    this.counter++;
    this.readers.clear();
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** The owner id of a memo table's entry for a URI: the table, a newline, the URI. */
export function readerId(table: string, uri: string): string {
  return `${table}\n${uri}`;
}

/** The URI of a reader id. */
export function readerUri(id: string): string {
  return id.slice(id.indexOf('\n') + 1);
}
