import type { Caller } from '../caller.js';
import { userSchema, type User } from '../schemas.js';

export class UsersService {
  constructor(private readonly call: Caller) {}

  me(): Promise<User> {
    return this.call.get('/user/me', userSchema, 'user');
  }

  get(userId: string): Promise<User> {
    return this.call.get(`/user/${encodeURIComponent(userId)}`, userSchema, 'user');
  }
}
