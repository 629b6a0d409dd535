/** `upr import <file...>`: imports files into the registry, with a progress bar and a report. */

import { Bar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { FORMAT_DESCRIPTIONS, IMPORT_FORMATS } from '../imports/sources.ts';
import { PREFER_CHOICES, type Prefer } from '../modules/imports/import.merge.ts';
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
  prefer?: string;
  json?: boolean;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      `import recommendations from files, the format recognised from the content: ${IMPORT_FORMATS.map((f) => FORMAT_DESCRIPTIONS[f]).join('; ')}`,
    )
    .argument('<files...>', 'files to import')
    .option('--format <format>', `auto or one of: ${IMPORT_FORMATS.join(', ')}`, 'auto')
    .option('--state <ISO3>', 'state under review, where the file does not say')
    .option('--cycle <n>', 'UPR cycle, where the file does not say', parseInteger('--cycle'))
    .option('--session <n>', 'Working Group session, where the file does not say', parseInteger('--session'))
    .option('--map <column=Header...>', 'map template columns to other headers (e.g. text=Recommendation)')
    .option('--encoding <encoding>', 'utf-8 or macintosh (detected when not given)')
    .option('--dry-run', 'show what would change, write nothing')
    .option('--skip-invalid', 'import the valid rows and leave out the invalid ones')
    .option(
      '--prefer <side>',
      'existing or incoming: which side wins when the file and the registry disagree on a position, text or ' +
        "action category (default: a position given after the State's responses, by the thematic list, UHRI " +
        "or UPR Info, replaces the Working Group report's; otherwise the incoming position, the existing text)",
    )
    .option('--json', 'print the report as JSON')
    .action(async (files: string[], flags: ImportFlags) => {
      if (flags.format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new CliError(`--format ${flags.format}: use auto or one of ${IMPORT_FORMATS.join(', ')}`);
      }
      if (flags.prefer !== undefined && !(PREFER_CHOICES as readonly string[]).includes(flags.prefer)) {
        throw new CliError(`--prefer ${flags.prefer}: use ${PREFER_CHOICES.join(' or ')}`);
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
            ...(flags.prefer ? { prefer: flags.prefer as Prefer } : {}),
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

type Out = (line: string) => void;

/** Prints at most MAX_LISTED lines of a list, then how many more there are. */
function listed<T>(out: Out, items: T[], line: (item: T) => string, more: string): void {
  for (const item of items.slice(0, MAX_LISTED)) out(line(item));
  if (items.length > MAX_LISTED) out(`    ... and ${items.length - MAX_LISTED} more ${more}`);
}

export function printReport(
  report: ImportReport,
  out: Out = (line) => process.stdout.write(`${line}\n`),
): void {
  const verb = report.dryRun ? 'would import' : report.ok ? 'imported' : 'refused';
  out(`${report.file} (${report.format}): ${verb}`);
  if (report.error) out(`  error: ${report.error}`);
  if (report.error && report.rowsRead === 0) return;
  out(
    `  rows read ${report.rowsRead}; added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}` +
      `, invalid ${report.skipped}, repeated ${report.repeated.length} (${report.seconds.toFixed(1)} s)`,
  );
  listed(
    out,
    report.repeated,
    (r) => `  row ${r.row} repeats row ${r.sameAsRow} (${r.key})`,
    'repeated rows',
  );
  listed(out, report.createdTerms, (t) => `  new ${t.taxonomy} term: ${t.label}`, 'new terms');
  for (const note of report.notes) out(`  note: ${note}`);
  printMatching(report, out);
  if (report.disagreements.length) {
    out(`  disagreements with the registry (${report.disagreements.length}):`);
    listed(
      out,
      report.disagreements,
      (d) => {
        const [existing, incoming] = where(d.existing, d.incoming);
        return `    ${d.paragraph ?? d.key} ${d.field}: registry "${existing}", file row ${d.row} "${incoming}"; kept the ${d.kept === 'existing' ? 'registry' : 'file'}'s`;
      },
      'disagreements',
    );
  }
  listed(
    out,
    report.problems,
    (p) =>
      `  ${p.file ?? report.file}: row ${p.row ?? '?'}${p.column ? `, column ${p.column}` : ''}: ${p.message}`,
    'problems',
  );
  if (report.dryRun) out('  dry run: nothing was written');
}

function printMatching(report: ImportReport, out: Out): void {
  const m = report.matching;
  if (!m) return;
  for (const r of m.reviews) {
    out(
      `  merged into paragraphs of ${r.review}: ${r.pairedRows} of ${r.rows} rows into ${r.records} of ${r.paragraphs} paragraphs`,
    );
  }
  if (m.joint.length) {
    out(`  joint recommendations, one paragraph restated by a row per state (${m.joint.length}):`);
    listed(
      out,
      m.joint,
      (j) => `    ${j.paragraph} <- rows ${j.rows.join(', ')} (${j.states.join(', ')})`,
      'paragraphs',
    );
  }
  if (m.similar.length) {
    out(`  paired by similar, not equal, text (${m.similar.length}):`);
    listed(
      out,
      m.similar,
      (s) => `    row ${s.row} -> ${s.paragraph} (${Math.round(s.score * 100)}% of words shared)`,
      'rows',
    );
  }
  if (m.unpaired.length) {
    out(`  rows paired with no paragraph, imported as records of their own (${m.unpaired.length}):`);
    listed(out, m.unpaired, (u) => `    row ${u.row}${u.state ? ` (${u.state})` : ''}: ${u.reason}`, 'rows');
  }
  if (m.withoutRow.length) {
    out(`  paragraphs no row of the file restates (${m.withoutRow.length}):`);
    listed(out, m.withoutRow, (w) => `    ${w.review} ${w.paragraph} (${w.states.join(', ')})`, 'paragraphs');
  }
}

/** The two values around where they start to differ, so that a long text shows its difference. */
function where(a: string, b: string): [string, string] {
  if (a.length <= 60 && b.length <= 60) return [a, b];
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 25);
  const cut = (text: string) =>
    `${from > 0 ? '...' : ''}${text.slice(from, from + 60)}${text.length > from + 60 ? '...' : ''}`;
  return [cut(a), cut(b)];
}
