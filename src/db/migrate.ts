/** Runs the schema migrations, kept in code so that they ship with the package and run on both dialects. */
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as registry from './migrations/0001_registry.ts';
import type { DB } from './schema.ts';

const migrations: Record<string, Migration> = {
  '0001_registry': registry,
};

export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}

export async function migrationStatus(
  db: Kysely<DB>,
): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const list = await migrator.getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
