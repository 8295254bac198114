// RFC 9457 problem documents: the one shape every error of our HTTP surface takes. Built from the error
// catalog: the status and title of the code, the English text as `detail` (a fallback: clients translate
// the `code`), the values that text needs as `params`.
import type { ProblemCode, ProblemDocument, ProblemFieldError } from '@teamflame/contract';
import type { Response } from 'restify';
import { translatorFor } from '../i18n/index.js';
import { ERROR_CATALOG, errorText, type Failure } from '../errors/index.js';

const english = translatorFor('en');

export function problem(
  failure: Failure<ProblemCode>,
  options: {
    /** Field errors of `invalid-request`. */
    errors?: ProblemFieldError[];
    /** Only where something else chose the status (restify's own errors: 405, 415…). */
    status?: number;
  } = {},
): ProblemDocument {
  const entry = ERROR_CATALOG[failure.code];
  const status = options.status ?? entry.status;
  const params = failure.params && Object.keys(failure.params).length ? failure.params : undefined;
  return {
    type: `https://httpstatuses.io/${status}`,
    code: failure.code,
    title: entry.title,
    status,
    detail: errorText(failure, english).message,
    ...(params ? { params } : {}),
    ...(options.errors?.length ? { errors: options.errors } : {}),
  };
}

export function sendProblem(res: Response, body: ProblemDocument): void {
  res.status(body.status);
  res.header('content-type', 'application/problem+json');
  res.end(JSON.stringify(body));
}
