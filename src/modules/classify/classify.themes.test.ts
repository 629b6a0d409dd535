import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';
import { importSloveniaMatrices, seedLabeledAndUnlabeled } from './classify.fixtures.ts';
import { ClassifierModel } from './classify.model.ts';
import { THEME_TAXONOMY } from './classify.repository.ts';
import { ClassifyService } from './classify.service.ts';

const COORDINATOR: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };
const ACTOR = { userId: null, label: 'test' };

describe.each(testDialects())('OHCHR themes learnt from the matrices on %s', (dialect) => {
  let database: TestDatabase;
  let service: ClassifyService;
  let ids: number[];

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await importSloveniaMatrices(database.db);
    ids = await seedLabeledAndUnlabeled(database.db);
    service = new ClassifyService(database.db);
  }, 60_000);
  afterAll(() => database.cleanup());

  /** How many recommendations of a session carry each OHCHR theme (imported). */
  async function themeCounts(session: number): Promise<Map<string, number>> {
    const rows = await database.db
      .selectFrom('recommendation_terms')
      .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
      .innerJoin('recommendations', 'recommendations.id', 'recommendation_terms.recommendation_id')
      .select(['terms.code'])
      .where('terms.taxonomy_code', '=', THEME_TAXONOMY)
      .where('recommendations.session', '=', session)
      .where('recommendation_terms.origin', '=', 'imported')
      .execute();
    const counts = new Map<string, number>();
    for (const { code } of rows) counts.set(code, (counts.get(code) ?? 0) + 1);
    return counts;
  }

  it('evaluates the themes learnt from cycles 2 and 3 on cycle 4', async () => {
    const result = await service.evaluate(ACTOR, { train: { from: 1, to: 34 }, test: { from: 48, to: 48 } });
    expect(result.themes?.microF1).toBeGreaterThan(0);
    const labels = result.evaluation.themes?.labels ?? [];
    const counts = await themeCounts(48);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l.support).toBe(counts.get(l.label) ?? 0);
  });

  it('learns the themes enough recommendations carry and suggests them, never as confirmed', async () => {
    await service.train(ACTOR);
    const stored = await database.db
      .selectFrom('classifier_models')
      .select('model')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const model = ClassifierModel.deserialize(stored.model);
    const all = new Map([...(await themeCounts(20)), ...(await themeCounts(34)), ...(await themeCounts(48))]);
    // Learnt: the themes carried often enough, not every theme seen.
    const learnt = model.parts.themeLabels ?? [];
    expect(learnt.length).toBeGreaterThan(10);
    expect(all.size).toBeGreaterThan(learnt.length);
    const written = await service.suggest(ACTOR, { state: 'KAZ', cycle: 3 });
    expect(written.themes).toBeGreaterThan(0);
    const suggested = (await Promise.all(ids.map(async (id) => (await service.suggestionsOf(id)).terms)))
      .flat()
      .filter((t) => t.taxonomy === THEME_TAXONOMY);
    expect(suggested).toHaveLength(written.themes);
    for (const t of suggested) {
      expect(learnt).toContain(t.code);
      expect(t.confidence).toBeGreaterThanOrEqual(model.parts.themeThreshold ?? 1);
    }
    const record = await new RecommendationService(database.db).get(ids[1] as number, COORDINATOR);
    expect(record?.terms.some((t) => t.taxonomy === THEME_TAXONOMY)).toBe(false);
  });
});
