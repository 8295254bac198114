// What every TeamFlame route handler gets, and the two ways to register one (signed in or public).
import type { Access } from '../access.js';
import { defineRoute, HttpError, type Method, type Reply, type Route, type RouteRequest } from '../http.js';
import type { SandboxUser, Store } from '../store.js';
import type { TokenIssuer } from '../tokens.js';

export interface ApiContext {
  /** The caller, from a valid, unexpired access token. */
  user?: SandboxUser;
  store: Store;
  access: Access;
  tokens: TokenIssuer;
}

export type SignedInContext = ApiContext & { user: SandboxUser };
export type ApiRoute = Route<ApiContext>;

/** A route that needs `Authorization: Bearer <accessToken>`; without a valid one it answers 401. */
export function route(
  method: Method,
  path: string,
  handle: (request: RouteRequest, context: SignedInContext) => Reply | Promise<Reply>,
): ApiRoute {
  return defineRoute<ApiContext>(method, path, (request, context) => {
    const { user } = context;
    if (!user) throw new HttpError(401, 'Unauthorized');
    return handle(request, { ...context, user });
  });
}

export function publicRoute(method: Method, path: string, handle: ApiRoute['handle']): ApiRoute {
  return defineRoute<ApiContext>(method, path, handle);
}
