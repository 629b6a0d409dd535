/** `upr serve`: builds the web app when stale, migrates, seeds, and serves the API and the web app. */
import type { Command } from 'commander';
import { databaseUrl, openRegistry } from '../db/registry.ts';
import { buildApp } from '../http/app.ts';
import { ensureWebBuild } from '../http/static.ts';
import { printSetupPasswordIfNoAdmin } from '../modules/auth/setup.ts';
import { Scheduler } from '../modules/notifications/scheduler.ts';
import { parseInteger } from './context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the server')
    .option('--port <n>', 'port to listen on', parseInteger('--port'), Number(process.env.PORT ?? 3000))
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .action(async (flags: { port: number; host: string }) => {
      await ensureWebBuild((line) => process.stdout.write(line));
      const schema = process.env.UPR_DATABASE_SCHEMA;
      const database = await openRegistry(databaseUrl(program.opts().db), schema ? { schema } : {});
      await printSetupPasswordIfNoAdmin(database.db);
      const app = await buildApp({ database });
      // Reminders and digests run inside the server; UPR_JOBS=off leaves them to `upr jobs run`.
      const scheduler =
        process.env.UPR_JOBS === 'off'
          ? null
          : new Scheduler(database.db, {
              ...(process.env.UPR_PUBLIC_URL ? { baseUrl: process.env.UPR_PUBLIC_URL } : {}),
              log: (line) => process.stdout.write(`${line}\n`),
            });
      const close = async () => {
        await scheduler?.stop();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      const address = await app.listen({ port: flags.port, host: flags.host });
      process.stdout.write(`UPR Tracker on ${address} (database: ${database.location})\n`);
      scheduler?.start();
    });
}
