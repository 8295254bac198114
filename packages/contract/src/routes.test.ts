import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  paramNames,
  paramsSchemaFor,
  pathFor,
  routes,
  type RouteBody,
  type RouteParams,
  type RouteResponse,
  type TabBoard,
} from './index.js';

describe('the route table', () => {
  it('has one route per method and path, every path under /api/', () => {
    const keys = Object.values(routes).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of Object.values(routes)) expect(r.path).toMatch(/^\/api\/[a-z/:A-Z]+$/);
  });

  it('asks for a token everywhere but sign-in and the public settings of the consent pop-up', () => {
    expect(
      Object.entries(routes)
        .filter(([, r]) => !r.auth)
        .map(([name]) => name),
    ).toEqual(['signIn', 'ssoSettings']);
  });

  it('has a body only on writes, and no answer body exactly on 204s', () => {
    for (const r of Object.values(routes)) {
      if (r.method === 'GET' || r.method === 'DELETE') expect(r.body).toBeNull();
      expect(r.response === null).toBe(r.status === 204);
    }
  });

  it('types bodies, answers and parameters from the table', () => {
    expectTypeOf<RouteParams<typeof routes.subscribe>>().toEqualTypeOf<{
      conversationId: string;
      boardId: string;
    }>();
    expectTypeOf<RouteResponse<typeof routes.board>>().toEqualTypeOf<TabBoard>();
    expectTypeOf<RouteBody<typeof routes.updateTask>>().toHaveProperty('dueDate');
    expectTypeOf<RouteBody<typeof routes.me>>().toEqualTypeOf<undefined>();
  });
});

describe('pathFor', () => {
  it('fills in and encodes every parameter', () => {
    expect(pathFor(routes.board, { boardId: 'b1' })).toBe('/api/boards/b1');
    expect(pathFor(routes.subscribe, { conversationId: '19:a b@thread.tacv2', boardId: 'x/y' })).toBe(
      '/api/conversations/19%3Aa%20b%40thread.tacv2/subscriptions/x%2Fy',
    );
    expect(pathFor(routes.boards, {})).toBe('/api/boards');
  });

  it('throws on a missing or empty parameter instead of calling a wrong URL', () => {
    expect(() => pathFor(routes.task, { taskId: '' })).toThrow(/:taskId/);
    expect(() => pathFor(routes.task, {} as never)).toThrow(/:taskId/);
  });
});

describe('path parameters', () => {
  it('are named in order', () => {
    expect(paramNames(routes.unsubscribe.path)).toEqual(['conversationId', 'boardId']);
    expect(paramNames(routes.me.path)).toEqual([]);
  });

  it('are validated: non-empty, bounded, longer for conversations', () => {
    const schema = paramsSchemaFor(routes.subscribe);
    const conversationId = `19:${'a'.repeat(300)}@thread.tacv2`;
    expect(schema.parse({ conversationId, boardId: 'b1' })).toEqual({ conversationId, boardId: 'b1' });
    expect(schema.safeParse({ conversationId, boardId: 'b'.repeat(129) }).success).toBe(false);
    expect(paramsSchemaFor(routes.task).safeParse({ taskId: '' }).success).toBe(false);
    expect(paramsSchemaFor(routes.task).safeParse({}).success).toBe(false);
  });
});
