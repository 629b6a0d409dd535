/** Opens a database ready for use: migrated to the latest schema and seeded with reference data. */
import { type Database, DEFAULT_DATABASE, type OpenOptions, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { seedReferenceData } from './seed.ts';

/** The database URL from `--db`, else `UPR_DATABASE_URL`, else the embedded default file. */
export function databaseUrl(flag?: string): string {
  return flag ?? process.env.UPR_DATABASE_URL ?? DEFAULT_DATABASE;
}

export async function openRegistry(url: string, options: OpenOptions = {}): Promise<Database> {
  const database = await openDatabase(url, options);
  try {
    await migrateToLatest(database.db, database.schema);
    await seedReferenceData(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
