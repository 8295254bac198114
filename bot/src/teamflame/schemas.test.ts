import { describe, expect, it } from 'vitest';
import { TeamFlameSchemaError } from './errors.js';
import { columnSchema, parseAnswer, taskSchema, userSchema } from './schemas.js';
import { z } from 'zod';

describe('schemas', () => {
  it('keeps unknown fields and accepts missing optional ones', () => {
    const task = parseAnswer(taskSchema, { id: 'a', name: 'n', columnId: 'c', brandNew: 1 }, 'task');
    expect(task).toMatchObject({ id: 'a', brandNew: 1 });
    expect(task.users).toBeUndefined();
  });

  it('names nested fields from the answer down', () => {
    const error = (() => {
      try {
        parseAnswer(
          z.array(columnSchema),
          [{ id: 'c', name: 'x', tasks: [{ id: 't', columnId: 'c' }] }],
          'columns',
        );
      } catch (e) {
        return e;
      }
    })();
    expect((error as TeamFlameSchemaError).field).toBe('columns[0].tasks[0].name');
    expect(() => parseAnswer(userSchema, 'not an object', 'user')).toThrow(TeamFlameSchemaError);
  });

  it('names the missing required field', () => {
    const error = (() => {
      try {
        parseAnswer(
          z.array(taskSchema),
          [
            { id: 'a', name: 'n', columnId: 'c' },
            { id: 'b', name: 'm' },
          ],
          'tasks',
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TeamFlameSchemaError);
    expect((error as TeamFlameSchemaError).field).toBe('tasks[1].columnId');
    expect((error as TeamFlameSchemaError).message).toContain('tasks[1].columnId');
  });
});
