/**
 * The one seam between SQLite and PostgreSQL. Whatever differs between the two dialects
 * (detection, batch sizes, later full-text search) lives here and nowhere else.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

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
