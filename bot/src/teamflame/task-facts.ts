// Facts read off TeamFlame entities whatever shape they come in. (The board rules — done columns, overdue,
// due dates — are the domain's: boards/rules.ts.)
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
