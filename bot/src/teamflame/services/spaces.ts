import { z } from 'zod';
import type { Caller } from '../caller.js';
import { spaceSchema, type Space } from '../schemas.js';

export class SpacesService {
  constructor(private readonly call: Caller) {}

  list(): Promise<Space[]> {
    return this.call.get('/space/spacesByUserId', z.array(spaceSchema), 'spaces');
  }

  get(spaceId: string): Promise<Space> {
    return this.call.get(`/space/${encodeURIComponent(spaceId)}`, spaceSchema, 'space');
  }

  create(input: { name: string; logo?: string; color?: string; invites?: string[] }): Promise<Space> {
    return this.call.post(
      '/space/create',
      { logo: '', color: '', invites: [], ...input },
      spaceSchema,
      'space',
    );
  }
}
