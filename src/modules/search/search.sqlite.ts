/**
 * The SQL functions SQLite's search triggers call (migration 0003): they must be registered on every
 * connection that writes recommendations, states or terms; `openDatabase` does it.
 *
 * @example
 *   registerSearchFunctions(new SQLite('upr.sqlite'));
 */
import type { Database } from 'better-sqlite3';
import { indexTokens } from './search.text.ts';

export function registerSearchFunctions(sqlite: Database): void {
  const options = { deterministic: true, varargs: false } as const;
  sqlite.function('upr_search_stemmed', options, (text: unknown, lang: unknown) =>
    typeof text === 'string' ? indexTokens(text, String(lang ?? '')).stemmed : '',
  );
  sqlite.function('upr_search_plain', options, (text: unknown, lang: unknown) =>
    typeof text === 'string' ? indexTokens(text, String(lang ?? '')).plain : '',
  );
}
