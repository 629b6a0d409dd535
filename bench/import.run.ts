/**
 * One import for `bench:import`, in a process of its own: `import.run.ts <db> <schema or ''> <file...>`.
 * Prints `{ value: { added, rows }, seconds, peakMb }` as JSON; peak memory is this process's resident set,
 * sampled every 20 ms.
 */
import { openRegistry } from '../src/db/registry.ts';
import { ImportService } from '../src/modules/imports/import.service.ts';

const [target, schema, ...files] = process.argv.slice(2);
if (!target || files.length === 0) throw new Error('usage: import.run.ts <db> <schema or ""> <file...>');
const database = await openRegistry(target, schema ? { schema } : {});
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
let added = 0;
let rows = 0;
for (const file of files) {
  const report = await new ImportService(database.db).importFile(file);
  if (!report.ok) throw new Error(`${file}: ${report.error}`);
  added += report.added;
  rows += report.rowsRead;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
await database.close();
process.stdout.write(JSON.stringify({ value: { added, rows }, seconds, peakMb: peak / 1024 / 1024 }));
