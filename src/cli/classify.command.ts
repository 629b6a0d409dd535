/** `upr classify train|suggest|eval`: the auto-tagging model, trained on this machine from the registry. */
import { Bar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { HttpProblem } from '../http/problem.ts';
import {
  ClassifyService,
  type Progress,
  parseSessions,
  type SessionRange,
} from '../modules/classify/classify.service.ts';
import { CliError, parseInteger, printJson, withRegistry } from './context.ts';

const ACTOR = { userId: null, label: 'cli:classify' };

/** Service errors (bad input) as one-line CLI errors. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpProblem) throw new CliError(error.message);
    throw error;
  }
}

function sessions(flag: string) {
  return (value: string): SessionRange => {
    try {
      return parseSessions(value, flag);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
  };
}

/**
 * A progress bar on stderr when it is a terminal: labels fitted while training, recommendations
 * while suggesting.
 */
function progress(): { update: Progress; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  let bar: Bar | undefined;
  let phase = '';
  return {
    update(current, done, total) {
      if (phase !== current) {
        bar?.stop();
        phase = current;
        bar = new Bar(
          {
            format: `${current === 'train' ? 'training  ' : 'suggesting'} [{bar}] {value}/{total}`,
            stream: process.stderr,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

export function registerClassify(program: Command): void {
  const classify = program
    .command('classify')
    .description(
      'auto-tagging: UPR Info issues and action category suggested from the recommendations’ text',
    );
  classify
    .command('train')
    .description('train the model on the recommendations with imported issues and store it in the database')
    .option(
      '--train-sessions <range>',
      'train on these sessions only, e.g. 1-16',
      sessions('--train-sessions'),
    )
    .action(async (flags: { trainSessions?: SessionRange }) => {
      const bar = progress();
      const result = await withRegistry(program.opts().db, ({ db }) =>
        run(() =>
          new ClassifyService(db).train(ACTOR, {
            ...(flags.trainSessions ? { sessions: flags.trainSessions } : {}),
            onProgress: bar.update,
          }),
        ),
      ).finally(bar.stop);
      process.stdout.write(
        `model ${result.modelId}: ${result.examples} recommendations, ${result.trainingSeconds.toFixed(1)} s, ` +
          `${(result.modelBytes / 1024).toFixed(0)} KB, threshold ${result.threshold}\n`,
      );
    });
  classify
    .command('suggest')
    .description('write the latest model’s suggestions for recommendations without issues or action category')
    .option('--state <ISO3>', 'state under review')
    .option('--cycle <n>', 'UPR cycle', parseInteger('--cycle'))
    .action(async (flags: { state?: string; cycle?: number }) => {
      const bar = progress();
      const result = await withRegistry(program.opts().db, ({ db }) =>
        run(() =>
          new ClassifyService(db).suggest(ACTOR, {
            ...(flags.state ? { state: flags.state.toUpperCase() } : {}),
            ...(flags.cycle !== undefined ? { cycle: flags.cycle } : {}),
            onProgress: bar.update,
          }),
        ),
      ).finally(bar.stop);
      const themes = result.themes > 0 ? `, ${result.themes} OHCHR themes` : '';
      process.stdout.write(
        `model ${result.modelId}: ${result.issues} issues${themes} and ${result.actions} action categories ` +
          `suggested for ${result.recommendations} recommendations (to accept or reject on their pages)\n`,
      );
    });
  classify
    .command('eval')
    .description('train on some sessions, test on others, store the evaluation coordinators see')
    .requiredOption('--train-sessions <range>', 'e.g. 1-16', sessions('--train-sessions'))
    .requiredOption('--test-sessions <range>', 'e.g. 17-20', sessions('--test-sessions'))
    .option('--json', 'print the figures as JSON')
    .action(async (flags: { trainSessions: SessionRange; testSessions: SessionRange; json?: boolean }) => {
      const bar = progress();
      const result = await withRegistry(program.opts().db, ({ db }) =>
        run(() =>
          new ClassifyService(db).evaluate(ACTOR, {
            train: flags.trainSessions,
            test: flags.testSessions,
            onProgress: bar.update,
          }),
        ),
      ).finally(bar.stop);
      const figures = {
        issues: result.issues,
        action: result.action,
        ...(result.themes ? { themes: result.themes } : {}),
        usPerRecommendation: result.usPerRecommendation,
        modelBytes: result.modelBytes,
      };
      if (flags.json) return printJson(figures);
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`trained on ${result.examples.train}, tested on ${result.examples.test} recommendations`);
      out(
        `issues: micro-F1 ${pct(result.issues.microF1)}, macro-F1 ${pct(result.issues.macroF1)}, exact match ${pct(result.issues.exactMatch)}`,
      );
      out(`action category: accuracy ${pct(result.action.accuracy)}, macro-F1 ${pct(result.action.macroF1)}`);
      if (result.themes)
        out(
          `OHCHR themes: micro-F1 ${pct(result.themes.microF1)}, macro-F1 ${pct(result.themes.macroF1)}, exact match ${pct(result.themes.exactMatch)}`,
        );
      out(
        `${result.usPerRecommendation.toFixed(0)} µs per recommendation, model ${(result.modelBytes / 1024).toFixed(0)} KB, trained in ${result.trainingSeconds.toFixed(1)} s`,
      );
    });
}
