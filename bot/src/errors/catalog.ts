// The one error catalog: for every failure the product reports, its HTTP status, what the user reads (an
// i18n key), what they can do about it (a hint key) and whether trying the same thing again can help.
// Cards, the tab API's problem documents and the tab's toasts all start from these codes.
import { PROBLEM_CODES, type ProblemCode } from '@teamflame/contract';

/** Failures only a card shows: they come from a card's button or a chat command, never from the tab API. */
const CARD_ONLY_CODES = ['invalid-action', 'unknown-action', 'no-board'] as const;

export type ErrorCode = ProblemCode | (typeof CARD_ONLY_CODES)[number];

/** @internal Tests use it too. */
export const ERROR_CODES: readonly ErrorCode[] = [...PROBLEM_CODES, ...CARD_ONLY_CODES];

interface ErrorEntry {
  /** The status of a problem document with this code. */
  status: number;
  /** The problem document's English `title`: short and stable, for logs and clients that do not know the code. */
  title: string;
  /** i18n key (bot resources) of what went wrong. */
  message: `error.${ErrorCode}`;
  /** i18n key of what the user can do about it. */
  hint: `errorHint.${ErrorCode}`;
  /** The same request may well succeed a little later, unchanged: cards offer "Try again" for these. */
  retryable: boolean;
}

function entry(code: ErrorCode, status: number, title: string, retryable = false): ErrorEntry {
  return { status, title, message: `error.${code}`, hint: `errorHint.${code}`, retryable };
}

// A Record over every code: tsc refuses a code without an entry, and the catalog test refuses an entry
// without its text in English and Russian.
export const ERROR_CATALOG: Readonly<Record<ErrorCode, ErrorEntry>> = {
  'sign-in-refused': entry('sign-in-refused', 401, 'Unauthorized'),
  'sign-in-expired': entry('sign-in-expired', 401, 'Unauthorized'),
  forbidden: entry('forbidden', 403, 'Forbidden'),
  'not-found': entry('not-found', 404, 'Not found'),
  'rate-limited': entry('rate-limited', 429, 'Rate limited', true),
  'teamflame-timeout': entry('teamflame-timeout', 503, 'Service unavailable', true),
  'teamflame-unreachable': entry('teamflame-unreachable', 503, 'Service unavailable', true),
  'teamflame-failed': entry('teamflame-failed', 503, 'Service unavailable', true),
  // The same answer would be as large next time: not worth a retry.
  'teamflame-too-large': entry('teamflame-too-large', 502, 'Bad gateway'),
  'teamflame-refused': entry('teamflame-refused', 400, 'Refused by TeamFlame'),
  'teamflame-unreadable': entry('teamflame-unreadable', 502, 'Bad gateway'),
  'not-installed': entry('not-installed', 404, 'Not found'),
  'not-a-member': entry('not-a-member', 403, 'Forbidden'),
  'membership-unknown': entry('membership-unknown', 503, 'Service unavailable', true),
  'too-many-sign-in-attempts': entry('too-many-sign-in-attempts', 429, 'Too many sign-in attempts', true),
  'sign-in-link-expired': entry('sign-in-link-expired', 401, 'Unauthorized'),
  unauthenticated: entry('unauthenticated', 401, 'Unauthorized'),
  'invalid-request': entry('invalid-request', 400, 'Invalid request'),
  'route-not-found': entry('route-not-found', 404, 'Not found'),
  'request-too-large': entry('request-too-large', 413, 'Payload too large'),
  'service-unavailable': entry('service-unavailable', 503, 'Service unavailable', true),
  internal: entry('internal', 500, 'Internal error'),
  'invalid-action': entry('invalid-action', 400, 'Invalid action'),
  'unknown-action': entry('unknown-action', 400, 'Unknown action'),
  'no-board': entry('no-board', 409, 'No board chosen'),
};
