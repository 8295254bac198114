// The sandbox HTTP server: TeamFlame's auth and data paths on one port, plus /__sandbox test hooks.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { faultSchema, FaultTable } from './faults.js';
import { HttpError, readBody, type Reply, type Route } from './http.js';
import type { SandboxUser, Store } from './model.js';
import { authRoutes } from './routes/auth-routes.js';
import { dataRoutes } from './routes/data-routes.js';
import { seedStore, type SeedOptions } from './seed.js';
import { TokenIssuer } from './tokens.js';
import { parseBody } from './validate.js';

export interface LoggedRequest {
  method: string;
  path: string;
  userId?: string;
  email?: string;
  status: number;
  at: string;
}

export interface SandboxServerOptions extends SeedOptions {
  tokenTtlSeconds: number;
  log?: (line: string) => void;
}

export function createSandboxServer(options: SandboxServerOptions): { server: Server; store: () => Store } {
  let store = seedStore(options);
  const tokens = new TokenIssuer(options.tokenTtlSeconds);
  const faults = new FaultTable();
  const requests: LoggedRequest[] = [];
  const routes: Route[] = [...authRoutes(() => store, tokens), ...dataRoutes(() => store)];
  const sockets = new Set<Socket>();

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const key = `${req.method} ${path}`;
    if (key === 'POST /__sandbox/reset') {
      store = seedStore(options);
      tokens.clear();
      faults.clear();
      requests.length = 0;
      return send(res, 204);
    }
    if (key === 'POST /__sandbox/faults') {
      const spec = parseBody(faultSchema, await readBody(req));
      return send(res, 201, { id: faults.add(spec) });
    }
    if (key === 'DELETE /__sandbox/faults') {
      faults.clear();
      return send(res, 204);
    }
    if (key === 'GET /__sandbox/requests') return send(res, 200, requests);
    if (key === 'DELETE /__sandbox/requests') {
      requests.length = 0;
      return send(res, 204);
    }
    if (key === 'GET /__sandbox/users') {
      return send(
        res,
        200,
        [...store.users.values()].map((u) => ({
          id: u.id,
          email: u.email,
          password: u.password,
          firstName: u.firstName,
          lastName: u.lastName,
        })),
      );
    }
    throw new HttpError(404, 'Unknown sandbox hook');
  }

  function caller(req: IncomingMessage): SandboxUser | undefined {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const claims = token ? tokens.verify(token) : undefined;
    return claims ? store.users.get(claims.userId) : undefined;
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const user = caller(req);
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      userId: user?.id,
      email: user?.email,
      status: 0,
      at: new Date().toISOString(),
    };
    requests.push(entry);
    const reply = (status: number, body?: unknown, headers?: Record<string, string>) => {
      entry.status = status;
      send(res, status, body, headers);
    };

    const fault = faults.take(method, url.pathname);
    if (fault?.hang) return; // never answered: the client must time out
    if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault?.status) {
      const headers: Record<string, string> =
        fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
      return reply(
        fault.status,
        { statusCode: fault.status, message: fault.message ?? 'Injected fault' },
        headers,
      );
    }

    const matched = routes.filter((r) => r.pattern.test(url.pathname));
    const found = matched.find((r) => r.method === method);
    if (!found)
      return reply(matched.length ? 405 : 404, {
        statusCode: matched.length ? 405 : 404,
        message: 'Cannot ' + method + ' ' + url.pathname,
      });
    if (found.authenticated && !user) return reply(401, { statusCode: 401, message: 'Unauthorized' });

    try {
      const body = method === 'GET' ? undefined : await readBody(req);
      const params = { ...(found.pattern.exec(url.pathname)?.groups ?? {}) };
      const result: Reply = await found.handle({
        method,
        path: url.pathname,
        params,
        query: url.searchParams,
        body,
        user: user!,
      });
      reply(result.status ?? 200, result.body);
    } catch (error) {
      if (error instanceof HttpError)
        return reply(error.status, { statusCode: error.status, message: error.message });
      options.log?.(`sandbox error: ${String(error)}`);
      reply(500, { statusCode: 500, message: 'Internal server error' });
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const handler = url.pathname.startsWith('/__sandbox/')
      ? admin(req, res, url.pathname)
      : api(req, res, url);
    handler.catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (!res.headersSent)
        send(res, status, {
          statusCode: status,
          message: error instanceof HttpError ? error.message : 'Internal server error',
        });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  const originalClose = server.close.bind(server);
  server.close = (callback) => {
    sockets.forEach((s) => s.destroy()); // hung requests must not keep the sandbox alive
    return originalClose(callback);
  };
  return { server, store: () => store };
}
