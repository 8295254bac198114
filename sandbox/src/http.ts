// A very small router over node:http, enough for a fake service: JSON in and out, errors as { statusCode, message }.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export type Method = 'GET' | 'POST' | 'DELETE';

export interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON, or undefined when the body was empty (always for GET). */
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route<C> {
  method: Method;
  pattern: RegExp;
  handle: (request: RouteRequest, context: C) => Reply | Promise<Reply>;
}

/** `/task/:id` becomes a RegExp with a named group per parameter; a trailing slash is allowed. */
export function defineRoute<C>(method: Method, path: string, handle: Route<C>['handle']): Route<C> {
  const source = path.replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}/?$`), handle };
}

export type RouteMatch<C> = { route: Route<C>; params: Record<string, string> } | { route?: undefined };

/** The first route of this method whose pattern matches; 405 vs 404 is left to the caller via `pathKnown`. */
export function matchRoute<C>(
  routes: readonly Route<C>[],
  method: string,
  path: string,
): RouteMatch<C> & { pathKnown: boolean } {
  const candidates = routes.filter((r) => r.pattern.test(path));
  const route = candidates.find((r) => r.method === method);
  if (!route) return { pathKnown: candidates.length > 0 };
  const params: Record<string, string> = {};
  for (const [name, raw] of Object.entries(route.pattern.exec(path)?.groups ?? {})) {
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, `${name}: malformed percent-encoding`);
    }
  }
  return { route, params, pathKnown: true };
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const tooLarge = () => new HttpError(413, `Request body is larger than ${limit} bytes`);
  // Answered before reading: node discards the unread body once the answer is sent.
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even when too large: stopping midway would reset the connection before the 413 is read.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw tooLarge();
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return; // the client gave up, or a fault already answered
  const payload = body === undefined ? undefined : JSON.stringify(body);
  res.writeHead(status, {
    ...(payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    ...headers,
  });
  res.end(payload);
}

export function errorBody(status: number, message: string): { statusCode: number; message: string } {
  return { statusCode: status, message };
}
