// What every resource service uses to talk to TeamFlame: a GET or POST, as the session's user, parsed.
import type { AxiosInstance } from 'axios';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import { send } from './http.js';
import { parseAnswer } from './schemas.js';
import type { TeamFlameSession } from './session.js';

export class Caller {
  constructor(
    private readonly http: AxiosInstance,
    private readonly session: TeamFlameSession,
    private readonly logger: Logger,
    /** Counts the HTTP attempts of the client instance this caller belongs to. */
    private readonly onAttempt?: () => void,
  ) {}

  get<T extends z.ZodType>(path: string, schema: T, what: string): Promise<z.infer<T>> {
    return this.session.run(async (accessToken) =>
      parseAnswer(
        schema,
        await send(
          this.http,
          { method: 'get', url: path, accessToken, onAttempt: this.onAttempt },
          this.logger,
        ),
        what,
      ),
    );
  }

  post<T extends z.ZodType>(path: string, body: unknown, schema: T, what: string): Promise<z.infer<T>> {
    return this.session.run(async (accessToken) =>
      parseAnswer(
        schema,
        await send(
          this.http,
          {
            method: 'post',
            url: path,
            data: body,
            accessToken,
            onAttempt: this.onAttempt,
          },
          this.logger,
        ),
        what,
      ),
    );
  }
}
