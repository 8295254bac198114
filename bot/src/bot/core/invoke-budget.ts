// Teams gives up on an invoke after a few seconds (and may resend it). We answer within the budget
// whatever TeamFlame does: if the work is not done by then, the caller answers "still working" and the
// finished result is delivered later by `whenLate`.
export type BudgetOutcome<T> = { inTime: true; value: T } | { inTime: false };

// 2 s of server time leaves room for the network on both sides of Teams' own few-second wait.
export const INVOKE_BUDGET_MS = 2000;

export async function withinBudget<T>(
  work: Promise<T>,
  budgetMs: number,
  whenLate: (settled: Promise<T>) => void,
): Promise<BudgetOutcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  const result = await Promise.race([work.then((value) => ({ value })), timeout]);
  clearTimeout(timer);
  if (result === 'late') {
    whenLate(work);
    return { inTime: false };
  }
  return { inTime: true, value: result.value };
}
