import { describe, expect, it } from 'vitest';
import { ApiError, createClient, isUnauthorized } from './client.js';

interface Seen {
  url: string;
  init: RequestInit;
}

function clientAnswering(status: number, body: unknown, token = 'tok') {
  const seen: Seen[] = [];
  const client = createClient({
    token: async () => token,
    fetch: (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      return new Response(status === 204 ? null : text, { status });
    }) as typeof fetch,
  });
  return { client, seen };
}

const summary = { id: 'b1', name: 'B', path: 'S / P' };

describe('the API client', () => {
  it('calls the contract path with the bearer token and parses the answer', async () => {
    const { client, seen } = clientAnswering(200, [summary]);
    expect(await client.boards()).toEqual([summary]);
    expect(seen[0]!.url).toBe('/api/boards');
    expect((seen[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('sends writes as JSON to the filled-in path', async () => {
    const { client, seen } = clientAnswering(200, { id: 'c', name: 'C', tasks: [] });
    await client.createColumn('b/1', { name: 'C' });
    expect(seen[0]!.url).toBe('/api/boards/b%2F1/columns');
    expect(seen[0]!.init.method).toBe('POST');
    expect(JSON.parse(seen[0]!.init.body as string)).toEqual({ name: 'C' });
  });

  it('sends no token to sign-in, and 204 answers are undefined', async () => {
    const signIn = clientAnswering(200, {
      sessionToken: 's',
      expiresAt: '2031-01-01T00:00:00Z',
      user: { id: 'u', teamflameUserId: 't', name: 'N', email: null },
    });
    await signIn.client.signIn({ email: 'a@b.c', password: 'p' });
    expect((signIn.seen[0]!.init.headers as Record<string, string>).authorization).toBeUndefined();
    expect(await clientAnswering(204, undefined).client.signOut()).toBeUndefined();
  });

  it('turns a problem document into an ApiError with its code (the English detail only as the message)', async () => {
    const problem = {
      type: 'about:blank',
      code: 'unauthenticated',
      title: 'Unauthorized',
      status: 401,
      detail: 'You are not signed in.',
    };
    const error = await clientAnswering(401, problem)
      .client.me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      message: 'You are not signed in.',
      problem,
    });
    expect(isUnauthorized(error)).toBe(true);
  });

  it('names the status when the error body is not a problem document, with the code unknown', async () => {
    const error = await clientAnswering(502, 'Bad gateway')
      .client.boards()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'unknown', problem: undefined });
    expect(isUnauthorized(error)).toBe(false);
  });

  it('refuses an answer that does not fit the contract, naming the field', async () => {
    const error = await clientAnswering(200, [{ ...summary, path: 3 }])
      .client.boards()
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/\/api\/boards \(0\.path\)/);
    expect(error).toMatchObject({ code: 'unexpected-answer' });
  });

  it('says so when the server cannot be reached', async () => {
    const client = createClient({
      token: async () => undefined,
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(client.me()).rejects.toMatchObject({ status: 0, code: 'offline' });
  });
});
