/** What every CLI command shares: the database from `--db`, and errors as one line on stderr. */
import type { Database } from '../db/database.ts';
import { databaseUrl, openRegistry } from '../db/registry.ts';

/** An error meant for the user: printed as one line, exit code 1 (or the given one). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export async function withRegistry<T>(
  dbFlag: string | undefined,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const schema = process.env.UPR_DATABASE_SCHEMA;
  const database = await openRegistry(databaseUrl(dbFlag), schema ? { schema } : {});
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export function parseInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new CliError(`${name} must be a whole number, not "${value}"`);
    return Number(value);
  };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
