import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SessionTokens } from '../api/session-tokens.js';
import type { TabSessionsRepository } from '../data/repositories/tab-sessions.js';
import { SignInTickets } from './sign-in-tickets.js';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const olga = { tenantId: 'tenant-1', channelUserId: '29:olga', aadObjectId: 'aad-olga' };

describe('sign-in tickets for the message extension', () => {
  it('name the Teams user they were issued for', async () => {
    const tickets = new SignInTickets(SECRET);
    expect(await tickets.open(await tickets.issue(olga))).toEqual(olga);
    const { aadObjectId: _, ...noAad } = olga;
    expect(await tickets.open(await tickets.issue(noAad))).toEqual(noAad);
  });

  it('are refused when signed with another secret, altered, expired or not a ticket', async () => {
    const tickets = new SignInTickets(SECRET);
    const other = new SignInTickets(`${SECRET}-other`);
    expect(await tickets.open(await other.issue(olga))).toBeUndefined();
    const ticket = await tickets.issue(olga);
    expect(await tickets.open(`${ticket.slice(0, -4)}AAAA`)).toBeUndefined();
    expect(await tickets.open('not a ticket')).toBeUndefined();
    const key = new TextEncoder().encode(SECRET);
    const stale = await new SignJWT({ tid: 't', cid: 'c' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('teamflame-teams:sign-in-ticket')
      .setAudience('teamflame-teams:sign-in-ticket')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 700)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 100)
      .sign(key);
    expect(await tickets.open(stale)).toBeUndefined();
  });

  it('are never a tab session token, nor a session token a ticket', async () => {
    const tickets = new SignInTickets(SECRET);
    const opened: string[] = [];
    const rows = {
      open: async () => ({ id: '00000000-0000-4000-8000-000000000001' }),
      findActive: async (id: string) => {
        opened.push(id);
        return undefined;
      },
    } as unknown as TabSessionsRepository;
    const sessions = new SessionTokens(SECRET, rows);
    const { token } = await sessions.issue('00000000-0000-4000-8000-000000000002');
    expect(await tickets.open(token)).toBeUndefined();
    expect(await sessions.verify(await tickets.issue(olga))).toBeUndefined();
    expect(opened).toEqual([]);
  });
});
