// Who is calling: the browser sign-in exchange and the current user.
import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './fields.js';

export const signInRequestSchema = z.object({
  email: z.string().trim().min(1, 'Enter your TeamFlame email').max(320),
  password: z.string().min(1, 'Enter your password').max(512),
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
  /** Sent back as `Authorization: Bearer <sessionToken>` on every other call. */
  sessionToken: z.string().min(1),
  expiresAt: isoDateTimeSchema,
  user: userSchema,
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type SignInResponse = z.infer<typeof signInResponseSchema>;
