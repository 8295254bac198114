// Faults that tests inject over HTTP: latency, an error status, a hang, per path pattern, method and count.
import { z } from 'zod';
import { HttpError } from './http.js';

export const faultSchema = z.object({
  /** A regular expression tested against the request path. */
  path: z.string().min(1),
  method: z.string().min(1).optional(),
  status: z.number().int().min(100).max(599).optional(),
  latencyMs: z.number().int().min(0).max(600_000).optional(),
  /** Never answer: the client has to give up. */
  hang: z.boolean().optional(),
  retryAfterSeconds: z.number().int().min(0).optional(),
  times: z.number().int().min(1).optional(),
  message: z.string().optional(),
});

export type FaultSpec = z.infer<typeof faultSchema>;

interface ActiveFault {
  spec: FaultSpec;
  pattern: RegExp;
  remaining: number;
}

export class FaultTable {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): number {
    let pattern: RegExp;
    try {
      pattern = new RegExp(spec.path);
    } catch {
      throw new HttpError(400, 'path: not a valid regular expression');
    }
    this.faults.push({ spec, pattern, remaining: spec.times ?? 1 });
    return this.nextId++;
  }

  /** The first fault matching this request, counted as used. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.faults.find(
      (f) => f.pattern.test(path) && (!f.spec.method || f.spec.method.toUpperCase() === method.toUpperCase()),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.spec;
  }

  clear(): void {
    this.faults = [];
  }
}
