import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { ExportService } from '../exports/export.service.ts';
import { FacetService } from '../facets/facet.service.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';
import { StatsService } from '../stats/stats.service.ts';
import { CORPUS, seedLabeledAndUnlabeled } from './classify.fixtures.ts';
import { ACTION_TAXONOMY, ClassifyService } from './classify.service.ts';

const COORDINATOR: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };
const ACTOR = { userId: null, label: 'test' };
const scratch = mkdtempSync(join(tmpdir(), 'upr-classify-'));
const sum = (items: { count: number }[]) => items.reduce((n, i) => n + i.count, 0);

describe.each(testDialects())('auto-tagging on %s', (dialect) => {
  let database: TestDatabase;
  let service: ClassifyService;
  let ids: number[];

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    ids = await seedLabeledAndUnlabeled(database.db);
    service = new ClassifyService(database.db);
  });
  afterAll(() => database.cleanup());

  it('evaluates on other sessions and keeps the evaluation for coordinators', async () => {
    const result = await service.evaluate(ACTOR, { train: { from: 7, to: 7 }, test: { from: 20, to: 20 } });
    expect(result.examples).toEqual({ train: 129, test: 198 });
    for (const x of [
      result.issues.microF1,
      result.issues.macroF1,
      result.action.accuracy,
      result.action.macroF1,
    ])
      expect(x).toBeGreaterThan(0);
    expect(result.issues.microF1).toBeLessThanOrEqual(1);
    const status = await service.status();
    expect(status.model?.trainSessions).toBe('7');
    expect(status.evaluation?.testSessions).toBe('20');
    const deathPenalty = status.evaluation?.evaluation.issues.labels.find((l) => l.label === 'death-penalty');
    expect(deathPenalty?.support).toBe(
      CORPUS.filter((r) => r.Session === '20' && /Death penalty/.test(r.Issue ?? '')).length,
    );
  });

  it('suggests issues and action categories for unlabeled recommendations only, never as confirmed', async () => {
    const stats = new StatsService(database.db);
    const facets = new FacetService(database.db);
    const before = { stats: await stats.stats({}), facets: await facets.facets({}, COORDINATOR) };
    await service.train(ACTOR);
    const written = await service.suggest(ACTOR, { state: 'KAZ', cycle: 3 });
    expect(written.recommendations).toBe(3);
    expect(written.actions).toBe(3);
    expect(written.issues).toBeGreaterThanOrEqual(3);

    const death = await service.suggestionsOf(ids[0] as number);
    expect(death.terms.map((t) => t.code)).toContain('death-penalty');
    expect(death.action?.confidence).toBeGreaterThan(0);

    // Nothing suggested counts as confirmed: statistics, facets, the record, its filter and the export.
    expect(await stats.stats({})).toEqual(before.stats);
    const after = await facets.facets({}, COORDINATOR);
    expect(sum(after.facets.issue)).toBe(sum(before.facets.facets.issue));
    expect(after.facets.actionCategory).toEqual(before.facets.facets.actionCategory);
    const record = await new RecommendationService(database.db).get(ids[0] as number, COORDINATOR);
    expect(record?.terms).toEqual([]);
    expect(record?.actionCategory).toBeNull();
    const termId = death.terms.find((t) => t.code === 'death-penalty')?.termId as number;
    const filtered = await new RecommendationService(database.db).list(
      { cycle: 3, terms: [termId] },
      { limit: 10 },
      COORDINATOR,
    );
    expect(filtered.total).toBe(0);
    const path = join(scratch, `suggested-${dialect}.csv`);
    await new ExportService(database.db).writeFile('csv', { cycle: 3 }, path);
    const rows = parse(readFileSync(path), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.upr_info_issues, r.action_category])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('accepts a suggestion as confirmed and never suggests a rejected one again', async () => {
    const death = await service.suggestionsOf(ids[0] as number);
    const termId = death.terms.find((t) => t.code === 'death-penalty')?.termId as number;
    await service.decideTerm(ACTOR, ids[0] as number, termId, true);
    await service.decideAction(ACTOR, ids[0] as number, true);
    const record = await new RecommendationService(database.db).get(ids[0] as number, COORDINATOR);
    expect(record?.terms.map((t) => [t.code, t.origin])).toEqual([['death-penalty', 'manual']]);
    expect(record?.actionCategory).toBe(death.action?.actionCategory);

    const religion = await service.suggestionsOf(ids[2] as number);
    const rejected = religion.terms[0];
    expect(rejected).toBeDefined();
    await service.decideTerm(ACTOR, ids[2] as number, rejected?.termId as number, false);
    await service.decideAction(ACTOR, ids[2] as number, false);
    await service.suggest(ACTOR, { state: 'KAZ', cycle: 3 });
    const again = await service.suggestionsOf(ids[2] as number);
    expect(again.terms.map((t) => t.termId)).not.toContain(rejected?.termId);
    expect(again.action).toBeNull();
    // The accepted one has a confirmed issue and category now: nothing more is suggested for it.
    expect(await service.suggestionsOf(ids[0] as number)).toEqual({ terms: [], action: null });
    await expect(service.decideTerm(ACTOR, ids[0] as number, termId, true)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('accepts in bulk only the suggestions at or above the confidence', async () => {
    const open = await service.suggestionsOf(ids[1] as number);
    const confidences = open.terms.map((t) => t.confidence);
    const cut = Math.max(...confidences);
    const { accepted } = await service.bulkAccept(ACTOR, {
      state: 'KAZ',
      cycle: 3,
      taxonomy: 'upr-info-issue',
      minConfidence: cut,
    });
    expect(accepted).toBeGreaterThanOrEqual(1);
    const record = await new RecommendationService(database.db).get(ids[1] as number, COORDINATOR);
    expect(record?.terms.map((t) => t.origin)).toContain('manual');
    const actions = await service.bulkAccept(ACTOR, {
      state: 'KAZ',
      cycle: 3,
      taxonomy: ACTION_TAXONOMY,
      minConfidence: 0,
    });
    expect(actions.accepted).toBe(1);
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('action', 'in', ['accept-suggestion', 'reject-suggestion', 'suggest', 'train'])
      .execute();
    expect(audit.filter((a) => a.action === 'reject-suggestion')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'train')).toHaveLength(2);
  });
});
