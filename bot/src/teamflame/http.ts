// One axios instance per TeamFlame base URL: timeouts, JSON, X-Api-Version, the caller's bearer token
// (one interceptor), retries for idempotent GETs only, and errors mapped to TeamFlameError at the boundary.
import axios, { AxiosError, type AxiosInstance, type AxiosRequestConfig } from 'axios';
import axiosRetry, { exponentialDelay, isNetworkError } from 'axios-retry';
import type { Logger } from '../logger.js';
import {
  TeamFlameAuthError,
  TeamFlameError,
  TeamFlameForbiddenError,
  TeamFlameNotFoundError,
  TeamFlameRateLimitError,
  TeamFlameUnavailableError,
  TeamFlameValidationError,
} from './errors.js';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** The caller's TeamFlame access token; the interceptor turns it into the Authorization header. */
    accessToken?: string;
    /** Counts this request's HTTP attempts (retries included) for the client instance that made it. */
    onAttempt?: () => void;
  }
}

export interface RetryOptions {
  /** Extra attempts for a failed read (default 3). */
  retries?: number;
  /** First backoff step; it doubles each attempt, plus up to 20% jitter (default 200 ms). */
  baseDelayMs?: number;
  /** A longer Retry-After is not waited for: the caller gets TeamFlameRateLimitError at once (default 10 s). */
  maxRetryAfterSeconds?: number;
}

export interface HttpOptions {
  baseURL: string;
  timeoutMs: number;
  logger: Logger;
  retry?: RetryOptions;
  /** Called once per HTTP attempt (retries included): benchmarks count TeamFlame calls per operation. */
  onCall?: (method: string, path: string) => void;
}

/**
 * The largest answer read from TeamFlame. A whole 10 × 100 board with comments is well under 1 MiB; an
 * answer of many megabytes would hold the event loop while it is parsed (an 18 MB one delayed every other
 * request by seconds), so it is cut off while it streams in.
 */
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** The largest request body sent (a task with a long description is a few kilobytes). */
const MAX_REQUEST_BYTES = 1024 * 1024;

function isTooLarge(error: AxiosError): boolean {
  return (
    (error.code === AxiosError.ERR_BAD_RESPONSE && error.message.startsWith('maxContentLength')) ||
    error.message.includes('maxBodyLength')
  );
}

function isRetryableStatus(status: number | undefined): boolean {
  return status !== undefined && (status === 429 || status >= 500);
}

export function createHttp(options: HttpOptions): AxiosInstance {
  const http = axios.create({
    baseURL: options.baseURL.replace(/\/$/, ''),
    timeout: options.timeoutMs,
    maxContentLength: MAX_RESPONSE_BYTES,
    maxBodyLength: MAX_REQUEST_BYTES,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Api-Version': '1' },
  });

  http.interceptors.request.use((config) => {
    if (config.accessToken) config.headers.set('Authorization', `Bearer ${config.accessToken}`);
    options.onCall?.(config.method?.toUpperCase() ?? 'GET', config.url ?? '');
    config.onAttempt?.();
    return config;
  });

  const maxRetryAfterSeconds = options.retry?.maxRetryAfterSeconds ?? 10;
  axiosRetry(http, {
    retries: options.retry?.retries ?? 3,
    shouldResetTimeout: true,
    retryDelay: (count, error) => exponentialDelay(count, error, options.retry?.baseDelayMs ?? 200),
    // Only idempotent reads are retried: a create sent twice makes two tasks. exponentialDelay waits at
    // least as long as Retry-After asks; a wait longer than the cap is not worth holding a user for.
    retryCondition: (error) =>
      error.config?.method?.toLowerCase() === 'get' &&
      !isTooLarge(error) &&
      (isNetworkError(error) ||
        error.code === 'ECONNABORTED' ||
        error.code === 'ETIMEDOUT' ||
        isRetryableStatus(error.response?.status)) &&
      (retryAfterSeconds(error.response?.headers['retry-after']) ?? 0) <= maxRetryAfterSeconds,
    onRetry: (count, error, config) =>
      options.logger.warn(
        { attempt: count, status: error.response?.status, code: error.code, path: config.url },
        'retrying a TeamFlame read',
      ),
  });
  return http;
}

function serverMessage(data: unknown): string | undefined {
  const message = (data as { message?: unknown } | undefined)?.message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.filter((m) => typeof m === 'string').join('; ');
  return undefined;
}

function retryAfterSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(String(value));
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export interface CallContext {
  /** Sign-in: a 401, 403 or 404 means a wrong email or password. */
  signingIn?: boolean;
  /** Values that must never reach an error message even if TeamFlame echoes them (password, tokens). */
  secrets?: (string | undefined)[];
}

function scrub(text: string, secrets: (string | undefined)[] = []): string {
  return secrets.reduce<string>(
    (out, secret) => (secret && secret.length >= 3 ? out.split(secret).join('[redacted]') : out),
    text,
  );
}

/**
 * Turns what axios threw into a TeamFlameError that carries no request, header or token: nothing of the
 * AxiosError (config, headers, body) is kept. Anything that is not an HTTP failure is a bug: rethrown as is.
 */
function toTeamFlameError(error: unknown, context: CallContext = {}): TeamFlameError {
  if (error instanceof TeamFlameError) return error;
  if (!(error instanceof AxiosError)) throw error;
  const status = error.response?.status;
  if (isTooLarge(error)) return new TeamFlameUnavailableError('too-large');
  if (!error.response) {
    const timedOut = error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT';
    return new TeamFlameUnavailableError(timedOut ? 'timeout' : 'network');
  }
  if (context.signingIn && (status === 401 || status === 403 || status === 404))
    return new TeamFlameAuthError('credentials', status);
  if (status === 401) return new TeamFlameAuthError('reauth-required', 401);
  if (status === 403) return new TeamFlameForbiddenError();
  if (status === 404) return new TeamFlameNotFoundError();
  if (status === 429)
    return new TeamFlameRateLimitError(retryAfterSeconds(error.response.headers['retry-after']));
  if (status !== undefined && status >= 500) return new TeamFlameUnavailableError('server', status);
  const message = serverMessage(error.response.data);
  return new TeamFlameValidationError(message ? scrub(message, context.secrets) : `status ${status}`, status);
}

/** Runs one request and returns its body, or throws a clean TeamFlameError. */
export async function send<T = unknown>(
  http: AxiosInstance,
  config: AxiosRequestConfig,
  logger: Logger,
  context: CallContext = {},
): Promise<T> {
  const started = Date.now();
  try {
    const response = await http.request<T>(config);
    logger.debug(
      { method: config.method, path: config.url, status: response.status, ms: Date.now() - started },
      'teamflame',
    );
    return response.data;
  } catch (error) {
    const mapped = toTeamFlameError(error, {
      ...context,
      secrets: [...(context.secrets ?? []), config.accessToken],
    });
    logger.info(
      {
        method: config.method,
        path: config.url,
        status: mapped.status,
        code: mapped.code,
        ms: Date.now() - started,
      },
      'teamflame call failed',
    );
    throw mapped;
  }
}
