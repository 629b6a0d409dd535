/**
 * Facets as a faceted search shows them: each facet counts the recommendations that match every filter
 * except its own, so that choosing one value leaves the others visible with their counts. The term
 * facets share one filter parameter (`term`, any of the ids), so they leave out the term filter together.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Caller } from '../policies/policy.ts';
import type { RecommendationFilter } from '../recommendations/recommendation.repository.ts';
import { visibleTo } from '../recommendations/recommendation.service.ts';
import { type Count, FacetRepository } from './facet.repository.ts';
import { FACET_NAMES, FACETS, type FacetItemDto, type FacetName, type FacetsDto } from './facet.schema.ts';

const FILTER_KEYS: Record<FacetName, keyof RecommendationFilter> = {
  state: 'state',
  cycle: 'cycle',
  session: 'session',
  position: 'position',
  recommendingState: 'recommendingState',
  regionalGroup: 'regionalGroup',
  theme: 'terms',
  sdg: 'terms',
  affectedPersons: 'terms',
  issue: 'terms',
  actionCategory: 'actionCategory',
  discussed: 'discussed',
  repeated: 'repeated',
};

/** The filter without the facet's own parameter. */
export function withoutFacet(filter: RecommendationFilter, facet: FacetName): RecommendationFilter {
  const { [FILTER_KEYS[facet]]: _own, ...rest } = filter;
  return rest;
}

function present(counts: Count[], order: 'value' | 'count'): FacetItemDto[] {
  const items = counts
    .filter((c) => c.value !== null && c.count > 0)
    .map((c) => ({ value: String(c.value), count: c.count }));
  return order === 'count'
    ? items.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    : items.sort((a, b) => Number(a.value) - Number(b.value) || a.value.localeCompare(b.value));
}

export class FacetService {
  private readonly repository: FacetRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new FacetRepository(db);
  }

  /** `mode` counts: every facet under every filter, as a chart of the current selection wants it. */
  async facets(
    filter: RecommendationFilter,
    caller: Caller,
    limit = 100,
    mode: 'facets' | 'counts' = 'facets',
  ): Promise<FacetsDto> {
    let visible = visibleTo(caller, filter);
    if (visible.q?.trim()) {
      // Twelve queries share the search: match it once, then filter by the ids it found.
      const { q, ...rest } = visible;
      const ids = await this.repository.matchingIds(q);
      const found = new Set(ids);
      visible = { ...rest, ids: rest.ids ? rest.ids.filter((id) => found.has(id)) : ids };
    }
    const facets = {} as FacetsDto['facets'];
    for (const name of FACET_NAMES)
      facets[name] = await this.facet(name, mode === 'counts' ? visible : withoutFacet(visible, name), limit);
    return { total: await this.repository.count(visible), facets };
  }

  private async facet(name: FacetName, filter: RecommendationFilter, limit: number): Promise<FacetItemDto[]> {
    const spec = FACETS[name];
    if ('taxonomy' in spec) {
      const terms = await this.repository.byTerm(filter, spec.taxonomy, limit);
      return terms.map((t) => ({
        value: String(t.id),
        count: t.count,
        code: t.code,
        label: { en: t.labelEn, ru: t.labelRu, kk: t.labelKk },
      }));
    }
    switch (name) {
      case 'discussed':
        return present(
          [
            { value: 'true', count: await this.repository.count({ ...filter, discussed: true }) },
            { value: 'false', count: await this.repository.count({ ...filter, discussed: false }) },
          ],
          'count',
        );
      case 'repeated':
        return present(
          [
            { value: 'true', count: await this.repository.count({ ...filter, repeated: true }) },
            { value: 'false', count: await this.repository.count({ ...filter, repeated: false }) },
          ],
          'count',
        );
      case 'recommendingState':
        return present(await this.repository.byRecommendingState(filter), 'count');
      case 'regionalGroup':
        return present(await this.repository.byRegionalGroup(filter), 'count');
      case 'state':
      case 'position':
        return present(await this.repository.byColumn(filter, name), 'count');
      default:
        return present(
          await this.repository.byColumn(filter, name as 'cycle' | 'session' | 'actionCategory'),
          'value',
        );
    }
  }
}
