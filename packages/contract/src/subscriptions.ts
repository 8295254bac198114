// A channel or chat tab following a board: the bot posts a card there for each change.
import { z } from 'zod';
import { idSchema } from './fields.js';

export const subscriptionSchema = z.object({ boardId: idSchema });
export const subscriptionListSchema = z.array(subscriptionSchema);
