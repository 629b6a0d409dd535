/**
 * Optimistic concurrency, written once: update a row only if it still has the version the caller read, and
 * move its version on. `undefined` means the row is gone or someone else saved first (the service answers 409).
 */
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { DB } from './schema.ts';

/** The tables keyed by `id` that carry a `version` column. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { id: unknown; version: unknown } ? T : never;
}[keyof DB];

export function updateVersionedRow<T extends VersionedTable>(
  db: Kysely<DB>,
  table: T,
  id: number,
  version: number,
  values: Updateable<DB[T]>,
): Promise<Selectable<DB[T]> | undefined> {
  // Kysely cannot type a query on a table chosen by a type parameter; `VersionedTable` keeps callers honest.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const untyped = db as unknown as Kysely<any>;
  const name: string = table;
  return untyped
    .updateTable(name)
    .set((eb) => ({ ...(values as Record<string, unknown>), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst() as Promise<Selectable<DB[T]> | undefined>;
}
