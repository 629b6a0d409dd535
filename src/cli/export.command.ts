/** `upr export`: writes a filtered list in the import template (CSV, XLSX, JSON). */
import type { Command } from 'commander';
import type { Position } from '../db/schema.ts';
import { EXPORT_FORMATS, type ExportFormat, ExportService } from '../modules/exports/export.service.ts';
import { POSITIONS } from '../modules/stats/stats.service.ts';
import { CliError, parseInteger, withRegistry } from './context.ts';

export function parsePositions(value?: string): Position[] | undefined {
  if (!value) return undefined;
  const positions = value.split(',').map((p) => p.trim());
  const wrong = positions.filter((p) => !(POSITIONS as string[]).includes(p));
  if (wrong.length) throw new CliError(`--position ${wrong.join(',')}: use ${POSITIONS.join(', ')}`);
  return positions as Position[];
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export recommendations (the import template: CSV, XLSX or JSON)')
    .option('--format <format>', EXPORT_FORMATS.join(', '), 'csv')
    .option('--state <ISO3>', 'state under review')
    .option('--cycle <n>', 'UPR cycle', parseInteger('--cycle'))
    .option('--session <n>', 'Working Group session', parseInteger('--session'))
    .option('--position <positions>', `comma-separated: ${POSITIONS.join(', ')}`)
    .option('--out <file>', 'file to write (standard output when not given)')
    .action(
      async (flags: {
        format: string;
        state?: string;
        cycle?: number;
        session?: number;
        position?: string;
        out?: string;
      }) => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
          throw new CliError(`--format ${flags.format}: use ${EXPORT_FORMATS.join(', ')}`);
        }
        if (flags.format === 'xlsx' && !flags.out && process.stdout.isTTY) {
          throw new CliError('--format xlsx writes a binary file: give --out FILE');
        }
        const positions = parsePositions(flags.position);
        const filter = {
          ...(flags.state ? { state: flags.state.toUpperCase() } : {}),
          ...(flags.cycle !== undefined ? { cycle: flags.cycle } : {}),
          ...(flags.session !== undefined ? { session: flags.session } : {}),
          ...(positions ? { position: positions } : {}),
        };
        await withRegistry(program.opts().db, async ({ db }) => {
          const service = new ExportService(db);
          const format = flags.format as ExportFormat;
          if (flags.out) {
            const count = await service.writeFile(format, filter, flags.out);
            process.stderr.write(`wrote ${count} recommendations to ${flags.out}\n`);
          } else {
            await service.write(format, filter, process.stdout);
          }
        });
      },
    );
}
