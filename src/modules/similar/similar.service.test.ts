/**
 * Similar and repeated recommendations on real data: Kazakhstan's UPR Info rows of cycles 1 and 2 and
 * Kyrgyzstan's (another state under review), imported as a user would; repeats are computed by the import.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { FacetService } from '../facets/facet.service.ts';
import { ImportService } from '../imports/import.service.ts';
import { RecommendationRepository } from '../recommendations/recommendation.repository.ts';
import { SimilarService } from './similar.service.ts';

const TERMAN = sharedData('upr', 'uprs-terman', 'derived');
const KAZ_UPR_INFO = join(TERMAN, 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const ALL_UPR_INFO = join(TERMAN, 'upr-info-sessions-1-20.utf8.csv');
const DEATH_PENALTY = /death penalty|second optional protocol/i;

/** Kyrgyzstan's rows of the UPR Info export, as a file of their own. */
function kyrgyzstanFile(): string {
  const lines = readFileSync(ALL_UPR_INFO, 'utf8').split('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'upr-similar-')), 'kgz.csv');
  writeFileSync(path, [lines[0], ...lines.filter((l) => l.startsWith('Kyrgyzstan,'))].join('\n'));
  return path;
}

describe.each(testDialects())('similar recommendations on %s', (dialect) => {
  let database: TestDatabase;
  let service: SimilarService;
  const ids = async (state: string, cycle: number, pattern: RegExp) =>
    (
      await database.db
        .selectFrom('recommendations')
        .select(['id', 'text'])
        .where('state_under_review', '=', state)
        .where('cycle', '=', cycle)
        .orderBy('id')
        .execute()
    )
      .filter((r) => pattern.test(r.text))
      .map((r) => r.id);

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const imports = new ImportService(database.db);
    for (const file of [KAZ_UPR_INFO, kyrgyzstanFile()]) {
      const report = await imports.importFile(file);
      expect(report.ok, report.error).toBe(true);
    }
    service = new SimilarService(database.db);
  });
  afterAll(() => database.cleanup());

  it("links Kazakhstan's cycle-2 recommendations on the death penalty to those of cycle 1", async () => {
    const [abolish] = await ids('KAZ', 2, /^Abolish the death penalty$/);
    const result = await service.similar(abolish as number, null);
    expect(result?.repeated.length).toBeGreaterThan(0);
    for (const earlier of result?.repeated ?? []) {
      expect(earlier).toMatchObject({ stateUnderReview: 'KAZ', cycle: 1, status: 'not_started' });
      expect(earlier.text).toMatch(DEATH_PENALTY);
      expect(earlier.score).toBeGreaterThanOrEqual(0.35);
    }
    // Every cycle-2 recommendation on the death penalty repeats one of cycle 1.
    const cycle2 = await ids('KAZ', 2, /death penalty/i);
    const linked = await database.db
      .selectFrom('recommendation_repeats')
      .select('recommendation_id')
      .distinct()
      .execute();
    const linkedIds = new Set(linked.map((r) => r.recommendation_id));
    expect(cycle2.filter((id) => !linkedIds.has(id))).toEqual([]);
    // Cycle 1 is the first: nothing earlier to repeat.
    for (const id of await ids('KAZ', 1, /./)) expect(linkedIds.has(id)).toBe(false);
  });

  it('finds the same request made to another state', async () => {
    const [abolish] = await ids('KAZ', 2, /^Abolish the death penalty$/);
    const result = await service.similar(abolish as number, null);
    const others = result?.otherStates ?? [];
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((o) => o.stateUnderReview === 'KGZ')).toBe(true);
    expect(others[0]?.text).toMatch(DEATH_PENALTY);
    expect(others.map((o) => o.score)).toEqual([...others.map((o) => o.score)].sort((a, b) => b - a));
  });

  it('counts and filters "repeated from an earlier cycle" in the facets', async () => {
    const facets = await new FacetService(database.db).facets({ state: 'KAZ' }, null);
    const counts = Object.fromEntries(facets.facets.repeated.map((f) => [f.value, f.count]));
    const distinct = await database.db
      .selectFrom('recommendation_repeats')
      .innerJoin('recommendations', 'recommendations.id', 'recommendation_repeats.recommendation_id')
      .where('recommendations.state_under_review', '=', 'KAZ')
      .select('recommendation_id')
      .distinct()
      .execute();
    expect(counts.true).toBe(distinct.length);
    expect((counts.true ?? 0) + (counts.false ?? 0)).toBe(327);
    const repository = new RecommendationRepository(database.db);
    expect(await repository.count({ state: 'KAZ', cycle: 1, repeated: true })).toBe(0);
    expect(await repository.count({ state: 'KAZ', repeated: true })).toBe(distinct.length);
  });

  it("groups Kazakhstan's cycle-2 recommendations on the death penalty as near-duplicates", async () => {
    const groups = await service.nearDuplicates('KAZ', 2, null);
    const deathPenalty = groups.filter((g) => g.recommendations.some((r) => /death penalty/i.test(r.text)));
    const largest = deathPenalty.sort((a, b) => b.recommendations.length - a.recommendations.length)[0];
    expect(largest?.recommendations.length).toBeGreaterThanOrEqual(12);
    for (const r of largest?.recommendations ?? []) expect(r.text).toMatch(DEATH_PENALTY);
    expect(largest?.score).toBeGreaterThanOrEqual(0.3);
    for (const r of largest?.recommendations ?? []) expect(r.score).toBeGreaterThan(0);
    // Every group has two members at least, all from the review.
    for (const g of groups) {
      expect(g.recommendations.length).toBeGreaterThan(1);
      for (const r of g.recommendations) expect([r.stateUnderReview, r.cycle]).toEqual(['KAZ', 2]);
    }
  });

  it('recomputes the links of the whole database with progress, the same on a second run', async () => {
    const links = () =>
      database.db
        .selectFrom('recommendation_repeats')
        .select(['recommendation_id', 'earlier_id'])
        .orderBy('recommendation_id')
        .orderBy('earlier_id')
        .execute();
    const progress: number[] = [];
    const first = await service.rebuildRepeats({ onProgress: (done) => progress.push(done) });
    expect(first.states).toBe(2);
    expect(progress).toEqual([1, 2]);
    const once = await links();
    expect(once.length).toBe(first.links);
    const second = await service.rebuildRepeats({ states: ['KAZ'] });
    expect(second.states).toBe(1);
    expect(await links()).toEqual(once);
  });
});
