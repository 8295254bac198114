// Everything a running sandbox holds, and how a reset returns it to the seed.
import { FaultTable } from './faults.js';
import { RequestLog } from './request-log.js';
import { seedStore, type SeedOptions } from './seed.js';
import type { Store } from './store.js';
import { TokenIssuer } from './tokens.js';

export class SandboxState {
  store: Store;
  readonly tokens: TokenIssuer;
  readonly faults = new FaultTable();
  readonly requests = new RequestLog();

  constructor(
    private readonly seed: SeedOptions,
    tokenTtlSeconds: number,
  ) {
    this.store = seedStore(seed);
    this.tokens = new TokenIssuer(tokenTtlSeconds);
  }

  /**
   * Back to the seed with the same ids; faults and the request log are cleared and refresh tokens revoked.
   * Access tokens stay valid: the users they name exist again with the same ids.
   */
  reset(): void {
    this.store = seedStore(this.seed);
    this.tokens.clear();
    this.faults.clear();
    this.requests.clear();
  }
}
