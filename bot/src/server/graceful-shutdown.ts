// Stop accepting, let in-flight requests finish, then close what the process opened (the database last).
import type { Server } from 'restify';
import type { Logger } from '../logger.js';

export interface ShutdownOptions {
  server: Server;
  logger: Logger;
  /** Closed in order after the HTTP server has drained. */
  closers: (() => Promise<void>)[];
  timeoutMs?: number;
}

export function shutdownGracefully({
  server,
  logger,
  closers,
  timeoutMs = 10_000,
}: ShutdownOptions): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      logger.info('shutting down: no new connections, finishing in-flight requests');
      const drained = new Promise<void>((resolve) => server.server.close(() => resolve()));
      // Keep-alive connections turn idle as their last response ends: close them as they do.
      const idleSweeper = setInterval(() => server.server.closeIdleConnections(), 50);
      server.server.closeIdleConnections();
      const timer = setTimeout(() => {
        logger.warn('in-flight requests did not finish in time: closing their connections');
        server.server.closeAllConnections();
      }, timeoutMs);
      await drained;
      clearTimeout(timer);
      clearInterval(idleSweeper);
      for (const close of closers) {
        await close().catch((error: unknown) => logger.error({ err: String(error) }, 'error while closing'));
      }
      logger.info('stopped');
    })();
    return closing;
  };
}

export function onTerminationSignals(stop: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
