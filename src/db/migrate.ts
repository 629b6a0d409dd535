/** Runs the schema migrations, kept in code so that they ship with the package and run on both dialects. */
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import * as registry from './migrations/0001_registry.ts';
import * as accounts from './migrations/0002_accounts.ts';
import * as search from './migrations/0003_search.ts';
import * as savedViews from './migrations/0004_saved_views.ts';
import * as dialogue from './migrations/0005_dialogue.ts';
import * as implementation from './migrations/0006_implementation.ts';
import * as notifications from './migrations/0007_notifications.ts';
import * as classifier from './migrations/0008_classifier.ts';
import * as similar from './migrations/0009_similar.ts';
import type { DB } from './schema.ts';

const migrations: Record<string, Migration> = {
  '0001_registry': registry,
  '0002_accounts': accounts,
  '0003_search': search,
  '0004_saved_views': savedViews,
  '0005_dialogue': dialogue,
  '0006_implementation': implementation,
  '0007_notifications': notifications,
  '0008_classifier': classifier,
  '0009_similar': similar,
};

/** `schema`: the PostgreSQL schema in use, so that Kysely's bookkeeping tables are looked for there. */
function migrator(db: Kysely<DB>, schema?: string): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export async function migrateToLatest(db: Kysely<DB>, schema?: string): Promise<MigrationResultSet> {
  const result = await migrator(db, schema).migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}

export async function migrationStatus(
  db: Kysely<DB>,
  schema?: string,
): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const list = await migrator(db, schema).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
