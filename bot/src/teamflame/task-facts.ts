// Facts read from TeamFlame entities as they come (the board rules, such as overdue, are in boards/rules.ts).
import type { User } from './schemas.js';

export function displayName(user: Pick<User, 'firstName' | 'lastName' | 'email' | 'id'>): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || user.email || user.id;
}

/** A space's members may come as ids or as user objects. */
export function memberIdsOf(users: unknown[] | null | undefined): string[] {
  return (users ?? [])
    .map((u) =>
      typeof u === 'string' ? u : ((u as { id?: string; _id?: string })?.id ?? (u as { _id?: string })?._id),
    )
    .filter((id): id is string => typeof id === 'string');
}
