// Who is calling: the browser sign-in exchange and the current user.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './fields.js';

export const signInRequestSchema = z
  .object({
    email: z.string().trim().min(1, 'Enter your TeamFlame email').max(320),
    password: z.string().min(1, 'Enter your password').max(512),
    /**
     * Inside Teams: the tab's Teams SSO token. The sign-in then links that Teams identity (as a sign-in in the
     * bot does), so SSO alone signs the person in from then on; no browser session is opened.
     */
    teamsToken: z.string().min(1).max(16_384).optional(),
    /**
     * From the message extension's sign-in pop-up: the ticket the bot put in its address, naming the Teams
     * user who was asked to sign in. The sign-in links that Teams identity; no browser session is opened.
     */
    teamsTicket: z.string().min(1).max(4096).optional(),
  })
  .refine((body) => body.teamsToken === undefined || body.teamsTicket === undefined, {
    message: 'Send a Teams token or a sign-in ticket, not both',
    path: ['teamsTicket'],
  });

export const userSchema = z.object({
  /** Our own user id (the server's users table). */
  id: idSchema,
  /** The TeamFlame user id, as task assignees and board members name it ("my tasks" filters on it). */
  teamflameUserId: idSchema,
  name: z.string(),
  email: z.string().nullable(),
});

export const signInResponseSchema = z.object({
  /**
   * Sent back as `Authorization: Bearer <sessionToken>` on every other call. Absent after a sign-in that
   * linked a Teams identity: the tab goes on with its SSO token.
   */
  sessionToken: z.string().min(1).optional(),
  expiresAt: isoDateTimeSchema.optional(),
  user: userSchema,
});

/**
 * What the tab's consent pop-up needs (Teams SSO's `auth-start` page): where Entra ID asks for consent, for
 * which app and scope. `enabled: false` when the server has no tab SSO configured.
 */
export const ssoSettingsSchema = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(false) }),
  z.object({
    enabled: z.literal(true),
    clientId: z.string(),
    authorizeUrl: z.url(),
    scope: z.string(),
  }),
]);

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SignInResponse = z.infer<typeof signInResponseSchema>;
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;
