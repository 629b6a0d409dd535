/** `upr demo seed-plan` builds a plan on a review's recommendations once, and says what it made. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { RecommendationService } from '../../src/modules/recommendations/recommendation.service.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../src/test/databases.ts';
import { recommendationInput } from '../../src/test/recommendations.ts';
import { upr } from './cli.helpers.ts';

describe.each(testDialects())('upr demo seed-plan on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const service = new RecommendationService(database.db);
    const coordinator = { userId: 1, role: 'coordinator' as const, agencyId: null, organizationId: null };
    for (const cycle of [1, 2])
      for (let i = 1; i <= 10; i++)
        await service.create(
          recommendationInput({
            cycle,
            paragraph: `${cycle}.${i}`,
            text: `Recommendation ${cycle}.${i}`,
          }),
          coordinator,
          SYSTEM_ACTOR,
        );
  });
  afterAll(() => database.cleanup());

  it('plans the latest cycle by default, once', async () => {
    const run = await upr(database, ['demo', 'seed-plan']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^KAZ cycle 2: 10 recommendations, 0 clusters, 6 measures of 5 agencies, \d+ indicators, \d+ progress reports/,
    );
    const measures = await database.db
      .selectFrom('measures')
      .innerJoin('measure_recommendations', 'measure_recommendations.measure_id', 'measures.id')
      .innerJoin('recommendations', 'recommendations.id', 'measure_recommendations.recommendation_id')
      .select('recommendations.cycle')
      .distinct()
      .execute();
    expect(measures.map((m) => m.cycle)).toEqual([2]);
    const again = await upr(database, ['demo', 'seed-plan', '--cycle', '2']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/KAZ cycle 2 has a demo plan already/);
  });

  it('says which cycles have recommendations when the one asked for has none', async () => {
    const run = await upr(database, ['demo', 'seed-plan', '--state', 'kaz', '--cycle', '3']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no recommendations of KAZ in cycle 3: run `upr demo load` first \(cycles with recommendations: 2, 1\)/,
    );
  });
});
