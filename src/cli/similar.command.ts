/** `upr db detect-languages` (texts' languages for databases imported before detection) and `upr similar build`. */
import { Bar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { LanguageService } from '../modules/languages/language.service.ts';
import { SimilarService } from '../modules/similar/similar.service.ts';
import { printJson, withRegistry } from './context.ts';

/** A progress bar on stderr when it is a terminal; nothing otherwise. */
export function countingBar(label: string, quiet?: boolean) {
  if (quiet || !process.stderr.isTTY)
    return { update: (_done: number, _total: number) => {}, finish: () => {} };
  const bar = new Bar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(Math.min(done, total));
    },
    finish() {
      if (started) bar.stop();
    },
  };
}

export function registerDetectLanguages(db: Command, program: Command): void {
  db.command('detect-languages')
    .description(
      "detect the language of every text that has none yet (recommendations' texts and translations)",
    )
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      await withRegistry(program.opts().db, async (database) => {
        const service = new LanguageService(database.db);
        const bar = countingBar('detecting', flags.json);
        const started = performance.now();
        const detected = await service.detectPending({ onProgress: bar.update });
        bar.finish();
        const seconds = (performance.now() - started) / 1000;
        const mismatches = await service.mismatches();
        if (flags.json) return printJson({ detected, seconds, mismatches });
        process.stdout.write(`${detected} texts detected in ${seconds.toFixed(1)} s\n`);
        for (const m of mismatches)
          process.stdout.write(`declared ${m.declared}, detected ${m.detected}: ${m.n} recommendations\n`);
      });
    });
}

export function registerSimilar(program: Command): void {
  const similar = program.command('similar').description('similar and repeated recommendations');
  similar
    .command('build')
    .description('recompute, for every recommendation, the ones its state received in earlier cycles')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      await withRegistry(program.opts().db, async (database) => {
        const bar = countingBar('states', flags.json);
        const result = await new SimilarService(database.db).rebuildRepeats({ onProgress: bar.update });
        bar.finish();
        if (flags.json) return printJson(result);
        process.stdout.write(
          `${result.links} repeated-recommendation links over ${result.states} states in ${result.seconds.toFixed(1)} s\n`,
        );
      });
    });
}
