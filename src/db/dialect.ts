/**
 * The one seam between SQLite and PostgreSQL. Whatever differs between the two dialects
 * (detection, batch sizes, later full-text search) lives here and nowhere else.
 */
import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function isPostgresDb(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Rows per multi-row INSERT: SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
 */
export function insertBatchSize(columnsPerRow: number): number {
  return Math.max(1, Math.floor(30_000 / columnsPerRow));
}

/**
 * `column IN (ids)` for lists of any length, as one bound value: SQLite reads a JSON array with
 * `json_each`, PostgreSQL an integer array with `= ANY`. An empty list matches nothing.
 *
 * @example query.where(idIn(db, 'recommendations.id', [1, 2, 3]))
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function idIn(db: Kysely<any>, column: string, ids: number[]): RawBuilder<SqlBool> {
  if (ids.length === 0) return sql<SqlBool>`1 = 0`;
  return isPostgresDb(db)
    ? sql<SqlBool>`${sql.ref(column)} = any(${ids}::int[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/**
 * A column reference the planner must not use an index for: when another condition (a list of ids) drives
 * a query far better, SQLite's `+column` keeps it from starting at the index; PostgreSQL plans well alone.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any schema
export function withoutIndex(db: Kysely<any>, column: string): RawBuilder<unknown> {
  return isPostgresDb(db) ? sql`${sql.ref(column)}` : sql`+${sql.ref(column)}`;
}
