// What the user reads about a failure, in the tab's language: the text of the error's code (the server's
// problem code, or the tab's own), with what to do. Never the server's English `detail`.
import type { TFunction } from 'i18next';
import { resources, type TabProblemCode } from '../i18n.js';
import { ApiError } from './client.js';

export interface ErrorDescription {
  message: string;
  hint: string;
}

const known = (code: string): code is TabProblemCode => Object.hasOwn(resources.en.problems, code);

export function describeError(error: unknown, t: TFunction): ErrorDescription {
  const code = error instanceof ApiError && known(error.code) ? error.code : 'unknown';
  const params = (error instanceof ApiError && error.problem?.params) || {};
  return {
    message: t(`problems.${code}.message`, params),
    hint: t(`problems.${code}.hint`, params),
  };
}
