// A very small router over node:http: enough for a fake service, with JSON in and out.
import type { IncomingMessage } from 'node:http';
import type { SandboxUser } from './model.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The caller, from a valid access token (set for authenticated routes). */
  user: SandboxUser;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  pattern: RegExp;
  authenticated: boolean;
  handle: (ctx: RequestContext) => Reply | Promise<Reply>;
}

/** `/task/:id` -> a RegExp with a named group per parameter. */
export function route(
  method: Route['method'],
  path: string,
  handle: Route['handle'],
  authenticated = true,
): Route {
  const source = path.replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return { method, pattern: new RegExp(`^${source}/?$`), authenticated, handle };
}

export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}
