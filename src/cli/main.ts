/** The `upr` command line: one file per command group. */
import { Command, CommanderError } from 'commander';
import { registerAudit } from './audit.command.ts';
import { registerClassify } from './classify.command.ts';
import { CliError } from './context.ts';
import { registerDb } from './db.command.ts';
import { registerDemo } from './demo.command.ts';
import { registerExport } from './export.command.ts';
import { registerImport } from './import.command.ts';
import { registerJobs } from './jobs.command.ts';
import { registerReport } from './report.command.ts';
import { registerServe } from './serve.command.ts';
import { registerSimilar } from './similar.command.ts';
import { registerStats } from './stats.command.ts';
import { registerUsers } from './users.command.ts';

const program = new Command('upr')
  .description('UPR Tracker: follow up UN human-rights recommendations')
  .option(
    '--db <url>',
    'database: a SQLite file path or a postgres:// URL (default: $UPR_DATABASE_URL or ./data/upr.sqlite)',
  )
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

registerImport(program);
registerExport(program);
registerStats(program);
registerDb(program);
registerDemo(program);
registerServe(program);
registerSimilar(program);
registerUsers(program);
registerAudit(program);
registerJobs(program);
registerReport(program);
registerClassify(program);

// `upr stats | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError) {
    process.stderr.write(`upr: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`upr: ${message.split('\n')[0]}\n`);
    if (process.env.UPR_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
