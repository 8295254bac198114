// /space/*: the caller's spaces, one space, a new space (the caller and invited users become members).
import { z } from 'zod';
import type { Space } from '../store.js';
import { parseBody } from '../validate.js';
import { route, type ApiRoute } from './context.js';
import { entityName, optionalText } from './fields.js';

const createSpaceSchema = z.object({
  name: entityName,
  logo: optionalText,
  color: optionalText,
  invites: z.array(z.string()).max(100).optional(),
});

export const spaceRoutes: ApiRoute[] = [
  route('GET', '/space/spacesByUserId', (_request, { user, access }) => ({ body: access.spacesOf(user) })),

  route('GET', '/space/:id', ({ params }, { user, access }) => ({ body: access.space(user, params.id!) })),

  route('POST', '/space/create', ({ body }, { user, store }) => {
    const input = parseBody(createSpaceSchema, body);
    const invited = (input.invites ?? []).flatMap((email) => store.userByEmail(email)?.id ?? []);
    const space: Space = {
      id: store.nextId(),
      name: input.name,
      ...(input.logo === undefined ? {} : { logo: input.logo }),
      ...(input.color === undefined ? {} : { color: input.color }),
      users: [...new Set([user.id, ...invited])],
    };
    store.spaces.set(space.id, space);
    return { status: 201, body: space };
  }),
];
