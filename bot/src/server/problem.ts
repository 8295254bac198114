// RFC 9457 problem documents: the one shape every error of our HTTP surface takes.
import type { Response } from 'restify';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export function problem(status: number, title: string, detail?: string, errors?: Problem['errors']): Problem {
  return {
    type: `https://httpstatuses.io/${status}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(res: Response, body: Problem): void {
  res.status(body.status);
  res.header('content-type', 'application/problem+json');
  res.end(JSON.stringify(body));
}
