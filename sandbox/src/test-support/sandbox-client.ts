// A thin fetch wrapper for the sandbox's own tests: real HTTP, JSON in and out, nothing mocked.
import type { Sandbox } from '../index.js';

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallInit {
  method?: string;
  token?: string;
  body?: unknown;
  /** A raw body sent as is (for malformed JSON). */
  rawBody?: string;
  signal?: AbortSignal;
}

export interface SignedIn {
  user: { id: string; email: string; firstName: string; lastName: string } & Record<string, unknown>;
  tokens: { accessToken: { token: string; expiresIn: number }; refreshToken: { token: string } };
}

export class SandboxClient {
  constructor(readonly baseUrl: string) {}

  static of(sandbox: Sandbox): SandboxClient {
    return new SandboxClient(sandbox.url);
  }

  async call<T = unknown>(path: string, init: CallInit = {}): Promise<Answer<T>> {
    const hasBody = init.body !== undefined || init.rawBody !== undefined;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: init.method ?? (hasBody ? 'POST' : 'GET'),
      headers: {
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      signal: init.signal,
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : undefined) as T,
    };
  }

  async signIn(email: string, password = 'demo'): Promise<SignedIn> {
    const answer = await this.call<SignedIn>('/auth/sign-in', { body: { email, password } });
    if (answer.status !== 200) throw new Error(`sign-in of ${email} answered ${answer.status}`);
    return answer.body;
  }

  async tokenOf(email: string): Promise<string> {
    return (await this.signIn(email)).tokens.accessToken.token;
  }

  reset(): Promise<Answer> {
    return this.call('/__sandbox/reset', { method: 'POST' });
  }
}

export const DEMO = 'demo@teamflame.local';
export const JOHN = 'john.smith@teamflame.local';
export const IVAN = 'ivan.petrov@teamflame.local';

export const OBJECT_ID = /^[0-9a-f]{24}$/;
export const TEAMFLAME_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export interface BoardShape {
  id: string;
  name: string;
  spaceId: string;
  projectId: string;
  columns: string[];
}

export interface TaskShape {
  id: string;
  name: string;
  description: string;
  columnId: string;
  boardId: string;
  spaceId: string;
  projectId: string;
  users: string[];
  priority: string;
  endDate?: string;
  startDate?: string;
  comments: { userName: string; text: string; createdAt?: string }[];
}
