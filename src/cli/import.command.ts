/** `upr import <file...>`: imports files into the registry, with a progress bar and a report. */

import { Bar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { IMPORT_FORMATS } from '../imports/sources.ts';
import { type ImportReport, ImportService } from '../modules/imports/import.service.ts';
import { CliError, parseInteger, printJson, withRegistry } from './context.ts';

interface ImportFlags {
  format: string;
  state?: string;
  cycle?: number;
  session?: number;
  map?: string[];
  encoding?: 'utf-8' | 'macintosh';
  dryRun?: boolean;
  skipInvalid?: boolean;
  json?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import recommendations from files (UPR Info CSV, the UPR Tracker CSV/XLSX/JSON template)')
    .argument('<files...>', 'files to import')
    .option('--format <format>', `auto or one of: ${IMPORT_FORMATS.join(', ')}`, 'auto')
    .option('--state <ISO3>', 'state under review, where the file does not say')
    .option('--cycle <n>', 'UPR cycle, where the file does not say', parseInteger('--cycle'))
    .option('--session <n>', 'Working Group session, where the file does not say', parseInteger('--session'))
    .option('--map <column=Header...>', 'map template columns to other headers (e.g. text=Recommendation)')
    .option('--encoding <encoding>', 'utf-8 or macintosh (detected when not given)')
    .option('--dry-run', 'show what would change, write nothing')
    .option('--skip-invalid', 'import the valid rows and leave out the invalid ones')
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], flags: ImportFlags) => {
      if (flags.format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new CliError(`--format ${flags.format}: use auto or one of ${IMPORT_FORMATS.join(', ')}`);
      }
      const db = program.opts().db as string | undefined;
      const reports = await withRegistry(db, async ({ db: kysely }) => {
        const service = new ImportService(kysely);
        const results: ImportReport[] = [];
        for (const file of files) {
          const bar = progressBar(flags.json);
          const report = await service.importFile(file, {
            format: flags.format as (typeof IMPORT_FORMATS)[number] | 'auto',
            ...(flags.state ? { state: flags.state } : {}),
            ...(flags.cycle !== undefined ? { cycle: flags.cycle } : {}),
            ...(flags.session !== undefined ? { session: flags.session } : {}),
            ...(flags.map ? { map: flags.map } : {}),
            ...(flags.encoding ? { encoding: flags.encoding } : {}),
            dryRun: Boolean(flags.dryRun),
            skipInvalid: Boolean(flags.skipInvalid),
            onProgress: (done, total) => bar?.update(done, total),
          });
          bar?.finish();
          results.push(report);
          if (!flags.json) printReport(report);
          if (!report.ok) break;
        }
        return results;
      });
      if (flags.json) printJson(reports.length === 1 ? reports[0] : reports);
      const failed = reports.find((r) => !r.ok);
      if (failed) throw new CliError(`${failed.file}: ${failed.error}`);
    });
}

function progressBar(quiet?: boolean) {
  if (quiet || !process.stderr.isTTY) return undefined;
  const bar = new Bar(
    { format: 'importing [{bar}] {percentage}% | {value}/{total} bytes', stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(Math.min(done, total));
    },
    finish() {
      if (started) bar.stop();
    },
  };
}

const MAX_LISTED = 20;

function printReport(report: ImportReport): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const verb = report.dryRun ? 'would import' : report.ok ? 'imported' : 'refused';
  out(`${report.file} (${report.format}): ${verb}`);
  out(
    `  rows read ${report.rowsRead}; added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}` +
      `, invalid ${report.skipped}, repeated ${report.repeated.length} (${report.seconds.toFixed(1)} s)`,
  );
  for (const r of report.repeated.slice(0, MAX_LISTED))
    out(`  row ${r.row} repeats row ${r.sameAsRow} (${r.key})`);
  if (report.repeated.length > MAX_LISTED)
    out(`  ... and ${report.repeated.length - MAX_LISTED} more repeated rows`);
  for (const t of report.createdTerms.slice(0, MAX_LISTED)) out(`  new ${t.taxonomy} term: ${t.label}`);
  for (const note of report.notes) out(`  note: ${note}`);
  for (const p of report.problems.slice(0, MAX_LISTED)) {
    out(
      `  ${p.file ?? report.file}: row ${p.row ?? '?'}${p.column ? `, column ${p.column}` : ''}: ${p.message}`,
    );
  }
  if (report.problems.length > MAX_LISTED)
    out(`  ... and ${report.problems.length - MAX_LISTED} more problems`);
  if (report.dryRun) out('  dry run: nothing was written');
}
