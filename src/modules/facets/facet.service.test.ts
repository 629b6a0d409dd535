import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { ImportService } from '../imports/import.service.ts';
import type { Actor } from '../policies/policy.ts';
import { FacetService, withoutFacet } from './facet.service.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');
const VIEWER: Actor = { userId: 1, role: 'viewer', agencyId: null, organizationId: null };
const sum = (items: { count: number }[]) => items.reduce((n, i) => n + i.count, 0);

describe('withoutFacet', () => {
  it('drops only the facet’s own parameter; the term facets share one', () => {
    expect(withoutFacet({ state: 'KAZ', cycle: 2 }, 'cycle')).toEqual({ state: 'KAZ' });
    expect(withoutFacet({ terms: [1], position: ['noted'] }, 'sdg')).toEqual({ position: ['noted'] });
  });
});

describe.each(testDialects())('facets on %s', (dialect) => {
  let database: TestDatabase;
  let service: FacetService;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await new ImportService(database.db).importFile(KAZAKHSTAN);
    service = new FacetService(database.db);
  });
  afterAll(() => database.cleanup());

  it('counts every facet over the whole registry', async () => {
    const { total, facets } = await service.facets({}, VIEWER);
    expect(total).toBe(327);
    expect(sum(facets.cycle)).toBe(327);
    expect(sum(facets.position)).toBe(327);
    expect(facets.state).toEqual([{ value: 'KAZ', count: 327 }]);
    expect(facets.session.map((s) => s.value)).toEqual(['7', '20']);
    expect(facets.issue.length).toBeGreaterThan(10);
    const first = facets.issue[0];
    expect(first?.label?.en).toBeTruthy();
    expect(first?.label?.ru).toBeTruthy();
    expect(facets.recommendingState.length).toBeGreaterThan(50);
    expect(facets.regionalGroup.map((g) => g.value).sort()).toEqual([
      'African',
      'Asia-Pacific',
      'Eastern European',
      'GRULAC',
      'WEOG',
    ]);
  });

  it('counts each facet with every filter but its own', async () => {
    const { total, facets } = await service.facets({ cycle: 1, position: ['noted'] }, VIEWER);
    const cycle1 = await service.facets({ cycle: 1 }, VIEWER);
    const noted = cycle1.facets.position.find((p) => p.value === 'noted')?.count;
    expect(total).toBe(noted);
    // The position facet still offers every position of cycle 1, the cycle facet every cycle of noted rows.
    expect(facets.position).toEqual(cycle1.facets.position);
    expect(facets.cycle.map((c) => c.value)).toEqual(['1', '2']);
    expect(sum(facets.actionCategory)).toBeLessThanOrEqual(total);
    const counts = await service.facets({ cycle: 1, position: ['noted'] }, VIEWER, 100, 'counts');
    expect(counts.facets.position).toEqual([{ value: 'noted', count: total }]);
    expect(counts.facets.cycle).toEqual([{ value: '1', count: total }]);
  });

  it('narrows the counts with full-text search', async () => {
    const { total, facets } = await service.facets({ q: 'torture' }, VIEWER);
    expect(total).toBeGreaterThan(5);
    expect(total).toBeLessThan(327);
    expect(sum(facets.cycle)).toBe(total);
  });

  it('counts terms under search exactly as under the equivalent list of ids', async () => {
    const searched = await service.facets({ q: 'torture', cycle: 2 }, VIEWER, 100, 'counts');
    const ids = (
      await database.db.selectFrom('recommendations').select('id').where('text', 'like', '%').execute()
    ).map((r) => r.id);
    const listed = await service.facets({ cycle: 2, ids }, VIEWER, 100, 'counts');
    expect(listed.total).toBe(198);
    const torture = searched.facets.issue.find((i) => i.label?.en === 'Torture and other CID treatment');
    expect(torture?.count).toBeGreaterThan(5);
    expect(sum(searched.facets.position)).toBe(searched.total);
    // An empty search result counts nothing, rather than everything.
    const none = await service.facets({ q: 'zzzqqqxxx' }, VIEWER);
    expect([none.total, sum(none.facets.issue), sum(none.facets.cycle)]).toEqual([0, 0, 0]);
  });
});
