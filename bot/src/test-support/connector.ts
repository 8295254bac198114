// A local stand-in for the Bot Connector service (the activity's `serviceUrl`): records every activity the
// bot sends, replies, updates and deletes, and hands out ids, as Teams' connector does. It also answers
// member look-ups (`GET /v3/conversations/{id}/members[/{userId}]`) from the members a test sets.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  kind: 'send' | 'reply' | 'update' | 'delete' | 'createConversation' | 'other';
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  /** The activity (or request) body the bot sent. */
  body: Record<string, unknown>;
  /** The id the connector gave a sent activity (what Teams later sends back as replyToId). */
  assignedId?: string;
  authorization?: string;
}

/** A conversation member as Teams' connector describes one (TeamsChannelAccount). */
interface ConnectorMember {
  id: string;
  aadObjectId: string;
  name: string;
}

export interface LocalConnector {
  url: string;
  calls: RecordedCall[];
  /** Who Teams says is in a conversation (a channel by its channel id); a conversation never set has none. */
  setMembers(conversationId: string, members: ConnectorMember[]): void;
  /** Resolves with the first call matching `predicate` (already recorded or still to come). */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  clear(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations(?:\/([^/]+)(?:\/activities(?:\/([^/]+))?)?)?\/?$/;
const MEMBERS = /^\/v3\/conversations\/([^/]+)\/members(?:\/([^/]+))?\/?$/;

/** Teams finds a member by the bot channel user id ("29:…") or by the AAD object id. */
function memberAnswer(
  members: ConnectorMember[],
  memberId: string | undefined,
): { status: number; body: unknown } {
  if (memberId === undefined) return { status: 200, body: members };
  const member = members.find((m) => m.id === memberId || m.aadObjectId === memberId);
  return member
    ? { status: 200, body: { ...member, objectId: member.aadObjectId } }
    : {
        status: 404,
        body: {
          error: { code: 'MemberNotFoundInConversation', message: 'The member is not in the conversation' },
        },
      };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    // A body that is not JSON is recorded as it came, for the test to see, rather than failing the fake.
    return { unparsable: text };
  }
}

function classify(method: string, conversationId?: string, activityId?: string): RecordedCall['kind'] {
  if (method === 'POST' && !conversationId) return 'createConversation';
  if (method === 'POST' && conversationId && !activityId) return 'send';
  if (method === 'POST' && activityId) return 'reply';
  if (method === 'PUT' && activityId) return 'update';
  if (method === 'DELETE' && activityId) return 'delete';
  return 'other';
}

export async function startLocalConnector(): Promise<LocalConnector> {
  const calls: RecordedCall[] = [];
  const membersOf = new Map<string, ConnectorMember[]>();
  const waiters: { predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = ROUTE.exec(url.pathname);
    const body = await readJson(req);
    const conversationId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    const activityId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
    const call: RecordedCall = {
      kind: match ? classify(req.method ?? '', conversationId, activityId) : 'other',
      method: req.method ?? '',
      path: url.pathname,
      conversationId,
      activityId,
      body,
      authorization: req.headers.authorization,
    };
    if (call.kind === 'send' || call.kind === 'reply') call.assignedId = randomUUID();
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
    res.setHeader('content-type', 'application/json');
    const members = req.method === 'GET' ? MEMBERS.exec(url.pathname) : null;
    if (members) {
      const answer = memberAnswer(
        membersOf.get(decodeURIComponent(members[1]!)) ?? [],
        members[2] === undefined ? undefined : decodeURIComponent(members[2]),
      );
      res.statusCode = answer.status;
      res.end(JSON.stringify(answer.body));
    } else if (call.kind === 'createConversation') {
      res.end(JSON.stringify({ id: `a:${randomUUID()}`, activityId: randomUUID() }));
    } else if (call.kind === 'update') {
      res.end(JSON.stringify({ id: activityId }));
    } else {
      res.end(JSON.stringify({ id: call.assignedId ?? randomUUID() }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    setMembers: (conversationId, members) => void membersOf.set(conversationId, members),
    waitFor(predicate, timeoutMs = 10_000) {
      const existing = calls.find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) {
            waiters.splice(index, 1);
            reject(new Error(`connector: no matching call within ${timeoutMs} ms`));
          }
        }, timeoutMs).unref();
      });
    },
    clear: () => void calls.splice(0, calls.length),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
