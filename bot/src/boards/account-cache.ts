// What TeamFlame says about a board's surroundings (its columns, its space's members, space and project
// names), kept per account for a few seconds: a card names the same board, columns and people again and
// again, and each TeamFlame call saved is 50–150 ms nobody waits. Per account, because what a person may see
// is TeamFlame's call. Correct enough by construction: this app's own writes drop what they change at once,
// a change made elsewhere shows within one TTL, and a Refresh reads afresh (and keeps what it read).

/** Long enough for the reads of one conversation's back and forth; short enough for edits made elsewhere. */
const TTL_MS = 30_000;
/** Bounds memory: the oldest entries go first beyond this. */
const MAX_ENTRIES = 10_000;

interface Entry {
  value: Promise<unknown>;
  expires: number;
}

export class AccountCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = TTL_MS,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  /**
   * The value `key` has for `account`: kept, or loaded (concurrent callers share one load). `fresh` loads
   * regardless and keeps the answer. A failed load is not kept.
   */
  get<T>(account: string, key: string, load: () => Promise<T>, fresh = false): Promise<T> {
    const id = `${key}\u0000${account}`;
    const hit = this.entries.get(id);
    const now = this.now();
    if (hit && !fresh && hit.expires > now) return hit.value as Promise<T>;
    const value = load();
    const entry = { value, expires: now + this.ttlMs };
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id);
    });
    return value;
  }

  /** Keeps a value read some other way (a board's columns that came with its tasks). */
  put(account: string, key: string, value: unknown): void {
    const id = `${key}\u0000${account}`;
    this.entries.delete(id);
    this.entries.set(id, { value: Promise.resolve(value), expires: this.now() + this.ttlMs });
  }

  /** This app changed what `key` names: every account reads it afresh. */
  invalidate(key: string): void {
    const prefix = `${key}\u0000`;
    for (const id of this.entries.keys()) if (id.startsWith(prefix)) this.entries.delete(id);
  }
}
