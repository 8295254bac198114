// What the API was asked, by whom and with which answer: tests read it through GET /__sandbox/requests.

export interface LoggedRequest {
  method: string;
  path: string;
  /** Whose access token came with the request (also when it had expired). */
  userId?: string;
  email?: string;
  /** 0 while unanswered (for example a `hang` fault). */
  status: number;
  at: string;
}

/** Oldest entries are dropped beyond this, so a long-running sandbox does not grow without bound. */
const MAX_ENTRIES = 20_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  /** Records a request as unanswered; set `status` on the returned entry when answering. */
  start(request: Omit<LoggedRequest, 'status' | 'at'>): LoggedRequest {
    const entry: LoggedRequest = { ...request, status: 0, at: new Date().toISOString() };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  list(): LoggedRequest[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}
