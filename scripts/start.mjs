// `npm start`: the whole demo on one machine with nothing else installed — the TeamFlame sandbox, the
// server on embedded PGlite, and the Microsoft 365 Agents Playground to chat with the bot. Every child
// runs behind the loopback-only egress guard. Ctrl-C stops all of it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const guard = join(root, 'scripts', 'egress-guard.cjs');
const serverPort = Number(process.env.PORT ?? 3978);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4010);
const playgroundPort = Number(process.env.PLAYGROUND_PORT ?? 56150);
const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
const children = [];

function step(message) {
  console.log(`\x1b[36m▸ ${message}\x1b[0m`);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function build() {
  step('building the server and the sandbox (tsc -b, incremental)');
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'bot', 'sandbox']);
  const tabIndex = join(root, 'tab/dist/index.html');
  const tabStale =
    existsSync(join(root, 'tab/index.html')) &&
    (!existsSync(tabIndex) ||
      Math.max(newestMtime(join(root, 'tab/src')), newestMtime(join(root, 'packages/contract/src'))) >
        statSync(tabIndex).mtimeMs);
  if (tabStale) {
    step('building the tab (vite)');
    run('npm', ['run', 'build', '-w', 'tab', '--silent']);
  }
}

function startChild(name, args, { env = {}, cwd = root, onLine } = {}) {
  // DEP0111: restify reads process.binding('http_parser'); the warning says nothing we can act on.
  const child = spawn(process.execPath, ['--require', guard, '--disable-warning=DEP0111', ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\x1b[90m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        onLine?.(line);
        process.stdout.write(prefix + line + '\n');
      }
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the demo`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children.reverse()) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  );
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

const started = Date.now();
build();

step(`starting the TeamFlame sandbox on ${sandboxUrl}`);
startChild('sandbox', [join(root, 'sandbox/dist/main.js'), '--port', String(sandboxPort)]);
await waitFor(`${sandboxUrl}/__sandbox/users`, 'the sandbox');

step(`starting the server on http://localhost:${serverPort} (embedded PGlite in .data/)`);
// The heap the server runs with everywhere; just built above.
const { SERVER_NODE_FLAGS } = await import('../bot/dist/server/node-flags.js');
startChild('server', [...SERVER_NODE_FLAGS, join(root, 'bot/dist/index.js')], {
  env: {
    // The demo talks to the Agents Playground without Bot Framework auth, which needs development mode.
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    PORT: String(serverPort),
    TEAMFLAME_API_URL: process.env.TEAMFLAME_API_URL ?? sandboxUrl,
    TEAMFLAME_AUTH_URL: process.env.TEAMFLAME_AUTH_URL ?? sandboxUrl,
  },
});
await waitFor(`http://127.0.0.1:${serverPort}/healthz`, 'the server');
console.log(`server healthy ${((Date.now() - started) / 1000).toFixed(1)}s after start`);

step('starting the Microsoft 365 Agents Playground');
const playgroundDir = join(root, '.data', 'playground'); // it writes devTools/ into its working folder
mkdirSync(playgroundDir, { recursive: true });
let playgroundUrl = `http://localhost:${playgroundPort}`;
startChild(
  'playground',
  [
    join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
    '-e',
    `http://127.0.0.1:${serverPort}/api/messages`,
    '-c',
    'msteams',
    '--dt',
    '-p',
    String(playgroundPort),
  ],
  {
    cwd: playgroundDir,
    env: { TEAMSAPPTESTER_BROWSER: 'none' },
    onLine: (line) => {
      const port = /Listening on (\d+)/.exec(line)?.[1];
      if (port) playgroundUrl = `http://localhost:${port}`; // it silently takes another port if busy
    },
  },
);
await waitFor(`http://127.0.0.1:${playgroundPort}/`, 'the Agents Playground').catch(() => undefined);

const users = await fetch(`${sandboxUrl}/__sandbox/users`).then((r) => r.json());
console.log(`
\x1b[1mTeamFlame for Microsoft Teams is running.\x1b[0m
  Chat with the bot (Agents Playground):  ${playgroundUrl}
  The tab (Kanban board):                 http://localhost:${serverPort}/
  TeamFlame sandbox API:                  ${sandboxUrl}
  Sign in with a sandbox user (password "demo"):
${users.map((u) => `    ${u.email}  (${u.firstName} ${u.lastName})`).join('\n')}
Press Ctrl-C to stop.
`);
