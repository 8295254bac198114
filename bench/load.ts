// Load on loopback, bounded in count and in time: `workers` concurrent conversations, each posting its next
// activity when the last was answered, or one request at a time for latency without queueing.
import { postActivity } from '../bot/src/test-support/teams-activities.js';

export interface LoadResult {
  /** Activities answered (fewer than asked when the time bound stopped the run). */
  count: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Builds the activity a worker posts as its `n`-th; `check` says what is wrong with an answer, if anything. */
export interface Scenario {
  activity: (worker: number, n: number) => unknown;
  check?: (body: unknown) => string | undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * Posts an activity; a keep-alive connection the server closed just as it was reused (the request never
 * reached it) is tried again on a new one, up to twice.
 */
async function post(url: string, activity: unknown, tries = 3): Promise<{ status: number; body: unknown }> {
  try {
    return await postActivity(url, activity);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (tries <= 1 || (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET')) throw error;
    return post(url, activity, tries - 1);
  }
}

export async function load(
  url: string,
  scenario: Scenario,
  options: { count: number; workers: number; maxSeconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const deadline = performance.now() + options.maxSeconds * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      let own = 0;
      while (next < options.count && performance.now() < deadline) {
        next++;
        const t0 = performance.now();
        const response = await post(url, scenario.activity(worker, own++));
        if (response.status >= 400)
          throw new Error(`status ${response.status}: ${JSON.stringify(response.body)}`);
        const wrong = scenario.check?.(response.body);
        if (wrong) throw new Error(wrong);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
