/** `upr db migrate` and `upr db info`. */
import type { Command } from 'commander';
import { sql } from 'kysely';
import { migrationStatus } from '../db/migrate.ts';
import { printJson, withRegistry } from './context.ts';
import { registerDetectLanguages } from './similar.command.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('the database: migrate, info, detect-languages');
  registerDetectLanguages(db, program);
  db.command('migrate')
    .description('bring the schema up to date and seed the reference data')
    .action(async () => {
      await withRegistry(program.opts().db, async (database) => {
        const status = await migrationStatus(database.db, database.schema);
        process.stdout.write(
          `${database.location}: ${status.length} migrations applied, reference data seeded\n`,
        );
      });
    });
  db.command('info')
    .description('where the database is and what it holds')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      await withRegistry(program.opts().db, async (database) => {
        const count = async (
          table: 'recommendations' | 'states' | 'terms' | 'import_batches' | 'taxonomies',
        ) =>
          Number(
            (
              await database.db
                .selectFrom(table)
                .select(sql<number>`count(*)`.as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const info = {
          dialect: database.dialect,
          location: database.location,
          migrations: (await migrationStatus(database.db, database.schema)).map((m) => m.name),
          recommendations: await count('recommendations'),
          states: await count('states'),
          taxonomies: await count('taxonomies'),
          terms: await count('terms'),
          importBatches: await count('import_batches'),
        };
        if (flags.json) return printJson(info);
        for (const [key, value] of Object.entries(info)) {
          process.stdout.write(`${key}: ${Array.isArray(value) ? value.join(', ') : value}\n`);
        }
      });
    });
}
