// `npm run bench`: the server under test in its own process (as `npm run start:server` runs it), on
// PostgreSQL and on PGlite, side by side with a bare botbuilder echo bot in another process; the TeamFlame
// sandbox (zero latency) and a local Bot Connector in this one. Loopback only; every load is bounded in
// count and in time. Prints every target with its figure and met / not met, and keeps the run in
// bench/results.md (between the run markers; the notes around them are written by hand).
import { execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '@teamflame/sandbox';
import { startLocalConnector } from '../bot/src/test-support/connector.js';
import { freshPostgresDatabase } from '../bot/src/test-support/databases.js';
import {
  cardActionInvoke,
  dialogInvoke,
  messageActivity,
  personalChat,
  postActivity,
  teamsUser,
} from '../bot/src/test-support/teams-activities.js';
import { load, type LoadResult, type Scenario } from './load.js';
import { startEchoBot, startServer, type Child } from './processes.js';
import { bundleSize, reportTab, tabDrawTime } from './tab.js';
import { countCalls } from './teamflame-calls.js';

const WORKERS = 32;
const COUNT = Number(process.env.BENCH_ACTIVITIES ?? 2000);
const SERIAL = Number(process.env.BENCH_SERIAL ?? 200);
const MEMORY_ACTIVITIES = Number(process.env.BENCH_MEMORY_ACTIVITIES ?? 10_000);
/** No load phase runs longer than this, whatever its count. */
const MAX_SECONDS = 120;
const ENGINES = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
/** A directory: the server under test writes a CPU profile (node --cpu-prof) there. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const lines: string[] = [];
const report = (line = '') => {
  lines.push(line);
  console.log(line);
};
const met = (ok: boolean) => (ok ? 'met' : '**not met**');
const ms = (n: number) => n.toFixed(1);

if (process.env.BENCH_ONLY === 'tab') {
  reportTab(report, bundleSize(), await tabDrawTime());
  process.exit(0);
}

execSync('npm run build:server --silent', { stdio: 'inherit', cwd: join(import.meta.dirname, '..') });
const sandbox = await startSandbox({ largeBoard: { columns: 2, tasksPerColumn: WORKERS } });
const connector = await startLocalConnector();
const echo = await startEchoBot();

/** The sandbox's data, read as the demo user: a seeded board for call counts, the large board for load. */
async function sandboxData() {
  const signIn = (await (
    await fetch(`${sandbox.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@teamflame.local', password: 'demo' }),
    })
  ).json()) as { tokens: { accessToken: { token: string } } };
  const get = async <T>(path: string) =>
    (await (
      await fetch(`${sandbox.url}${path}`, {
        headers: { authorization: `Bearer ${signIn.tokens.accessToken.token}` },
      })
    ).json()) as T;
  type Column = { id: string; tasks: { id: string }[] };
  const boards = await get<{ id: string; name: string }[]>('/board/boardsByUser');
  const large = boards.find((b) => b.name.startsWith('Large board'))!;
  const seeded = boards.find((b) => !b.name.startsWith('Large board'))!;
  const largeColumns = await get<Column[]>(`/column/getByBoardOneLayer/${large.id}`);
  const seededColumns = await get<Column[]>(`/column/getByBoardOneLayer/${seeded.id}`);
  const seededTasks = seededColumns.flatMap((c) => c.tasks.map((t) => t.id));
  return {
    seeded: {
      boardId: seeded.id,
      taskId: seededTasks[0]!,
      tabTaskId: seededTasks[1]!,
      columns: [seededColumns[0]!.id, seededColumns[1]!.id] as [string, string],
    },
    /** Each worker moves its own task between the large board's two columns. */
    loadTasks: largeColumns[0]!.tasks.map((t) => t.id).slice(0, WORKERS),
    loadColumns: [largeColumns[0]!.id, largeColumns[1]!.id] as [string, string],
  };
}

const data = await sandboxData();
const users = Array.from({ length: WORKERS }, (_, i) => teamsUser(`Bench ${i}`));
const chats = users.map(personalChat);
const base = (w: number) => ({ serviceUrl: connector.url, from: users[w]!, conversation: chats[w]! });
/** Where each load task is now, so every move really changes its column. */
const columnOf = new Map(data.loadTasks.map((id) => [id, 0]));

function scenarios(underTest: boolean): Record<'text' | 'taskCard' | 'move', Scenario> {
  const echoColumns = new Map<string, number>();
  const columns = underTest ? columnOf : echoColumns;
  return {
    text: { activity: (w) => messageActivity({ ...base(w), text: 'help' }) },
    taskCard: {
      activity: (w) =>
        cardActionInvoke({ ...base(w), verb: 'task.show', data: { taskId: data.loadTasks[w]! } }),
      check: underTest ? taskCardCheck : undefined,
    },
    move: {
      activity: (w) => {
        const taskId = data.loadTasks[w]!;
        const to = ((columns.get(taskId) ?? 0) + 1) % 2;
        columns.set(taskId, to);
        return dialogInvoke({
          ...base(w),
          name: 'task/submit',
          data: { dialog: 'move', taskId, columnId: data.loadColumns[to], actionId: randomUUID() },
        });
      },
      check: underTest ? moveCheck : undefined,
    },
  };
}

/** Invokes answered "still working" (past the invoke budget) rather than with their card. */
let stillWorking = 0;
function taskCardCheck(body: unknown): string | undefined {
  const text = JSON.stringify(body);
  if (text.includes('"taskId"')) return undefined;
  if (text.includes('Still working')) {
    stillWorking++;
    return undefined;
  }
  return `no task card: ${text.slice(0, 300)}`;
}

function moveCheck(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  if (JSON.stringify(body).includes('Still working')) {
    stillWorking++;
    return undefined;
  }
  return `the move did not close the dialog: ${JSON.stringify(body)}`;
}

const NAMES = {
  text: 'text command ("help")',
  taskCard: 'task card (invoke)',
  move: 'move a task (dialog submit)',
};
const THROUGHPUT_TARGET = { text: 0.5, taskCard: 0.4, move: 0.4 };

async function signInAll(server: Child) {
  for (let w = 0; w < WORKERS; w++) {
    const { status, body } = await postActivity(
      server.url,
      cardActionInvoke({
        ...base(w),
        verb: 'signIn',
        data: { email: 'demo@teamflame.local', password: 'demo' },
      }),
    );
    if (status !== 200) throw new Error(`sign-in failed: ${status} ${JSON.stringify(body)}`);
  }
}

async function loadBoth(server: Child, kind: keyof typeof NAMES, workers: number, count: number) {
  const run = (url: string, underTest: boolean) =>
    load(url, scenarios(underTest)[kind], { count, workers, maxSeconds: MAX_SECONDS }).finally(() =>
      connector.clear(),
    );
  const echoResult = await run(echo.url, false);
  const serverResult = await run(server.url, true);
  return { echo: echoResult, server: serverResult };
}

async function memoryLoad(server: Child, count: number) {
  const all = scenarios(true);
  const mixed: Scenario = {
    activity: (w, n) => [all.text, all.taskCard, all.move][n % 3]!.activity(w, n),
  };
  for (let done = 0; done < count; done += 1000) {
    await load(server.url, mixed, {
      count: Math.min(1000, count - done),
      workers: WORKERS,
      maxSeconds: MAX_SECONDS,
    });
    connector.clear();
  }
}

async function benchEngine(engine: 'postgres' | 'pglite') {
  const db = engine === 'postgres' ? await freshPostgresDatabase() : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'tf-bench-'));
  const options = { databaseUrl: db?.url, dataDir, teamflameUrl: sandbox.url };
  try {
    // The first start migrates the new database; the cold start is measured on the second.
    const first = await startServer(options);
    await signInAll(first);
    await first.stop();
    const server = await startServer({ ...options, profileDir: PROFILE_DIR });
    report(`## ${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}`);
    report();
    report('| target | figure | |');
    report('| --- | --- | --- |');
    try {
      report(
        `| cold start of the built server on an existing database, to /readyz 200 (≤ 3 s) | ${(server.readyAfterMs / 1000).toFixed(2)} s | ${met(server.readyAfterMs <= 3000)} |`,
      );
      for (const kind of Object.keys(NAMES) as (keyof typeof NAMES)[])
        await loadBoth(server, kind, WORKERS, 200); // warm-up
      const serial: Record<string, { echo: LoadResult; server: LoadResult }> = {};
      for (const kind of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
        stillWorking = 0;
        const r = await loadBoth(server, kind, WORKERS, COUNT);
        const late = stillWorking ? `; ${stillWorking} answered "still working"` : '';
        const ratio = r.server.perSecond / r.echo.perSecond;
        report(
          `| ${NAMES[kind]}: throughput at ${WORKERS} conversations (≥ ${THROUGHPUT_TARGET[kind] * 100} % of echo) | ${r.server.perSecond.toFixed(0)}/s vs echo ${r.echo.perSecond.toFixed(0)}/s = ${(ratio * 100).toFixed(0)} % (p50 ${ms(r.server.p50)} / ${ms(r.echo.p50)} ms, p99 ${ms(r.server.p99)} / ${ms(r.echo.p99)} ms${late}) | ${met(ratio >= THROUGHPUT_TARGET[kind])} |`,
        );
        serial[kind] = await loadBoth(server, kind, 1, SERIAL);
      }
      for (const kind of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
        const r = serial[kind]!;
        const p50 = r.server.p50 - r.echo.p50;
        const p99 = r.server.p99 - r.echo.p99;
        report(
          `| ${NAMES[kind]}: added latency one at a time (p50 ≤ 8 ms, p99 ≤ 25 ms) | p50 +${ms(p50)} ms (${ms(r.server.p50)} vs ${ms(r.echo.p50)}), p99 +${ms(p99)} ms (${ms(r.server.p99)} vs ${ms(r.echo.p99)}) | ${met(p50 <= 8 && p99 <= 25)} |`,
        );
      }
      for (const c of await countCalls({
        serverUrl: server.url,
        sandboxUrl: sandbox.url,
        connector,
        user: users[0]!,
        chat: chats[0]!,
        ...data.seeded,
      })) {
        const ok = (c.target === undefined || c.steady <= c.target) && c.repeated.length === 0;
        report(
          `| TeamFlame calls: ${c.operation}${c.target === undefined ? '' : ` (≤ ${c.target})`} | ${c.steady} steady, ${c.first} with cold caches${c.repeated.length ? `; asked twice: ${c.repeated.join(', ')}` : ''} | ${c.target === undefined && !c.repeated.length ? '' : met(ok)} |`,
        );
      }
      if (engine === 'postgres') {
        await memoryLoad(server, MEMORY_ACTIVITIES);
        const after = server.rssMiB();
        await memoryLoad(server, MEMORY_ACTIVITIES);
        const again = server.rssMiB();
        const flat = again - after <= Math.max(10, after * 0.05);
        report(
          `| server RSS after ${MEMORY_ACTIVITIES} mixed activities (≤ 200 MB), then after ${MEMORY_ACTIVITIES} more (flat) | ${after.toFixed(0)} MiB, then ${again.toFixed(0)} MiB | ${met(after * 1.048576 <= 200 && again * 1.048576 <= 200 && flat)} |`,
        );
      }
    } finally {
      await server.stop();
    }
    if (engine === 'postgres') {
      const viaNpm = await startServer({ ...options, viaNpm: true });
      await viaNpm.stop();
      report(
        `| cold start of \`npm run start:server\` (build check included) on an existing database, to /readyz 200 (≤ 3 s) | ${(viaNpm.readyAfterMs / 1000).toFixed(2)} s | ${met(viaNpm.readyAfterMs <= 3000)} |`,
      );
    }
    report();
  } finally {
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  report(
    `# Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${WORKERS} conversations, ${COUNT} activities per throughput figure, ${SERIAL} one at a time; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the start`,
  );
  report();
  for (const engine of ENGINES) await benchEngine(engine);
  report(
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // `npm run bench` builds the tab first; run directly, without a built tab, its figures are left out.
  if (existsSync(join(import.meta.dirname, '../tab/dist/.vite/manifest.json'))) {
    report();
    reportTab(report, bundleSize(), await tabDrawTime());
  }
} finally {
  await echo.stop();
  await Promise.all([sandbox.close(), connector.close()]);
}

const resultsFile = join(import.meta.dirname, 'results.md');
const [before, rest] = readFileSync(resultsFile, 'utf8').split('<!-- run -->');
const after = rest?.split('<!-- /run -->')[1] ?? '';
writeFileSync(resultsFile, `${before}<!-- run -->\n${lines.join('\n')}\n<!-- /run -->${after}`);
