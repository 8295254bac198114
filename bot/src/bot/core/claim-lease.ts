// A running action keeps its idempotency claim alive; only a process that died lets it lapse, so a resend
// after a crash runs the action again (after one lease) instead of answering "still working" for a day.
import { CLAIM_LEASE_SECONDS } from '../../data/index.js';
import type { BotServices } from './services.js';

const RENEW_EVERY_MS = (CLAIM_LEASE_SECONDS * 1000) / 3;

export async function holdingClaim<T>(
  services: Pick<BotServices, 'db' | 'logger'>,
  key: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!key) return work();
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
