// A failure in words, in the reader's language: what went wrong and what to do.
import type { TFunction } from 'i18next';
import { ERROR_CATALOG } from './catalog.js';
import type { Failure } from './failure.js';

export function errorText(failure: Failure, t: TFunction): { message: string; hint: string } {
  const entry = ERROR_CATALOG[failure.code];
  return { message: t(entry.message, failure.params ?? {}), hint: t(entry.hint, failure.params ?? {}) };
}
