// The built tab, served from its dist folder. restify's serveStatic hands the decoded path to fs.stat, which
// throws synchronously on a NUL byte (and an undecodable path reaches it too): such a request is refused
// here before it gets that far, so no path under the tab can take the process down.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import { problem, sendProblem } from './problem.js';

/** Vite names every asset after its content hash: a cached copy can never go stale. */
const HASHED_ASSET_MAX_AGE = 365 * 24 * 3600;

/** The decoded path, or undefined when it cannot name a file: undecodable, or holding a NUL byte. */
function servablePath(rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined; // URIError: broken percent-encoding names no file
  }
  return decoded.includes('\0') ? undefined : decoded;
}

export function serveTab(server: Server, tabDistDir: string): void {
  const assets = restify.plugins.serveStatic({ directory: tabDistDir, maxAge: HASHED_ASSET_MAX_AGE });
  // Everything else in dist (nothing but index.html today) is revalidated on every load.
  const others = restify.plugins.serveStatic({ directory: tabDistDir, maxAge: 0 });
  server.get('/*', (req: Request, res: Response, next: Next) => {
    const path = servablePath(req.getPath());
    if (path === undefined) {
      sendProblem(res, problem({ code: 'invalid-request' }));
      return next(false);
    }
    if (path === '/' || path === '/index.html') {
      sendIndex(tabDistDir, res).then(
        () => next(false),
        (error: unknown) => next(error as Error),
      );
      return;
    }
    return (path.startsWith('/assets/') ? assets : others)(req, res, next);
  });
}

/** index.html names the current hashed bundles: it must never be served from a shared cache. */
async function sendIndex(tabDistDir: string, res: Response): Promise<void> {
  const html = await readFile(join(tabDistDir, 'index.html'));
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': html.length,
    'cache-control': 'no-cache',
  });
  res.end(html);
}
