// Names of TeamFlame users, fetched once per account and kept briefly: a board card names the same few
// people many times, and names change rarely. Per account, because what a user may see is TeamFlame's call.
import { displayName, type TeamFlameClient } from '../teamflame/index.js';

const TTL_MS = 5 * 60_000;
/** Bounds memory: the oldest entries go first beyond this. */
const MAX_ENTRIES = 10_000;

export class PeopleNames {
  private readonly cache = new Map<string, { name: Promise<string>; expires: number }>();

  /** The user's display name as `account` sees it; the id itself when TeamFlame will not say. */
  nameOf(account: string, client: TeamFlameClient, userId: string, now = Date.now()): Promise<string> {
    const key = `${account}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.name;
    const name = client.users.get(userId).then(displayName, () => {
      this.cache.delete(key); // not kept: the next card asks again
      return userId;
    });
    this.cache.delete(key);
    this.cache.set(key, { name, expires: now + TTL_MS });
    if (this.cache.size > MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return name;
  }
}
