/**
 * What the implementation and report benches share: a plan of 300 recommendations, 600 measures and 2,000
 * progress reports (`seedImplementationPlan`) in a fresh SQLite database and, when UPR_TEST_DATABASE_URL is
 * set, a fresh PostgreSQL schema, each dropped after its run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DialectName, dropPostgresSchema } from '../src/db/database.ts';
import { openRegistry } from '../src/db/registry.ts';
import {
  type SeededPlan,
  seedImplementationPlan,
} from '../src/modules/implementation/implementation.fixtures.ts';

export interface SeededBench {
  dialect: DialectName;
  database: Database;
  plan: SeededPlan;
  /** How long the seeding took, in milliseconds. */
  seedMs: number;
  /** A scratch folder, removed at the end. */
  scratch: string;
}

/** Runs `work` on the seeded plan in SQLite, then in PostgreSQL when UPR_TEST_DATABASE_URL is set. */
export async function onSeededPlan(name: string, work: (bench: SeededBench) => Promise<void>): Promise<void> {
  const pg = process.env.UPR_TEST_DATABASE_URL;
  const scratch = mkdtempSync(join(tmpdir(), `upr-${name}-bench-`));
  try {
    for (const dialect of pg ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const)) {
      const schema = `bench_${name}_${Date.now().toString(36)}`;
      const database =
        dialect === 'sqlite'
          ? await openRegistry(join(scratch, `${name}.sqlite`))
          : await openRegistry(pg as string, { schema });
      try {
        const started = performance.now();
        const plan = await seedImplementationPlan(database.db, {
          state: 'KAZ',
          cycle: 3,
          recommendations: 300,
          measures: 600,
          progressReports: 2000,
          asOf: '2026-06-30',
        });
        await work({ dialect, database, plan, seedMs: performance.now() - started, scratch });
      } finally {
        await database.close();
        if (dialect === 'postgres') await dropPostgresSchema(pg as string, schema);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
