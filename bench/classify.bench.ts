/**
 * `npm run bench:classify`: the auto-tagging model on the UPR Info corpus (`../shared/data/upr`), imported
 * into a temporary SQLite database, trained on sessions 1-16 and tested on sessions 17-20. Prints the figures
 * of `upr classify eval --json` (issues micro-/macro-F1 and exact match, action category accuracy and
 * macro-F1, microseconds per recommendation, model bytes) with the training time. Then trains on every
 * session as a coordinator does from the web (`TrainingJobs`, a worker thread, suggestions after) and prints
 * how long it took and how late the event loop ran meanwhile (what other requests would wait). Never
 * asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openRegistry } from '../src/db/registry.ts';
import { TrainingJobs } from '../src/modules/classify/classify.jobs.ts';
import { ClassifyService } from '../src/modules/classify/classify.service.ts';
import { trainInWorker } from '../src/modules/classify/classify.trainer.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'upr', 'uprs-terman', 'v2-upr-info-csvs');
const FILES = ['1-5', '6-9', '10-13', '14-17', '17-20'].map((f) => join(DATA, `${f}.csv`));

const scratch = mkdtempSync(join(tmpdir(), 'upr-classify-'));
const database = await openRegistry(join(scratch, 'bench.sqlite'));
try {
  const imported = performance.now();
  for (const file of FILES) {
    const report = await new ImportService(database.db).importFile(file);
    if (!report.ok) throw new Error(`${file}: ${report.error}`);
  }
  process.stderr.write(
    `imported the UPR Info corpus in ${((performance.now() - imported) / 1000).toFixed(1)} s\n`,
  );
  const result = await new ClassifyService(database.db).evaluate(
    { userId: null, label: 'bench:classify' },
    { train: { from: 1, to: 16 }, test: { from: 17, to: 20 } },
  );
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const figures = {
    issues: {
      microF1: round(result.issues.microF1),
      macroF1: round(result.issues.macroF1),
      exactMatch: round(result.issues.exactMatch),
    },
    action: { accuracy: round(result.action.accuracy), macroF1: round(result.action.macroF1) },
    usPerRecommendation: Math.round(result.usPerRecommendation),
    modelBytes: result.modelBytes,
    trainingSeconds: Math.round(result.trainingSeconds * 10) / 10,
    recommendations: result.examples,
    fromTheWeb: await fromTheWeb(),
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
}

/** A training of every session with suggestions, as started from the web, and the event loop's delay. */
async function fromTheWeb() {
  const jobs = new TrainingJobs(new ClassifyService(database.db, trainInWorker));
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  jobs.start({ userId: null, label: 'bench:classify' }, { suggest: true });
  await jobs.settled();
  delay.disable();
  const job = jobs.latest;
  if (job?.phase !== 'done') throw new Error(`the training from the web failed: ${job?.error}`);
  // The histogram counts from one 10 ms sample to the next: the lag is what exceeds those 10 ms.
  const ms = (ns: number) => Math.max(0, Math.round((ns - 10e6) / 1e5) / 10);
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    examples: job.result?.examples,
    suggested: job.result?.suggested,
    eventLoopLagMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
  };
}
