// Faults that tests inject over HTTP: latency, an error status, a hang, per path pattern and count.
import { z } from 'zod';

export const faultSchema = z.object({
  path: z.string().min(1),
  method: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  hang: z.boolean().optional(),
  retryAfterSeconds: z.number().min(0).optional(),
  times: z.number().int().min(1).optional(),
  message: z.string().optional(),
});

export type FaultSpec = z.infer<typeof faultSchema>;

interface ActiveFault extends FaultSpec {
  id: number;
  pattern: RegExp;
  remaining: number;
}

export class FaultTable {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): number {
    const id = this.nextId++;
    this.faults.push({ ...spec, id, pattern: new RegExp(spec.path), remaining: spec.times ?? 1 });
    return id;
  }

  /** The first fault matching this request, counted as used. */
  take(method: string, path: string): FaultSpec | undefined {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.pattern.test(path) && (!f.method || f.method.toUpperCase() === method),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }
}
