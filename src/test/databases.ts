/**
 * Real databases for tests: SQLite always, PostgreSQL whenever `UPR_TEST_DATABASE_URL` is set (CI sets it).
 * Each test database is private: a fresh SQLite file, or a fresh PostgreSQL schema dropped afterwards.
 *
 * @example
 *   describe.each(testDialects())('%s', (dialect) => {
 *     let database: TestDatabase;
 *     beforeAll(async () => { database = await openTestDatabase(dialect); });
 *     afterAll(() => database.cleanup());
 *   });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DialectName, dropPostgresSchema } from '../db/database.ts';
import { openRegistry } from '../db/registry.ts';

export const TEST_POSTGRES_URL = process.env.UPR_TEST_DATABASE_URL;

export function testDialects(): DialectName[] {
  return TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase extends Database {
  /** What `--db` would take to reach this database from the CLI. */
  url: string;
  /** Extra environment for a child process (the PostgreSQL schema). */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

let counter = 0;

export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'upr-test-'));
    const url = join(dir, 'upr.sqlite');
    const database = await openRegistry(url);
    return {
      ...database,
      url,
      env: {},
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!TEST_POSTGRES_URL) throw new Error('UPR_TEST_DATABASE_URL is not set');
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const database = await openRegistry(TEST_POSTGRES_URL, { schema });
  return {
    ...database,
    url: TEST_POSTGRES_URL,
    env: { UPR_DATABASE_SCHEMA: schema },
    cleanup: async () => {
      await database.close();
      await dropPostgresSchema(TEST_POSTGRES_URL, schema);
    },
  };
}

/** Path of a file in the shared data folder beside the repository. */
export function sharedData(...parts: string[]): string {
  return join(process.cwd(), '..', 'shared', 'data', ...parts);
}
