// Last-resort handlers, so that no failure is ever silent.
// - A rejected promise nobody awaited is a bug in one request or job, not a corrupted process: it is logged
//   at fatal level and the server keeps serving.
// - An uncaught exception leaves the process in a state Node cannot vouch for (a handler stopped halfway, a
//   lock or stream left open): it is logged at fatal level, the server drains and stops, and the process
//   exits with status 1 for its supervisor (App Service, systemd, `npm start`) to start a clean one.
import type { Logger } from '../logger.js';

export interface SafetyNetOptions {
  logger: Logger;
  /** Drains and closes the server; the process exits when it settles or after `stopTimeoutMs`. */
  stop: () => Promise<void>;
  stopTimeoutMs?: number;
  exit?: (code: number) => void;
}

export function installProcessSafetyNet({
  logger,
  stop,
  stopTimeoutMs = 10_000,
  exit = (code) => process.exit(code),
}: SafetyNetOptions): void {
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: describe(reason) }, 'unhandled promise rejection (the server keeps serving)');
  });
  let exiting = false;
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: describe(error), origin }, 'uncaught exception: stopping for a clean restart');
    if (exiting) return;
    exiting = true;
    const timer = setTimeout(() => exit(1), stopTimeoutMs);
    timer.unref();
    void stop()
      .catch((stopError: unknown) =>
        logger.error({ err: describe(stopError) }, 'could not drain before exiting'),
      )
      .finally(() => exit(1));
  });
}

function describe(value: unknown): { name: string; message: string; stack?: string } {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return { name: typeof value, message: String(value) };
}
