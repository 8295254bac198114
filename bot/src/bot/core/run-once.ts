// One write per idempotency key. Teams resends an invoke it got no answer to, and people click twice: each
// rendered write button (and each chat message) carries a key, and whatever arrives with a key already
// claimed answers with what the first run answered instead of writing again.
import { CLAIM_LEASE_SECONDS, type JsonObject } from '../../data/index.js';
import type { BotServices } from './services.js';

const RENEW_EVERY_MS = (CLAIM_LEASE_SECONDS * 1000) / 3;

type Services = Pick<BotServices, 'db' | 'logger'>;

/**
 * `ran`: this call did the work (`value` is its result). Otherwise an earlier run of the same key did or is
 * doing it: `earlier` is what that run kept, null while it is still running.
 */
export type OnceOutcome<T> = { ran: true; value: T } | { ran: false; earlier: JsonObject | null };

/**
 * Runs `work` unless the key was claimed before. `work` learns whether an earlier run of this key stopped
 * without finishing (its process died), so its write may already be in TeamFlame. `keep` says what resends
 * answer with; undefined means the input was refused and nothing written, so the same key may run again.
 * A failed run frees its key (and the error goes on to the caller).
 */
export async function runOnce<T>(
  services: Services,
  key: string | undefined,
  work: (retaken: boolean) => Promise<T>,
  keep: (value: T) => JsonObject | undefined,
): Promise<OnceOutcome<T>> {
  if (!key) return { ran: true, value: await work(false) };
  const claim = await services.db.processedActions.claim(key);
  if (!claim.claimed) return { ran: false, earlier: claim.result };
  return holdingClaim(services, key, async () => {
    let value: T;
    try {
      value = await work(claim.retaken);
    } catch (error) {
      await release(services, key);
      throw error;
    }
    const kept = keep(value);
    if (kept) await services.db.processedActions.complete(key, kept);
    else await services.db.processedActions.release(key);
    return { ran: true, value };
  });
}

/**
 * A running write keeps its claim alive; only a process that died lets it lapse, so a resend after a crash
 * runs the write again (after one lease) instead of answering "still working" for a day.
 */
async function holdingClaim<T>(services: Services, key: string, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    services.db.processedActions
      .renew(key)
      .catch((error: unknown) => services.logger.warn({ err: String(error) }, 'could not renew a claim'));
  }, RENEW_EVERY_MS);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** A key that cannot be released lapses after its lease anyway: noted, and the run's error still reported. */
async function release(services: Services, key: string): Promise<void> {
  await services.db.processedActions
    .release(key)
    .catch((error: unknown) =>
      services.logger.warn({ err: String(error) }, 'could not release an idempotency key'),
    );
}
