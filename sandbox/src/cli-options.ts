// The sandbox CLI's arguments: `--port` (or SANDBOX_PORT, default 4010), `--host`, `--token-ttl`, `--large-board 10x100`.
import { parseArgs } from 'node:util';
import type { SandboxOptions } from './index.js';

/** @internal Exported only for tests (so `knip --production` does not report it). */
export const DEFAULT_CLI_PORT = 4010;

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export const USAGE =
  'usage: npm run sandbox -- [--port 4010] [--host 127.0.0.1] [--token-ttl seconds] [--large-board 10x100]';

/** Parses the command line; `--port` wins over SANDBOX_PORT. Throws CliUsageError naming the bad argument. */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): SandboxOptions & { port: number } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'token-ttl': { type: 'string' },
        'large-board': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }

  const portText = values.port ?? env.SANDBOX_PORT ?? String(DEFAULT_CLI_PORT);
  const port = integer(
    portText,
    values.port === undefined && env.SANDBOX_PORT ? 'SANDBOX_PORT' : '--port',
    0,
    65_535,
  );
  const options: SandboxOptions & { port: number } = { port };
  if (values.host !== undefined) options.host = values.host;
  if (values['token-ttl'] !== undefined)
    options.tokenTtlSeconds = integer(values['token-ttl'], '--token-ttl', 1, 100_000_000);
  if (values['large-board'] !== undefined) {
    const size = /^(\d+)x(\d+)$/i.exec(values['large-board']);
    if (!size)
      throw new CliUsageError(
        `--large-board: expected COLUMNSxTASKS such as 10x100, got "${values['large-board']}"`,
      );
    options.largeBoard = {
      columns: integer(size[1]!, '--large-board columns', 1, 100),
      tasksPerColumn: integer(size[2]!, '--large-board tasks per column', 1, 10_000),
    };
  }
  return options;
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max)
    throw new CliUsageError(`${name}: expected a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}
