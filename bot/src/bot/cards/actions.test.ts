import { describe, expect, it } from 'vitest';
import {
  actionSchemas,
  isVerb,
  parseActionData,
  parseDialogOpen,
  parseDialogSubmit,
  WRITE_VERBS,
  type Verb,
} from './actions.js';

const key = '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f';

/** The least each verb needs, as a card sends it. */
const MINIMAL: Record<Verb, Record<string, unknown>> = {
  help: {},
  'command.run': { name: 'boards' },
  'signIn.start': {},
  signIn: { email: 'a@b.c', password: 'secret' },
  signOut: {},
  'boards.pick': {},
  'board.show': { boardId: 'b1' },
  'tasks.mine': {},
  'task.show': { taskId: 't1' },
  'task.open': { taskId: 't1' },
  'task.done': { taskId: 't1', owner: 'u1', page: 2 },
  'task.new': { boardId: 'b1' },
  'task.create': { boardId: 'b1', columnId: 'c1', name: 'Fix SSO' },
  'board.new': {},
  'board.create': { project: 's1/p1', name: 'Sprint 15' },
  'column.new': { boardId: 'b1' },
  'column.create': { boardId: 'b1', name: 'Review' },
  refresh: { view: 'task', id: 't1' },
  subscribe: { boardId: 'b1' },
  unsubscribe: { boardId: 'b1' },
};

describe('parseActionData', () => {
  it.each(Object.keys(actionSchemas) as Verb[])('accepts %s with its idempotency key', (verb) => {
    const result = parseActionData(verb, { ...MINIMAL[verb], actionId: key });
    expect(result).toEqual({ ok: true, action: { verb, data: { ...MINIMAL[verb], actionId: key } } });
  });

  it('names unknown verbs, whatever they are, without throwing', () => {
    for (const verb of ['nope', '', 42, null, undefined, {}, 'toString', '__proto__', 'constructor'])
      expect(parseActionData(verb, {}), String(verb)).toEqual({ ok: false, reason: 'unknown-verb' });
    expect(isVerb('task.open')).toBe(true);
    expect(isVerb('hasOwnProperty')).toBe(false);
  });

  it('lists the fields that are missing, of the wrong type or too long', () => {
    const result = parseActionData('task.create', { boardId: 5, name: 'x'.repeat(1_000_000) });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'invalid') throw new Error('expected field errors');
    expect(result.errors.map((e) => e.field).sort()).toEqual(['boardId', 'name']);
    expect(parseActionData('task.show', {})).toMatchObject({
      ok: false,
      errors: [{ field: 'taskId' }],
    });
    expect(parseActionData('column.create', { boardId: 'b1', name: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      errors: [{ field: 'name' }],
    });
    expect(parseActionData('task.show', { taskId: 't1', actionId: 'k'.repeat(65) })).toMatchObject({
      ok: false,
      errors: [{ field: 'actionId' }],
    });
    expect(parseActionData('refresh', { view: 'everything', id: 'b1' })).toMatchObject({ ok: false });
    expect(parseActionData('command.run', { name: 'unknown' })).toMatchObject({
      errors: [{ field: 'name' }],
    });
    expect(parseActionData('help', { lang: 'de' })).toMatchObject({ errors: [{ field: 'lang' }] });
    for (const page of [0, -1, 1.5, '2', 10_001])
      expect(parseActionData('tasks.mine', { page }), String(page)).toMatchObject({
        ok: false,
        errors: [{ field: 'page' }],
      });
  });

  it('refuses data that is not an object, and reads missing data as empty', () => {
    for (const data of ['text', 42, [], [{ taskId: 't1' }], true])
      expect(parseActionData('task.show', data), JSON.stringify(data)).toMatchObject({
        ok: false,
        reason: 'invalid',
      });
    expect(parseActionData('help', undefined)).toEqual({ ok: true, action: { verb: 'help', data: {} } });
    expect(parseActionData('help', null)).toEqual({ ok: true, action: { verb: 'help', data: {} } });
  });

  it('drops fields a verb does not know, prototype keys included, and trims ids', () => {
    const data = JSON.parse('{"taskId":"  t1 ","__proto__":{"admin":true},"extra":"x"}') as unknown;
    const result = parseActionData('task.show', data);
    expect(result).toEqual({ ok: true, action: { verb: 'task.show', data: { taskId: 't1' } } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('keeps the language a button answers in', () => {
    expect(parseActionData('board.show', { boardId: 'b1', lang: 'ru' })).toEqual({
      ok: true,
      action: { verb: 'board.show', data: { boardId: 'b1', lang: 'ru' } },
    });
  });

  it('keeps a sign-in resume on the prompt button, so the action is finished after signing in', () => {
    const resume = JSON.stringify({ verb: 'task.show', data: { taskId: 't1' } });
    expect(parseActionData('signIn.start', { resume })).toEqual({
      ok: true,
      action: { verb: 'signIn.start', data: { resume } },
    });
  });

  it('guards exactly the verbs that change TeamFlame', () => {
    expect([...WRITE_VERBS].sort()).toEqual(
      ['board.create', 'column.create', 'task.create', 'task.done'].sort(),
    );
  });
});

describe('dialog data', () => {
  it('reads which dialog a task card button opens, dropping what Teams adds', () => {
    expect(
      parseDialogOpen({ msteams: { type: 'task/fetch' }, dialog: 'move', taskId: ' t1 ', extra: 1 }),
    ).toEqual({ ok: true, value: { dialog: 'move', taskId: 't1' } });
    for (const data of [
      undefined,
      null,
      'move',
      [],
      {},
      { dialog: 'explode', taskId: 't1' },
      { dialog: 'due' },
    ])
      expect(parseDialogOpen(data), JSON.stringify(data)).toMatchObject({ ok: false });
    expect(parseDialogOpen({ dialog: 'signIn', taskId: 't1' })).toMatchObject({ ok: false });
  });

  it('reads each form submit with its own fields, and names what is wrong', () => {
    const submits = [
      { dialog: 'move', taskId: 't1', actionId: key, columnId: 'c2' },
      { dialog: 'assign', taskId: 't1', actionId: key, assigneeIds: 'u1,u2' },
      { dialog: 'due', taskId: 't1', actionId: key, dueDate: '2026-12-31' },
      { dialog: 'due', taskId: 't1', actionId: key, clear: true },
      { dialog: 'comment', taskId: 't1', actionId: key, comment: 'Looks good' },
      { dialog: 'edit', taskId: 't1', actionId: key, name: 'Fix SSO', description: '' },
      { dialog: 'signIn', email: 'a@b.c', password: 'secret', then: { dialog: 'edit', taskId: 't1' } },
    ];
    for (const data of submits) expect(parseDialogSubmit(data)).toEqual({ ok: true, value: data });
    expect(parseDialogSubmit({ dialog: 'due', taskId: 't1', dueDate: '31.12.2026' })).toEqual({
      ok: false,
      fields: ['dueDate'],
    });
    expect(parseDialogSubmit({ dialog: 'comment', taskId: 't1', comment: 'x'.repeat(4001) })).toEqual({
      ok: false,
      fields: ['comment'],
    });
    expect(parseDialogSubmit({ dialog: 'signIn', email: 'a@b.c' })).toEqual({ ok: false, fields: ['then'] });
  });
});
