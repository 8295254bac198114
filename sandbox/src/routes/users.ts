// /user/*: the caller and any user by id (without passwords).
import { HttpError } from '../http.js';
import { publicUser } from '../store.js';
import { route, type ApiRoute } from './context.js';

export const userRoutes: ApiRoute[] = [
  route('GET', '/user/me', (_request, { user }) => ({ body: publicUser(user) })),

  route('GET', '/user/:id', ({ params }, { store }) => {
    const found = store.users.get(params.id!);
    if (!found) throw new HttpError(404, 'User not found');
    return { body: publicUser(found) };
  }),
];
