/**
 * Opens the database named by a URL: a file path (SQLite, the embedded default) or a
 * `postgres://` URL. The dialect is chosen here, once; everything above talks to one `Kysely<DB>`.
 *
 * @example
 *   const database = await openDatabase('./data/upr.sqlite');
 *   await database.db.selectFrom('states').selectAll().execute();
 *   await database.close();
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { registerSearchFunctions } from '../modules/search/search.sqlite.ts';
import type { DB } from './schema.ts';
import { withStatementCache } from './sqlite-statements.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** Where the data lives, without a password: a file path or a URL. */
  location: string;
  /** PostgreSQL schema in use when not the default. */
  schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: a schema to create and use instead of `public` (tests use one each). */
  schema?: string;
}

export const DEFAULT_DATABASE = './data/upr.sqlite';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

// PostgreSQL returns bigint (COUNT) and numeric as strings by default; the registry's counts fit in a double.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));

export async function openDatabase(
  url: string = DEFAULT_DATABASE,
  options: OpenOptions = {},
): Promise<Database> {
  if (isPostgresUrl(url)) return openPostgres(url, options);
  return openSqlite(url);
}

function openSqlite(path: string): Database {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  registerSearchFunctions(sqlite);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`invalid schema name: ${schema}`);
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const location = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') + (schema ? ` (schema ${schema})` : '');
  return { db, dialect: 'postgres', location, ...(schema ? { schema } : {}), close: () => db.destroy() };
}

/** Drops a schema made by `openDatabase(url, { schema })`; tests call it when they finish. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await admin.end();
  }
}
