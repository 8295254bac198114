// Registers the tab API from the contract's route table: one pipeline for every route — authenticate (when
// the route says so) -> path parameters and body checked against the route's schemas -> handler -> the
// route's status. The handlers' type names every route of the table, so none can be left unserved.
import {
  paramsSchemaFor,
  routes,
  type RouteName,
  type RouteParams,
  type RouteResponse,
  type Routes,
  type RouteSpec,
} from '@teamflame/contract';
import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Authenticator, RequestUser } from './authenticate.js';
import { sendErrorProblem, sendValidationProblem } from './problems.js';

type BodyOf<R extends RouteSpec> = R['body'] extends z.ZodType ? z.output<R['body']> : undefined;

interface RouteContext<R extends RouteSpec> {
  req: Request;
  params: RouteParams<R>;
  body: BodyOf<R>;
  /** The signed-in caller; present on every route whose spec says `auth: true`. */
  user: R['auth'] extends true ? RequestUser : undefined;
}

type RouteHandler<R extends RouteSpec> = (context: RouteContext<R>) => Promise<RouteResponse<R>>;

export type RouteHandlers = { [K in RouteName]: RouteHandler<Routes[K]> };

const METHODS = { GET: 'get', POST: 'post', PATCH: 'patch', PUT: 'put', DELETE: 'del' } as const;

export interface RouterOptions {
  auth: Authenticator;
  logger: Logger;
  /** Check every answer against its schema before sending (tests): a handler drifting from the contract fails loudly. */
  checkAnswers?: boolean;
}

export function registerRoutes(server: Server, handlers: RouteHandlers, options: RouterOptions): void {
  for (const name of Object.keys(routes) as RouteName[]) {
    const spec: RouteSpec = routes[name];
    const handler = handlers[name] as unknown as RouteHandler<RouteSpec>;
    const paramsSchema = paramsSchemaFor(spec);
    server[METHODS[spec.method]](spec.path, async (req: Request, res: Response) => {
      try {
        const user = spec.auth ? await options.auth.authenticate(req) : undefined;
        const params = paramsSchema.safeParse(req.params ?? {});
        if (!params.success) return sendValidationProblem(res, params.error);
        let body: unknown;
        if (spec.body) {
          const parsed = spec.body.safeParse(req.body ?? {});
          if (!parsed.success) return sendValidationProblem(res, parsed.error);
          body = parsed.data;
        }
        const answer = await handler({ req, params: params.data, body: body as never, user: user as never });
        if (spec.status === 204 || !spec.response) {
          res.send(204);
          return;
        }
        if (options.checkAnswers) spec.response.parse(answer);
        res.json(spec.status, answer);
      } catch (error) {
        sendErrorProblem(res, error, options.logger);
      }
    });
  }
}
