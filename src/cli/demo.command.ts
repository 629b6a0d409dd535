/** `upr demo load`: fills the registry with the real sample corpora, so a newcomer sees real data at once. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ImportService } from '../modules/imports/import.service.ts';
import { CliError, withRegistry } from './context.ts';

/** `../shared/data/upr` beside the repository. */
export const DEFAULT_DEMO_DIR = resolve(fileURLToPath(new URL('../../../shared/data/upr', import.meta.url)));

/** The demo files under a data folder, in import order. */
export function demoFiles(dir: string): string[] {
  const uprInfo = join(dir, 'uprs-terman', 'v2-upr-info-csvs');
  if (!existsSync(uprInfo)) return [];
  return readdirSync(uprInfo)
    .filter((name) => /^\d+-\d+\.csv$/.test(name))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((name) => join(uprInfo, name));
}

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('sample data for trying UPR Tracker');
  demo
    .command('load')
    .description('import the real sample corpora (UPR Info export, cycles 1-2)')
    .option('--from <dir>', 'the data folder', DEFAULT_DEMO_DIR)
    .action(async (flags: { from: string }) => {
      const files = demoFiles(flags.from);
      if (files.length === 0)
        throw new CliError(
          `no sample data under ${flags.from} (expected uprs-terman/v2-upr-info-csvs/*.csv)`,
        );
      await withRegistry(program.opts().db, async ({ db }) => {
        const service = new ImportService(db);
        for (const file of files) {
          const report = await service.importFile(file, { importedBy: 'demo' });
          if (!report.ok) throw new CliError(`${file}: ${report.error}`);
          process.stdout.write(
            `${file}: added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}` +
              `${report.repeated.length ? `, ${report.repeated.length} repeated rows` : ''}\n`,
          );
        }
      });
    });
}
