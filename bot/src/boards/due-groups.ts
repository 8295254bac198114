// Where a due date falls for a person on their own calendar day: overdue, today, later this week, later,
// or no date at all. Dates are calendar dates ("YYYY-MM-DD"): a task due today is "today" all day long,
// whatever hour TeamFlame keeps with it. Weeks run Monday to Sunday (ISO 8601, as in Russia and most of
// Europe), so on a Sunday nothing is left of "this week" after today.

/** In the order a list shows them. */
export const DUE_GROUPS = ['overdue', 'today', 'thisWeek', 'later', 'none'] as const;
export type DueGroup = (typeof DUE_GROUPS)[number];

/** `today` and `dueDate` are calendar dates. */
export function dueGroupOf(dueDate: string | undefined, today: string): DueGroup {
  if (!dueDate) return 'none';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'today';
  return dueDate <= lastDayOfWeek(today) ? 'thisWeek' : 'later';
}

/** The Sunday that ends the week of `day`. */
function lastDayOfWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7));
  return date.toISOString().slice(0, 10);
}
