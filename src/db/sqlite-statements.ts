/**
 * better-sqlite3 compiles a statement on every `prepare`; Kysely prepares each query it runs. Keeping the
 * compiled statements of the most recent SQL texts halves the cost of a small query (an API list page makes
 * five). A statement still being iterated is never handed out twice.
 *
 * @example new SqliteDialect({ database: withStatementCache(new SQLite(file)) })
 */
import type { Database, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const CAPACITY = 500;

export function withStatementCache(sqlite: Database): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Map order is insertion order: re-insert to keep the most recently used last.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
