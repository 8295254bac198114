// The one logger. Secrets are redacted wherever they appear in a logged object, at any depth we log.
import { pino, type Logger } from 'pino';

export type { Logger };

const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'cookie',
];

/**
 * Paths for pino's redaction: the key itself and up to four levels below any parent.
 * @internal Tests use it too.
 */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
  `*.*.*.${key}`,
  `*.*.*.*.${key}`,
]);

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}
