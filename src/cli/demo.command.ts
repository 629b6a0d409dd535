/** `upr demo load`: fills the registry with the real sample corpora, so a newcomer sees real data at once. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { seedImplementationPlan } from '../modules/implementation/implementation.fixtures.ts';
import { type ImportReport, ImportService } from '../modules/imports/import.service.ts';
import { CliError, parseInteger, withRegistry } from './context.ts';
import { COALITION_NAME_RU, seedEvent, serviceClient } from './demo-event.ts';

/** `../shared/data/upr` beside the repository. */
export const DEFAULT_DEMO_DIR = resolve(fileURLToPath(new URL('../../../shared/data/upr', import.meta.url)));

/**
 * The demo files under a data folder, in import order: the UN documents first (Kazakhstan's Working Group
 * reports, Slovenia's thematic lists), then the UPR Info export, whose rows for those reviews (Kazakhstan
 * sessions 7 and 20, Slovenia session 20) are merged into the documents' paragraphs instead of added beside them.
 */
export function demoFiles(dir: string): string[] {
  const reports = join(dir, 'uprs-terman', 'v1-wg-report-texts');
  const matrices = join(dir, 'slovenia-tracker', 'original-docx');
  const uprInfo = join(dir, 'uprs-terman', 'v2-upr-info-csvs');
  const documents = [
    ...['kazakhstan2010.txt', 'kazakhstan2014.txt'].map((name) => join(reports, name)),
    ...(existsSync(matrices)
      ? readdirSync(matrices)
          .filter((name) => name.endsWith('.docx'))
          .sort()
          .map((name) => join(matrices, name))
      : []),
  ].filter((file) => existsSync(file));
  const rows = existsSync(uprInfo)
    ? readdirSync(uprInfo)
        .filter((name) => /^\d+-\d+\.csv$/.test(name))
        .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
        .map((name) => join(uprInfo, name))
    : [];
  return [...documents, ...rows];
}

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('sample data for trying UPR Tracker');
  demo
    .command('load')
    .description(
      'import the real sample corpora (Kazakhstan’s Working Group reports, Slovenia’s OHCHR thematic lists, ' +
        'the UPR Info export of cycles 1-2)',
    )
    .option('--from <dir>', 'the data folder', DEFAULT_DEMO_DIR)
    .action(async (flags: { from: string }) => {
      const files = demoFiles(flags.from);
      if (files.length === 0)
        throw new CliError(
          `no sample data under ${flags.from} (expected uprs-terman/v2-upr-info-csvs/*.csv, ` +
            'uprs-terman/v1-wg-report-texts/*.txt or slovenia-tracker/original-docx/*.docx)',
        );
      await withRegistry(program.opts().db, async ({ db }) => {
        const service = new ImportService(db);
        for (const file of files) {
          const report = await service.importFile(file, { importedBy: 'demo' });
          if (!report.ok) throw new CliError(`${file}: ${report.error}`);
          process.stdout.write(`${summary(report)}\n`);
        }
      });
    });
  demo
    .command('seed-event')
    .description(
      'create the seed’s scenario: the coalition’s eight reports and the consultation of 7 November 2024',
    )
    .action(async () => {
      await withRegistry(program.opts().db, async ({ db }) => {
        const found = await db
          .selectFrom('organizations')
          .select('id')
          .where('name_ru', '=', COALITION_NAME_RU)
          .executeTakeFirst();
        if (found)
          throw new CliError(
            `the seed event is there already (organization ${found.id}, ${COALITION_NAME_RU})`,
          );
        const seeded = await seedEvent(serviceClient(db, { userId: null, label: 'cli:demo seed-event' }));
        process.stdout.write(
          `coalition ${seeded.coalitionId}: 8 alternative reports; ${seeded.recommendationIds.length} recommendations; consultation ${seeded.consultationId} of 7 November 2024\n`,
        );
      });
    });
  demo
    .command('seed-plan')
    .description(
      'build a realistic implementation plan on a review’s recommendations: clusters by theme, measures of ' +
        'Kazakh agencies, indicators with schedules, progress reports in every status, civil-society assessments',
    )
    .option('--state <iso3>', 'the state under review', 'KAZ')
    .option('--cycle <n>', 'the cycle (default: the latest with recommendations)', parseInteger('--cycle'))
    .option(
      '--measures <n>',
      'how many measures (default: 60 % of the recommendations)',
      parseInteger('--measures'),
    )
    .option(
      '--reports <n>',
      'how many progress reports (default: one per past due date, but the latest of some)',
      parseInteger('--reports'),
    )
    .action(async (flags: { state: string; cycle?: number; measures?: number; reports?: number }) => {
      const state = flags.state.toUpperCase();
      await withRegistry(program.opts().db, async ({ db }) => {
        const latest = await db
          .selectFrom('recommendations')
          .select(['cycle', (eb) => eb.fn.countAll<number>().as('count')])
          .where('state_under_review', '=', state)
          .where('archived', '=', 0)
          .where('cycle', 'is not', null)
          .groupBy('cycle')
          .orderBy('cycle', 'desc')
          .execute();
        const cycle = flags.cycle ?? latest[0]?.cycle;
        const count = Number(latest.find((r) => r.cycle === cycle)?.count ?? 0);
        if (cycle == null || count === 0)
          throw new CliError(
            `no recommendations of ${state}${cycle != null ? ` in cycle ${cycle}` : ''}: run \`upr demo load\` first` +
              (latest.length
                ? ` (cycles with recommendations: ${latest.map((r) => r.cycle).join(', ')})`
                : ''),
          );
        const seeded = await db
          .selectFrom('audit_log')
          .select('at')
          .where('entity_type', '=', 'implementation_plan')
          .where('entity_id', '=', `${state}-${cycle}`)
          .executeTakeFirst();
        if (seeded)
          throw new CliError(`${state} cycle ${cycle} has a demo plan already (seeded ${seeded.at})`);
        const measures = flags.measures ?? Math.max(1, Math.round(count * 0.6));
        const plan = await seedImplementationPlan(db, {
          state,
          cycle,
          measures,
          ...(flags.reports !== undefined ? { progressReports: flags.reports } : {}),
        });
        process.stdout.write(
          `${state} cycle ${cycle}: ${plan.recommendationIds.length} recommendations, ${plan.clusterIds.length} clusters, ` +
            `${plan.measureIds.length} measures of ${plan.agencyIds.length} agencies, ${plan.indicatorIds.length} indicators, ` +
            `${plan.progressReportIds.length} progress reports, ${plan.assessmentIds.length} civil-society assessments, ` +
            `${plan.overrides} status overrides\n`,
        );
      });
    });
}

