/** `upr jobs run [--now ISO]`: runs the due reminder jobs once and delivers the outbox (for operators, tests). */
import type { Command } from 'commander';
import { Scheduler } from '../modules/notifications/scheduler.ts';
import { CliError, printJson, withRegistry } from './context.ts';

export function registerJobs(program: Command): void {
  const jobs = program.command('jobs').description('scheduled reminders and digests');
  jobs
    .command('run')
    .description('run the jobs due now (reminders, coordinators’ digest), then send queued mail; never twice')
    .option('--now <ISO>', 'act as if it were this time (ISO 8601), e.g. 2025-03-10T08:00:00Z')
    .option('--json', 'print JSON')
    .action(async (flags: { now?: string; json?: boolean }) => {
      const now = flags.now ? new Date(flags.now) : new Date();
      if (Number.isNaN(now.getTime()))
        throw new CliError(`--now must be an ISO 8601 time, not "${flags.now}"`);
      const result = await withRegistry(program.opts().db, ({ db }) =>
        new Scheduler(db, {
          clock: () => now,
          ...(process.env.UPR_PUBLIC_URL ? { baseUrl: process.env.UPR_PUBLIC_URL } : {}),
        }).tick(),
      );
      if (flags.json) return printJson(result);
      for (const r of result.ran) process.stdout.write(`${r.job} ${r.period}: ${r.queued} queued\n`);
      if (result.ran.length === 0) process.stdout.write('nothing due: every job has run for this period\n');
      process.stdout.write(`mail: ${result.sent} sent, ${result.failed} failed\n`);
    });
}
