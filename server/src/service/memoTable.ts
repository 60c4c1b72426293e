// One kind of remembered answer per document (its problems, its verdict), each kept with the
// dependencies it was computed from (dependencies.ts) and the settings it was computed under.
//
// State owned here, and where it is cleared:
//   entries — one per owner URI; replaced when stale, deleted by delete() (a file released or
//             closed) and clear() (workspace folders changed)
import { readerId, type Dependencies, type Generations } from './dependencies';

interface Entry<T> {
  value: T;
  deps: Generations;
  settingsKey: string;
}

export class MemoTable<T> {
  private readonly entries = new Map<string, Entry<T>>();

  /** `name` tells this table's entries from another's in the readers index. */
  constructor(private readonly deps: Dependencies, private readonly name: string) {}

  /** The remembered value while nothing it read changed; otherwise computed (and remembered) again. */
  get(owner: string, settingsKey: string, compute: () => T): T {
    const e = this.entries.get(owner);
    if (e && e.settingsKey === settingsKey && this.deps.isCurrent(e.deps)) {
      this.deps.readAll(e.deps);
      return e.value;
    }
    if (e) this.deps.forget(readerId(this.name, owner), e.deps);
    const { value, deps } = this.deps.track(readerId(this.name, owner), owner, compute);
    this.entries.set(owner, { value, deps, settingsKey });
    return value;
  }

  /** The value computed last, current or not (an evaluation lends its judgements to the next). */
  last(owner: string): T | undefined {
    return this.entries.get(owner)?.value;
  }

  isCurrent(owner: string, settingsKey: string): boolean {
    const e = this.entries.get(owner);
    return !!e && e.settingsKey === settingsKey && this.deps.isCurrent(e.deps);
  }

  /** Whether the value remembered for `owner` was computed from `key`. */
  readFrom(owner: string, key: string): boolean {
    return this.entries.get(owner)?.deps.has(key) ?? false;
  }

  delete(owner: string): void {
    const e = this.entries.get(owner);
    if (!e) return;
    this.deps.forget(readerId(this.name, owner), e.deps);
    this.entries.delete(owner);
  }

  clear(): void {
    this.entries.clear();
  }
}
