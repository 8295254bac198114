// /auth/*: sign-in, refresh, current user, sign-up.
import { z } from 'zod';
import { HttpError, route, type Route } from '../http.js';
import { publicUser, type Store } from '../model.js';
import type { TokenIssuer } from '../tokens.js';
import { parseBody } from '../validate.js';

const signInSchema = z.object({ email: z.string().min(1), password: z.string().min(1) });
const refreshSchema = z.object({ refreshToken: z.string().min(1) });
const signUpSchema = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  surName: z.string().optional(),
  email: z.email(),
  password: z.string().min(4),
});

export function authRoutes(getStore: () => Store, tokens: TokenIssuer): Route[] {
  return [
    route(
      'POST',
      '/auth/sign-in',
      ({ body }) => {
        const { email, password } = parseBody(signInSchema, body);
        const user = [...getStore().users.values()].find(
          (u) => u.email.toLowerCase() === email.toLowerCase(),
        );
        if (!user || user.password !== password) throw new HttpError(401, 'Invalid credentials');
        return { body: { user: publicUser(user), tokens: tokens.issue(user) } };
      },
      false,
    ),
    route(
      'POST',
      '/auth/refresh-token',
      ({ body }) => {
        const { refreshToken } = parseBody(refreshSchema, body);
        const userId = tokens.redeem(refreshToken);
        const user = userId ? getStore().users.get(userId) : undefined;
        if (!user) throw new HttpError(401, 'Invalid refresh token');
        return { body: { user: publicUser(user), tokens: tokens.issue(user) } };
      },
      false,
    ),
    route('GET', '/auth/user', ({ user }) => ({ body: publicUser(user) })),
    route(
      'POST',
      '/auth/sign-up',
      ({ body }) => {
        const input = parseBody(signUpSchema, body);
        const store = getStore();
        if ([...store.users.values()].some((u) => u.email.toLowerCase() === input.email.toLowerCase())) {
          throw new HttpError(409, 'email: already registered');
        }
        const user = { ...input, id: store.nextId(), role: 'user', active: true, emailVerified: false };
        store.users.set(user.id, user);
        return { status: 201, body: publicUser(user) };
      },
      false,
    ),
  ];
}
