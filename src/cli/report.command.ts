/** `upr report`: a review's mid-term report or national-report annex as DOCX, PDF or XLSX, written whole. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { HttpProblem } from '../http/problem.ts';
import { LANGUAGES, type Language } from '../i18n/index.ts';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportFormat,
  type ReportKind,
} from '../modules/reports/report.model.ts';
import { ReportService } from '../modules/reports/report.service.ts';
import { CliError, parseInteger, withRegistry } from './context.ts';

function oneOf<T extends string>(name: string, values: readonly T[]) {
  return (value: string): T => {
    if (!values.includes(value as T))
      throw new CliError(`${name} must be one of ${values.join(', ')}, not "${value}"`);
    return value as T;
  };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('generate a review report: the mid-term report or the annex to the national report')
    .requiredOption('--state <ISO3>', 'state under review, e.g. KAZ')
    .requiredOption('--cycle <n>', 'UPR cycle', parseInteger('--cycle'))
    .option('--kind <kind>', `report: ${REPORT_KINDS.join(' | ')}`, oneOf('--kind', REPORT_KINDS), 'midterm')
    .option(
      '--format <format>',
      `file format: ${REPORT_FORMATS.join(' | ')}`,
      oneOf('--format', REPORT_FORMATS),
      'docx',
    )
    .option('--lang <lang>', `language: ${LANGUAGES.join(' | ')}`, oneOf('--lang', LANGUAGES), 'ru')
    .requiredOption('--out <file>', 'where to write the file')
    .action(
      async (flags: {
        state: string;
        cycle: number;
        kind: ReportKind;
        format: ReportFormat;
        lang: Language;
        out: string;
      }) => {
        const out = resolve(flags.out);
        const dir = dirname(out);
        if (!existsSync(dir) || !statSync(dir).isDirectory())
          throw new CliError(`cannot write ${flags.out}: the folder ${dir} does not exist`);
        if (existsSync(out) && statSync(out).isDirectory())
          throw new CliError(`cannot write ${flags.out}: it is a folder`);
        const started = performance.now();
        const file = await withRegistry(program.opts().db, ({ db }) =>
          new ReportService(db).generate({
            state: flags.state,
            cycle: flags.cycle,
            kind: flags.kind,
            format: flags.format,
            lang: flags.lang,
          }),
        ).catch((error: unknown) => {
          if (error instanceof HttpProblem) throw new CliError(error.message);
          throw error;
        });
        // Written beside the target, then renamed: a reader never sees half a file.
        const temp = `${out}.${process.pid}.tmp`;
        try {
          writeFileSync(temp, file.content);
          renameSync(temp, out);
        } catch (error) {
          rmSync(temp, { force: true });
          throw new CliError(
            `cannot write ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          );
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `${out}: ${flags.kind} report, ${flags.format}, ${flags.lang}, ${file.content.length} bytes in ${seconds} s\n`,
        );
      },
    );
}
