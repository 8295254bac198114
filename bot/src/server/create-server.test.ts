import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActivityHandler } from 'botbuilder';
import type { Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createBotAdapter } from './bot-adapter.js';
import { createServer } from './create-server.js';
import { shutdownGracefully } from './graceful-shutdown.js';
import { BUILT_ASSET, builtTab } from '../test-support/built-tab.js';

const logger = createLogger('silent');
let server: Server | undefined;

async function start(options: { ready?: boolean; tabDir?: string; slowRoute?: boolean } = {}) {
  const tabDistDir = options.tabDir ?? mkdtempSync(join(tmpdir(), 'tf-tab-'));
  let ready = options.ready ?? true;
  const bot = new ActivityHandler();
  server = createServer({
    logger,
    adapter: createBotAdapter({}),
    bot,
    isReady: async () => ready,
    tabDistDir,
    registerApi: options.slowRoute
      ? (s) =>
          s.get('/api/slow', async (_req, res) => {
            await new Promise((r) => setTimeout(r, 300));
            res.json(200, { done: true });
          })
      : undefined,
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return { url, setReady: (value: boolean) => (ready = value) };
}

/** GET with the path sent exactly as written (fetch would normalize it). */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

afterEach(async () => {
  if (server?.server.listening) await new Promise<void>((r) => server!.close(() => r()));
  server = undefined;
});

describe('the server', () => {
  it('answers liveness and readiness', async () => {
    const { url, setReady } = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    setReady(false);
    const notReady = await fetch(`${url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('content-type')).toBe('application/problem+json');
  });

  it('turns a malformed activity into a 400 problem naming the fields', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hi' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['channelId', 'serviceUrl', 'from', 'conversation']),
    );
  });

  it('answers broken JSON with a 400 problem and no stack', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "mess',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text)).toMatchObject({ status: 400 });
  });

  it('serves the built tab at / and a problem for unknown API routes', async () => {
    const tabDir = mkdtempSync(join(tmpdir(), 'tf-tab-'));
    writeFileSync(join(tabDir, 'index.html'), '<!doctype html><title>TeamFlame</title>');
    const { url } = await start({ tabDir });
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>TeamFlame</title>');
    const missing = await fetch(`${url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses paths that cannot name a file (NUL byte, bad encoding) and keeps serving', async () => {
    const tabDir = builtTab();
    const { url } = await start({ tabDir });
    for (const path of [
      '/index.html%00.js',
      '/%00',
      '/assets/%00x.js',
      '/assets/a%00',
      '/%E0%A4%A',
      '/x%ff',
    ]) {
      const status = await rawGet(url, path);
      expect([400, 404], path).toContain(status);
    }
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}${BUILT_ASSET}`)).status).toBe(200);
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/../../etc/passwd`)).status).toBe(404);
  });

  it('sends security headers everywhere, frames only for Microsoft hosts, and never caches index.html publicly', async () => {
    const { url } = await start({ tabDir: builtTab() });
    for (const path of ['/', '/index.html', '/healthz', '/api/nothing-here', BUILT_ASSET]) {
      const response = await fetch(`${url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
      expect(csp, path).toContain('https://*.cloud.microsoft');
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("connect-src 'self' https://res.cdn.office.net;");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
    for (const path of ['/', '/index.html']) {
      const page = await fetch(`${url}${path}`);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      expect(await page.text()).toContain('<title>TeamFlame</title>');
    }
    const asset = await fetch(`${url}${BUILT_ASSET}`);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000/);
  });

  it('finishes in-flight requests on shutdown, then closes the database', async () => {
    const { url } = await start({ slowRoute: true });
    const closed: string[] = [];
    const stop = shutdownGracefully({
      server: server!,
      logger,
      closers: [async () => void closed.push('database')],
    });
    const inFlight = fetch(`${url}/api/slow`).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 50));
    await stop();
    expect(await inFlight).toEqual({ done: true });
    expect(closed).toEqual(['database']);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
