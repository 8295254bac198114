// The Microsoft 365 Agents Playground (a real Microsoft Teams-like client) for end-to-end tests: offline,
// behind the loopback-only egress guard, with its devTools/ written to a temporary folder. The Playground
// says "en-US" in every activity it sends; a small proxy between it and the bot lets a test speak another
// language, as a Teams client set to it would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium } from './browser.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
/** Resolved as a module (not a path under node_modules), so the unused-dependency check sees it used. */
const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

export interface Playground {
  url: string;
  /** The locale of what the Playground sends from now on (its own, en-US, when undefined). */
  setLocale(locale: string | undefined): void;
  /** The last activity the Playground sent to the bot (as the bot got it): who, where, which channel. */
  lastActivity(): Record<string, unknown> | undefined;
  /** Every activity the Playground sent to the bot, in order (one gesture can send several). */
  activities(): readonly Record<string, unknown>[];
  close(): Promise<void>;
}

type LocaleProxy = Omit<Playground, 'url'> & { url: string };

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Forwards the Playground's activities to the bot, their locale (and the client's) replaced when set. */
async function startLocaleProxy(target: string): Promise<LocaleProxy> {
  let locale: string | undefined;
  const sent: Record<string, unknown>[] = [];
  const server = createHttpServer((req, res) => {
    void (async () => {
      let body = await bodyOf(req);
      if (body.length) {
        const activity = JSON.parse(body.toString('utf8')) as {
          locale?: string;
          entities?: { type?: string; locale?: string }[];
        };
        if (locale) {
          activity.locale = locale;
          for (const entity of activity.entities ?? [])
            if (entity.type === 'clientInfo') entity.locale = locale;
          body = Buffer.from(JSON.stringify(activity));
        }
        sent.push(activity);
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (req.headers.authorization) headers.authorization = req.headers.authorization;
      const answer = await fetch(target, {
        method: req.method,
        headers,
        body: body.length ? new Uint8Array(body) : undefined,
      });
      res.statusCode = answer.status;
      const type = answer.headers.get('content-type');
      if (type) res.setHeader('content-type', type);
      res.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      // The test sees the failure as the Playground does: an answer the bot never gave.
      res.statusCode = 502;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    setLocale: (next) => void (locale = next),
    lastActivity: () => sent.at(-1),
    activities: () => sent,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function startPlayground(botMessagesUrl: string, timeoutMs = 30_000): Promise<Playground> {
  const port = await freePort();
  const proxy = await startLocaleProxy(botMessagesUrl);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      join(ROOT, 'scripts/egress-guard.cjs'),
      PLAYGROUND_CLI,
      '-e',
      proxy.url,
      '-c',
      'msteams',
      '--dt',
      '-p',
      String(port),
    ],
    {
      cwd: mkdtempSync(join(tmpdir(), 'tf-playground-')),
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const listening = new Promise<number>((resolveListening, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Agents Playground did not start: ${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // It silently takes another port when the asked one is busy: read the one it took.
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveListening(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Agents Playground exited (${code}): ${output}`)));
  });
  const actualPort = await listening.catch(async (error: unknown) => {
    await proxy.close();
    throw error;
  });
  return {
    url: `http://127.0.0.1:${actualPort}`,
    setLocale: proxy.setLocale,
    lastActivity: proxy.lastActivity,
    activities: proxy.activities,
    close: async () => {
      await new Promise<void>((resolveClose) => {
        if (child.exitCode !== null) return resolveClose();
        child.once('exit', () => resolveClose());
        child.kill('SIGTERM');
      });
      await proxy.close();
    },
  };
}

export interface PlaygroundChat {
  app: AppUnderTest;
  playground: Playground;
  page: Page;
  /** Closes the browser, the Playground and the app. */
  close(): Promise<void>;
}

/**
 * Where every Playground test starts: the app, the Playground in front of it, and headless Chromium showing
 * the Playground's personal chat. What was started is closed again if a later step fails.
 */
export async function openPlaygroundChat(): Promise<PlaygroundChat> {
  const app = await startAppUnderTest();
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await playground?.close();
    await app.close();
  };
  try {
    playground = await startPlayground(`${app.url}/api/messages`);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(playground.url, { timeout: 90_000 });
    await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).click();
    return { app, playground, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
