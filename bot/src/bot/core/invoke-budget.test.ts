import { describe, expect, it } from 'vitest';
import { withinBudget } from './invoke-budget.js';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withinBudget', () => {
  it('returns the value when the work finishes in time', async () => {
    const late: Promise<string>[] = [];
    const outcome = await withinBudget(after(5, 'card'), 200, (p) => late.push(p));
    expect(outcome).toEqual({ inTime: true, value: 'card' });
    expect(late).toHaveLength(0);
  });

  it('answers at the budget and hands the unfinished work to whenLate', async () => {
    let handedOver: Promise<string> | undefined;
    const started = Date.now();
    const outcome = await withinBudget(after(150, 'card'), 30, (p) => (handedOver = p));
    expect(outcome).toEqual({ inTime: false });
    expect(Date.now() - started).toBeLessThan(140);
    expect(await handedOver).toBe('card');
  });
});
