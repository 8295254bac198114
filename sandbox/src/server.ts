// The sandbox HTTP server: TeamFlame's auth and data paths on one port, plus the /__sandbox test hooks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Access } from './access.js';
import type { FaultSpec } from './faults.js';
import { errorBody, HttpError, matchRoute, readJsonBody, sendJson, type Reply, type Route } from './http.js';
import type { LoggedRequest } from './request-log.js';
import { apiRoutes } from './routes/index.js';
import { HOOK_PREFIX, sandboxHooks } from './routes/sandbox-hooks.js';
import type { SeedOptions } from './seed.js';
import { SandboxState } from './state.js';
import type { SandboxUser } from './store.js';

export interface SandboxServerOptions extends SeedOptions {
  tokenTtlSeconds: number;
  /** One line per API request (method, path, status, who), and unexpected errors. Never tokens. */
  log?: (line: string) => void;
}

export interface SandboxServer {
  server: Server;
  state: SandboxState;
  /** Closes the server, cutting hung and kept-alive connections. */
  close(): Promise<void>;
}

export function createSandboxServer(options: SandboxServerOptions): SandboxServer {
  const state = new SandboxState(options, options.tokenTtlSeconds);
  const pendingTimers = new Set<NodeJS.Timeout>();
  const log = options.log ?? (() => undefined);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const handled = url.pathname.startsWith(HOOK_PREFIX) ? hook(req, res, url) : api(req, res, url);
    handled.catch((error: unknown) => {
      log(`sandbox error on ${req.method} ${url.pathname}: ${describe(error)}`);
      sendJson(res, 500, errorBody(500, 'Internal server error'));
    });
  });

  async function hook(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const reply = await dispatch(sandboxHooks, req, url, state, () => readJsonBody(req));
    sendJson(res, reply.status ?? 200, reply.body, reply.headers);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const startedAt = Date.now();
    const { user, claims } = identify(req);
    const entry = state.requests.start({
      method,
      path: url.pathname,
      userId: claims?.userId,
      email: claims?.email,
    });
    const answer = (reply: Reply) => {
      entry.status = reply.status ?? 200;
      sendJson(res, entry.status, reply.body, reply.headers);
      log(logLine(entry, Date.now() - startedAt));
    };

    // Read before any injected latency, as a real server does: a request fully received is carried out even
    // if its client is gone by the time it is (tests kill our server while TeamFlame is "slow").
    const body = method === 'GET' ? Promise.resolve(undefined) : readJsonBody(req);
    body.catch(() => undefined); // its error is answered by dispatch, if the request gets that far

    const fault = state.faults.take(method, url.pathname);
    if (fault?.hang) return; // never answered: the client has to give up
    if (fault?.latencyMs) await delay(fault.latencyMs);
    if (fault?.status) return answer(faultReply(fault, fault.status));

    const context = { user, store: state.store, access: new Access(state.store), tokens: state.tokens };
    answer(await dispatch(apiRoutes, req, url, context, () => body));
  }

  /** Match, read the body, run the handler; an HttpError becomes its `{ statusCode, message }` answer. */
  async function dispatch<C>(
    routes: readonly Route<C>[],
    req: IncomingMessage,
    url: URL,
    context: C,
    readBody: () => Promise<unknown>,
  ): Promise<Reply> {
    const method = req.method ?? 'GET';
    try {
      const match = matchRoute(routes, method, url.pathname);
      if (!match.route) {
        const status = match.pathKnown ? 405 : 404;
        return { status, body: errorBody(status, `Cannot ${method} ${url.pathname}`) };
      }
      const body = method === 'GET' ? undefined : await readBody();
      return await match.route.handle({ params: match.params, query: url.searchParams, body }, context);
    } catch (error) {
      if (error instanceof HttpError)
        return { status: error.status, body: errorBody(error.status, error.message) };
      log(`sandbox error on ${method} ${url.pathname}: ${describe(error)}`);
      return { status: 500, body: errorBody(500, 'Internal server error') };
    }
  }

  /** The caller of a valid token, and whose token it was even when expired or the user is gone. */
  function identify(req: IncomingMessage): {
    user?: SandboxUser;
    claims?: { userId: string; email: string };
  } {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return {};
    const check = state.tokens.check(token);
    const user = check.valid ? state.store.users.get(check.claims.userId) : undefined;
    return { user, claims: check.claims };
  }

  function delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        resolve();
      }, ms);
      pendingTimers.add(timer);
    });
  }

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function close(): Promise<void> {
    return new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Hung requests and idle keep-alive connections must not hold the sandbox open.
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      for (const socket of sockets) socket.destroy();
    });
  }

  return { server, state, close };
}

function faultReply(fault: FaultSpec, status: number): Reply {
  const headers: Record<string, string> =
    fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
  return { status, body: errorBody(status, fault.message ?? 'Injected fault'), headers };
}

function logLine(entry: LoggedRequest, ms: number): string {
  return `${entry.method} ${entry.path} ${entry.status} ${ms}ms${entry.email ? ` ${entry.email}` : ''}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