/** One line per file, and one per review whose paragraphs received UPR Info rows. */
function summary(report: ImportReport): string {
  const lines = [
    `${report.file} (${report.format}): added ${report.added}, updated ${report.updated}, unchanged ${report.unchanged}` +
      `${report.repeated.length ? `, ${report.repeated.length} repeated rows` : ''}`,
  ];
  const matching = report.matching;
  for (const review of matching?.reviews ?? []) {
    lines.push(
      `  merged ${review.pairedRows} of ${review.rows} rows into ${review.records} of ${review.paragraphs} paragraphs of ${review.review}`,
    );
  }
  if (matching) {
    const { joint, unpaired, withoutRow } = matching;
    lines.push(
      `  ${count(joint.length, 'joint recommendation')} (one paragraph, a row per state), ` +
        `${count(unpaired.length, 'row')} paired with no paragraph, ${count(withoutRow.length, 'paragraph')} with no row` +
        ' (`upr import --dry-run <file>` lists them)',
    );
  }
  for (const d of report.disagreements.slice(0, 5)) {
    lines.push(
      `  ${d.paragraph ?? d.key} ${d.field}: registry ${d.existing}, file ${d.incoming}; kept the ${d.kept === 'existing' ? 'registry' : 'file'}'s`,
    );
  }
  if (report.disagreements.length > 5)
    lines.push(`  ... and ${report.disagreements.length - 5} more disagreements`);
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
