// Sign-in and refresh against TeamFlame's auth host. The password goes only into the request body.
import type { AxiosInstance } from 'axios';
import type { Logger } from '../../logger.js';
import type { Caller } from '../caller.js';
import { send } from '../http.js';
import { jwtExpiry } from '../jwt-expiry.js';
import { parseAnswer, signInSchema, userSchema, type User } from '../schemas.js';
import type { TeamFlameSession } from '../session.js';
import type { TeamFlameTokenSet } from '../token-set.js';

export interface SignedIn {
  user: User;
  tokens: TeamFlameTokenSet;
}

function tokenSetOf(answer: ReturnType<typeof signInSchema.parse>): TeamFlameTokenSet {
  const { accessToken, refreshToken } = answer.tokens;
  return {
    accessToken: accessToken.token,
    accessExpiresAt: jwtExpiry(accessToken.token, accessToken.expiresIn),
    ...(refreshToken?.token ? { refreshToken: refreshToken.token } : {}),
  };
}

export async function signIn(
  http: AxiosInstance,
  logger: Logger,
  email: string,
  password: string,
): Promise<SignedIn> {
  const data = await send(http, { method: 'post', url: '/auth/sign-in', data: { email, password } }, logger, {
    signingIn: true,
    secrets: [password],
  });
  const answer = parseAnswer(signInSchema, data, 'sign-in');
  return { user: answer.user, tokens: tokenSetOf(answer) };
}

export async function refreshTokens(
  http: AxiosInstance,
  logger: Logger,
  refreshToken: string,
  onAttempt?: () => void,
): Promise<TeamFlameTokenSet> {
  const data = await send(
    http,
    { method: 'post', url: '/auth/refresh-token', data: { refreshToken }, onAttempt },
    logger,
    { secrets: [refreshToken] },
  );
  return tokenSetOf(parseAnswer(signInSchema, data, 'refresh'));
}

export interface NewAccount {
  firstName: string;
  lastName: string;
  surName?: string;
  email: string;
  password: string;
}

/** Creates a TeamFlame account (201 User). The caller signs in afterwards as with any account. */
export async function signUp(http: AxiosInstance, logger: Logger, account: NewAccount): Promise<User> {
  const data = await send(http, { method: 'post', url: '/auth/sign-up', data: account }, logger, {
    secrets: [account.password],
  });
  return parseAnswer(userSchema, data, 'user');
}

export class AuthService {
  constructor(
    private readonly call: Caller,
    private readonly session: TeamFlameSession,
  ) {}

  /** Exchanges the refresh token now (shared with any refresh already running) and returns the new tokens. */
  refresh(): Promise<TeamFlameTokenSet> {
    return this.session.refreshNow();
  }

  currentUser(): Promise<User> {
    return this.call.get('/auth/user', userSchema, 'user');
  }
}
