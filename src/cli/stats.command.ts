/** `upr stats`: counts by cycle, position, recommending state and term. */
import type { Command } from 'commander';
import { StatsService } from '../modules/stats/stats.service.ts';
import { parseInteger, printJson, withRegistry } from './context.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count recommendations: total, by cycle, position, recommending state, issue and theme')
    .option('--state <ISO3>', 'state under review')
    .option('--cycle <n>', 'UPR cycle', parseInteger('--cycle'))
    .option('--json', 'print JSON')
    .action(async (flags: { state?: string; cycle?: number; json?: boolean }) => {
      const stats = await withRegistry(program.opts().db, ({ db }) =>
        new StatsService(db).stats({
          ...(flags.state ? { state: flags.state.toUpperCase() } : {}),
          ...(flags.cycle !== undefined ? { cycle: flags.cycle } : {}),
        }),
      );
      if (flags.json) return printJson(stats);
      const out = (line: string) => process.stdout.write(`${line}\n`);
      out(`total: ${stats.total}`);
      out(`by cycle: ${stats.byCycle.map((c) => `${c.cycle ?? '-'}: ${c.count}`).join(', ')}`);
      out(
        `by position: ${Object.entries(stats.byPosition)
          .map(([p, n]) => `${p} ${n}`)
          .join(', ')}`,
      );
      out('top recommending states:');
      for (const s of stats.topRecommendingStates)
        out(`  ${s.count.toString().padStart(7)}  ${s.name} (${s.state})`);
      for (const [taxonomy, terms] of Object.entries(stats.byTerm)) {
        out(`top ${taxonomy}:`);
        for (const t of terms) out(`  ${t.count.toString().padStart(7)}  ${t.label}`);
      }
    });
}
