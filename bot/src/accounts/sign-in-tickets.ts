// Signing in for the message extension. Teams asks a person the bot does not know yet to sign in by opening
// our page in a pop-up (the `auth` answer to a composeExtension invoke); that page cannot learn who the
// person is in Teams, so the bot hands it a ticket naming them. The ticket is an HS256 JWT signed with
// SESSION_SECRET, under an issuer and audience of its own (a tab session token is never a ticket, nor the
// other way round), good for ten minutes. The sign-in route takes it in place of an SSO token and links the
// Teams identity it names, as a sign-in in the bot's chat does.
import { jwtVerify, SignJWT } from 'jose';
import type { TeamsUserKey } from '../data/index.js';

const PURPOSE = 'teamflame-teams:sign-in-ticket';
const LIFETIME = '10m';

export class SignInTickets {
  readonly #key: Uint8Array;

  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
  }

  issue(user: TeamsUserKey): Promise<string> {
    return new SignJWT({
      tid: user.tenantId,
      cid: user.channelUserId,
      ...(user.aadObjectId ? { oid: user.aadObjectId } : {}),
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(PURPOSE)
      .setAudience(PURPOSE)
      .setIssuedAt()
      .setExpirationTime(LIFETIME)
      .sign(this.#key);
  }

  /** The Teams user a ticket names; undefined when it is forged, expired or not a ticket. */
  async open(ticket: string): Promise<TeamsUserKey | undefined> {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(ticket, this.#key, {
        issuer: PURPOSE,
        audience: PURPOSE,
        algorithms: ['HS256'],
      }));
    } catch {
      return undefined;
    }
    const { tid, cid, oid } = claims;
    if (typeof tid !== 'string' || typeof cid !== 'string' || !tid || !cid) return undefined;
    return {
      tenantId: tid,
      channelUserId: cid,
      ...(typeof oid === 'string' && oid ? { aadObjectId: oid } : {}),
    };
  }
}
