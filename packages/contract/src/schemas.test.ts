import { describe, expect, it } from 'vitest';
import {
  boardSchema,
  commentCreateSchema,
  parseProblem,
  signInRequestSchema,
  signInResponseSchema,
  taskCreateSchema,
  taskSchema,
  taskUpdateSchema,
  type TabTask,
} from './index.js';

const task: TabTask = {
  id: '65a1f0c2e4b0a1b2c3d4e5f6',
  name: 'Починить вход',
  descriptionHtml: '<p>Шаги</p>',
  descriptionText: 'Шаги',
  columnId: 'c1',
  boardId: 'b1',
  assignees: [{ id: 'u1', name: 'Ivan Petrov', initials: 'IP' }],
  dueDate: '2031-07-15',
  overdue: false,
  dueSoon: false,
  priority: 'middle',
  commentCount: 1,
  comments: [{ author: 'Ivan Petrov', textHtml: '<b>ok</b>', at: '2026-12-01T09:30:00.000Z' }],
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.'));

describe('task', () => {
  it('accepts a full task and one without comments (the board listing)', () => {
    expect(taskSchema.parse(task)).toEqual(task);
    const { comments: _comments, ...listed } = task;
    expect(taskSchema.parse(listed).comments).toBeUndefined();
  });

  it('takes a due date only as YYYY-MM-DD or null', () => {
    expect(taskSchema.safeParse({ ...task, dueDate: null }).success).toBe(true);
    expect(taskSchema.safeParse({ ...task, dueDate: '2031-07-15T18:00:00' }).success).toBe(false);
    expect(taskSchema.safeParse({ ...task, dueDate: '2031-02-30' }).success).toBe(false);
  });

  it('takes only TeamFlame priorities ("middle", not "medium"; "" for none)', () => {
    expect(taskSchema.safeParse({ ...task, priority: '' }).success).toBe(true);
    expect(issuesOf(taskSchema.safeParse({ ...task, priority: 'medium' }))).toEqual(['priority']);
  });

  it('refuses a negative or fractional comment count and a missing id', () => {
    expect(issuesOf(taskSchema.safeParse({ ...task, commentCount: -1 }))).toEqual(['commentCount']);
    expect(issuesOf(taskSchema.safeParse({ ...task, commentCount: 1.5 }))).toEqual(['commentCount']);
    expect(issuesOf(taskSchema.safeParse({ ...task, id: '' }))).toEqual(['id']);
  });
});

describe('board', () => {
  it('carries where it lives, its columns with their tasks and the people who can be assigned', () => {
    const board = {
      id: 'b1',
      name: 'Спринт 14',
      path: 'Команда / Backend API',
      columns: [{ id: 'c1', name: 'Сделать', tasks: [task] }],
      members: task.assignees,
    };
    expect(boardSchema.parse(board)).toEqual(board);
    expect(issuesOf(boardSchema.safeParse({ ...board, members: undefined }))).toEqual(['members']);
    expect(issuesOf(boardSchema.safeParse({ ...board, columns: [{ id: 'c1', name: 'x' }] }))).toEqual([
      'columns.0.tasks',
    ]);
  });
});

describe('task update', () => {
  it('takes any one field, and null to clear the due date', () => {
    expect(taskUpdateSchema.parse({ columnId: 'c2' })).toEqual({ columnId: 'c2' });
    expect(taskUpdateSchema.parse({ dueDate: null })).toEqual({ dueDate: null });
    expect(taskUpdateSchema.parse({ assigneeIds: [] })).toEqual({ assigneeIds: [] });
    expect(taskUpdateSchema.parse({ name: '  Title ' })).toEqual({ name: 'Title' });
    expect(taskUpdateSchema.parse({ priority: '' })).toEqual({ priority: '' });
  });

  it('refuses an empty change, a blank title and a due date with a time', () => {
    expect(taskUpdateSchema.safeParse({}).error?.issues[0]?.message).toBe(
      'Send at least one field to change',
    );
    expect(taskUpdateSchema.safeParse({ name: undefined }).success).toBe(false);
    expect(issuesOf(taskUpdateSchema.safeParse({ name: '   ' }))).toEqual(['name']);
    expect(issuesOf(taskUpdateSchema.safeParse({ dueDate: '2031-07-15T10:00' }))).toEqual(['dueDate']);
    expect(issuesOf(taskUpdateSchema.safeParse({ assigneeIds: [''] }))).toEqual(['assigneeIds.0']);
    expect(issuesOf(taskUpdateSchema.safeParse({ priority: 'urgent' }))).toEqual(['priority']);
  });
});

describe('requests', () => {
  it('trims names and comments and says what is missing', () => {
    expect(taskCreateSchema.parse({ name: ' New ', columnId: 'c1' })).toEqual({
      name: 'New',
      columnId: 'c1',
    });
    expect(taskCreateSchema.safeParse({ name: '', columnId: 'c1' }).error?.issues[0]?.message).toBe(
      'Enter a title',
    );
    expect(commentCreateSchema.safeParse({ text: '  ' }).error?.issues[0]?.message).toBe('Write a comment');
    expect(commentCreateSchema.safeParse({ text: 'x'.repeat(4001) }).success).toBe(false);
  });

  it('signs in with an email and a password, and answers a token with an instant', () => {
    expect(signInRequestSchema.safeParse({ email: 'a@b.c' }).success).toBe(false);
    const answer = {
      sessionToken: 't',
      expiresAt: '2031-07-15T10:00:00.000Z',
      user: { id: 'u', teamflameUserId: 'tf', name: 'A', email: null },
    };
    expect(signInResponseSchema.parse(answer)).toEqual(answer);
    expect(signInResponseSchema.safeParse({ ...answer, expiresAt: 'tomorrow' }).success).toBe(false);
  });
});

describe('problem documents', () => {
  it('parses a validation problem with its field errors', () => {
    const body = {
      type: 'about:blank',
      code: 'invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: 'name: Enter a title',
      errors: [{ field: 'name', message: 'Enter a title' }],
    };
    expect(parseProblem(body)).toEqual(body);
  });

  it('carry a code, and keep a code this version does not know (the tab falls back to a generic text)', () => {
    const base = { type: 'about:blank', title: 'Too many', status: 429 };
    expect(parseProblem(base)).toBeUndefined();
    const known = { ...base, code: 'too-many-sign-in-attempts', params: { seconds: 30 } };
    expect(parseProblem(known)).toEqual(known);
    expect(parseProblem({ ...base, code: 'from-a-newer-server' })?.code).toBe('from-a-newer-server');
  });

  it('is undefined for anything that is not a problem document', () => {
    expect(parseProblem({ statusCode: 500, message: 'x' })).toBeUndefined();
    expect(parseProblem({ type: 'x', title: 'OK', status: 200 })).toBeUndefined();
    expect(parseProblem('Bad gateway')).toBeUndefined();
    expect(parseProblem(undefined)).toBeUndefined();
  });
});
