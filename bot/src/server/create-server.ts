// The one HTTP server: bot messages, the tab's API, health probes and the built tab, on one port.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemCode } from '@teamflame/contract';
import type { ActivityHandlerBase } from 'botbuilder';
import restify, { type Server } from 'restify';
import type { Logger } from '../logger.js';
import type { BotAdapter } from './bot-adapter.js';
import { messagesRoute } from './messages-route.js';
import { problem, sendProblem } from './problem.js';
import { useSecurityHeaders } from './security-headers.js';
import { serveTab } from './tab-static.js';

export interface ServerParts {
  logger: Logger;
  adapter: BotAdapter;
  bot: ActivityHandlerBase;
  /** Database reachable and migrated: the readiness probe. */
  isReady: () => Promise<boolean>;
  tabDistDir: string;
  /** Mounts the tab's REST API (added by the api module). */
  registerApi?: (server: Server) => void;
}

const MAX_BODY_BYTES = 512 * 1024;

export function createServer(parts: ServerParts): Server {
  const server = restify.createServer({
    name: 'teamflame-teams',
    handleUncaughtExceptions: false,
    formatters: { 'application/problem+json': (_req, _res, body) => JSON.stringify(body) },
  });
  useSecurityHeaders(server);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }),
  );

  // restify's own errors (bad JSON, body too large, unknown route) leave as problem documents, no stack.
  server.on('restifyError', (_req, res, err, callback) => {
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 ? err.statusCode : 500;
    err.toJSON = () => problem({ code: codeForStatus(status) }, { status });
    res.header('content-type', 'application/problem+json');
    if (status >= 500)
      parts.logger.error({ err: { name: err.name, message: err.message } }, 'request failed');
    return callback();
  });

  server.post('/api/messages', messagesRoute(parts.adapter, parts.bot, parts.logger));
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });
  server.get('/readyz', async (_req, res) => {
    // isReady logs why it is not ready; a check that throws means "not ready" all the same.
    const ready = await parts.isReady().catch((error: unknown) => {
      parts.logger.warn({ err: String(error) }, 'readiness check failed');
      return false;
    });
    if (ready) res.json(200, { status: 'ready' });
    else sendProblem(res, problem({ code: 'service-unavailable' }));
  });

  parts.registerApi?.(server);
  server.get('/api/*', async (_req, res) => sendProblem(res, problem({ code: 'route-not-found' })));
  serveBuiltTab(server, parts.tabDistDir, parts.logger);
  return server;
}

/** restify's own failures by status: the request's fault (bad JSON, wrong method…) or ours. */
function codeForStatus(status: number): ProblemCode {
  if (status >= 500) return 'internal';
  if (status === 404 || status === 405) return 'route-not-found';
  if (status === 413) return 'request-too-large';
  return 'invalid-request';
}

function serveBuiltTab(server: Server, tabDistDir: string, logger: Logger): void {
  if (!existsSync(join(tabDistDir, 'index.html'))) {
    logger.warn({ tabDistDir }, 'the tab is not built (npm run build:tab): / answers 503');
    server.get('/*', async (_req, res) => sendProblem(res, problem({ code: 'service-unavailable' })));
    return;
  }
  serveTab(server, tabDistDir);
}
