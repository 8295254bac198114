// TypeORM's PostgreSQL driver answers an UPDATE or DELETE … RETURNING with [rows, count], and an INSERT or
// SELECT with the rows alone (PGlite's driver the same); this reads either.
export function returnedRows<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}
