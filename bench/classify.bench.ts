/**
 * `npm run bench:classify`: the auto-tagging model on the UPR Info corpus (`../shared/data/upr`), imported
 * into a temporary SQLite database, trained on sessions 1-16 and tested on sessions 17-20. Prints the figures
 * of `upr classify eval --json` (issues micro-/macro-F1 and exact match, action category accuracy and
 * macro-F1, microseconds per recommendation, model bytes) with the training time. Never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRegistry } from '../src/db/registry.ts';
import { ClassifyService } from '../src/modules/classify/classify.service.ts';
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
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
}
