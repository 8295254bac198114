// /comment/create: comments live inside their task as { userName, text, createdAt }; there is no list
// endpoint.
import { z } from 'zod';
import { fullName } from '../store.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { objectId } from './fields.js';

const createCommentSchema = z.object({
  task: objectId,
  text: z.string().trim().min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters'),
});

export const commentRoutes: ApiRoute[] = [
  route('POST', '/comment/create', ({ body }, { user, access }) => {
    const input = parseBody(createCommentSchema, body);
    const task = access.task(user, input.task);
    const comment = { userName: fullName(user), text: input.text, createdAt: new Date().toISOString() };
    task.comments.push(comment);
    return { status: 201, body: { ...comment, task: task.id } };
  }),
];
