import { describe, expect, it } from 'vitest';
import { moveTask } from './board-state.js';
import { applyOrder, loadOrder, orderOf, saveOrder } from './local-order.js';
import { board, ids } from './test-board.js';

describe('the order kept in this browser', () => {
  it('survives a refetch in the server order; tasks it does not know come after', () => {
    const reordered = moveTask(board(), 't3', 'c1', 0);
    const order = orderOf(reordered, ['c1']);
    expect(order).toEqual({ c1: ['t3', 't1', 't2'] });
    const fresh = board();
    fresh.columns[0]!.tasks.push({ ...fresh.columns[0]!.tasks[0]!, id: 'new' });
    expect(ids(applyOrder(fresh, order))).toEqual([['t3', 't1', 't2', 'new'], ['t4']]);
  });

  it('is the same board when the order changes nothing', () => {
    const b = board();
    expect(applyOrder(b, {})).toBe(b);
    expect(applyOrder(b, { c1: ['t1', 't2'] })).toBe(b);
  });

  it('is stored per board, and a corrupt entry is an empty order', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveOrder(storage, 'b', { c1: ['t2'] });
    expect(loadOrder(storage, 'b')).toEqual({ c1: ['t2'] });
    expect(loadOrder(storage, 'other')).toEqual({});
    store.set('teamflame.order.b', '{oops');
    expect(loadOrder(storage, 'b')).toEqual({});
  });
});
