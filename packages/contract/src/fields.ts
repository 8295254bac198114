// Field schemas shared by every part of the tab API.
import { z } from 'zod';

/** Ids never hold control characters; a NUL would even fail in PostgreSQL. */
const NO_CONTROL_CHARACTERS = /^\P{Cc}*$/u;

/** A TeamFlame or server id: opaque, non-empty, safe in one path segment once encoded. */
export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters');

/** A Teams conversation id (`19:…@thread.tacv2`, `a:…`): longer than TeamFlame ids. */
export const conversationIdSchema = z
  .string()
  .min(1)
  .max(512)
  .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters');

/** A calendar date, `YYYY-MM-DD` (a due date has no time of day). */
export const isoDateSchema = z.iso.date();

/** An instant with its offset, e.g. `2025-01-31T09:00:00.000Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
