// /auth/*: sign-in, refresh, current user, sign-up (TeamFlame's auth host, served on the same port).
import { z } from 'zod';
import { HttpError } from '../http.js';
import { publicUser, type SandboxUser } from '../store.js';
import { parseBody } from '../validate.js';
import { publicRoute, route, type ApiContext, type ApiRoute } from './context.js';

const signInSchema = z.object({
  email: z.string().trim().min(1, 'is required'),
  password: z.string().min(1, 'is required'),
});
const refreshSchema = z.object({ refreshToken: z.string().min(1, 'is required') });
const signUpSchema = z.object({
  firstName: z.string().trim().min(1, 'is required').max(100),
  lastName: z.string().trim().min(1, 'is required').max(100),
  surName: z.string().max(100).optional(),
  email: z.email('must be an email address'),
  password: z.string().min(4, 'must have at least 4 characters').max(200),
});

/** The sign-in answer: `{ user, tokens: { accessToken: { token, expiresIn }, refreshToken: { token } } }`. */
function session(user: SandboxUser, { tokens }: ApiContext) {
  return { body: { user: publicUser(user), tokens: tokens.issue(user) } };
}

export const authRoutes: ApiRoute[] = [
  publicRoute('POST', '/auth/sign-in', ({ body }, context) => {
    const { email, password } = parseBody(signInSchema, body);
    const user = context.store.userByEmail(email);
    // One message for an unknown email and a wrong password, and never the password itself.
    if (!user || user.password !== password) throw new HttpError(401, 'Invalid credentials');
    return session(user, context);
  }),

  publicRoute('POST', '/auth/refresh-token', ({ body }, context) => {
    const { refreshToken } = parseBody(refreshSchema, body);
    const userId = context.tokens.redeem(refreshToken);
    const user = userId ? context.store.users.get(userId) : undefined;
    if (!user) throw new HttpError(401, 'Invalid refresh token');
    return session(user, context);
  }),

  route('GET', '/auth/user', (_request, { user }) => ({ body: publicUser(user) })),

  publicRoute('POST', '/auth/sign-up', ({ body }, { store }) => {
    const input = parseBody(signUpSchema, body);
    if (store.userByEmail(input.email)) throw new HttpError(409, 'email: already registered');
    const user: SandboxUser = {
      ...input,
      id: store.nextId(),
      role: 'user',
      active: true,
      emailVerified: false,
    };
    store.users.set(user.id, user);
    return { status: 201, body: publicUser(user) };
  }),
];
