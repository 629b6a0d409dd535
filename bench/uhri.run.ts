/**
 * The UHRI stream for `bench:import`, in a process of its own: `uhri.run.ts <file>`. Prints
 * `{ value, seconds, peakMb }` as JSON: recommendations read, time, peak resident memory.
 */
import { createReadStream } from 'node:fs';
import { parseUhriJson } from '../src/imports/parsers/uhri-json.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: uhri.run.ts <file>');
let peak = process.memoryUsage().rss;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
let value = 0;
for await (const item of parseUhriJson(createReadStream(file), { fileName: 'uhri.json', include: 'all' })) {
  if (item.kind === 'recommendation') value++;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
process.stdout.write(
  JSON.stringify({ value, seconds, peakMb: Math.max(peak, process.memoryUsage().rss) / 1024 / 1024 }),
);
