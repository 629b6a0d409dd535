/**
 * Implementation dashboards: progress by theme, lead agency and cycle (the government's status of each
 * recommendation); overdue progress reports by lead agency (due dates of indicator schedules before `asOf`
 * with no submitted or approved report); and the assessment gap, government × civil society.
 * The public counts published recommendations only.
 */
import type { Kysely } from 'kysely';
import { type DB, IMPLEMENTATION_STATUS_VALUES, type ImplementationStatus } from '../../db/schema.ts';
import type { Caller } from '../policies/policy.ts';
import { ImplementationRepository } from './implementation.repository.ts';
import { DashboardRepository } from './implementation-dashboard.repository.ts';
import type {
  GapDto,
  GapQuery,
  OverdueDto,
  OverdueQuery,
  ProgressDto,
  ProgressQuery,
  StatusCounts,
} from './implementation-dashboard.schema.ts';
import { MeasureRepository } from './measure.repository.ts';
import { dueDates } from './schedule.ts';
import { implementationStatuses } from './status.ts';

type Label = { ru: string | null; kk: string | null; en: string | null };

const zero = (): StatusCounts =>
  Object.fromEntries(IMPLEMENTATION_STATUS_VALUES.map((s) => [s, 0])) as StatusCounts;

export class ImplementationDashboardService {
  private readonly repository: DashboardRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new DashboardRepository(db);
  }

  async progress(query: ProgressQuery, caller: Caller): Promise<ProgressDto> {
    const recommendations = await this.repository.recommendations({
      ...scope(query),
      publishedOnly: caller === null,
    });
    const ids = recommendations.map((r) => r.id);
    const statuses = await implementationStatuses(this.db, ids);
    const groups = new Map<string, { label: Label | null; ids: Set<number> }>();
    const put = (key: string, label: Label | null, id: number) => {
      const group = groups.get(key) ?? { label, ids: new Set<number>() };
      group.ids.add(id);
      groups.set(key, group);
    };
    if (query.by === 'theme') {
      const terms = await this.repository.terms(ids, query.taxonomy);
      const themed = new Set<number>();
      for (const t of terms) {
        put(t.code, { ru: t.label_ru, kk: t.label_kk, en: t.label_en }, t.recommendation_id);
        themed.add(t.recommendation_id);
      }
      for (const id of ids) if (!themed.has(id)) put('none', null, id);
    } else if (query.by === 'agency') {
      const agencies = await new ImplementationRepository(this.db).agenciesOf(ids);
      const leadIds = [
        ...new Set(
          [...agencies.values()]
            .flat()
            .filter((a) => a.role === 'lead')
            .map((a) => a.agencyId),
        ),
      ];
      const names = new Map((await this.repository.agencies(leadIds)).map((a) => [a.id, a]));
      for (const id of ids) {
        const leads = (agencies.get(id) ?? []).filter((a) => a.role === 'lead');
        if (leads.length === 0) put('none', null, id);
        for (const lead of leads) {
          const name = names.get(lead.agencyId);
          put(
            String(lead.agencyId),
            name ? { ru: name.name_ru, kk: name.name_kk, en: name.name_en } : null,
            id,
          );
        }
      }
    } else {
      for (const r of recommendations) put(r.cycle === null ? 'none' : String(r.cycle), null, r.id);
    }
    const count = (members: Iterable<number>) => {
      const counts = zero();
      for (const id of members) {
        const status = statuses.get(id);
        if (status) counts[status.government] += 1;
      }
      return counts;
    };
    const rows = [...groups.entries()].map(([key, group]) => ({
      key,
      label: group.label,
      total: group.ids.size,
      counts: count(group.ids),
    }));
    rows.sort((a, b) =>
      query.by === 'cycle'
        ? Number(a.key === 'none') - Number(b.key === 'none') || Number(a.key) - Number(b.key)
        : Number(a.key === 'none') - Number(b.key === 'none') ||
          b.total - a.total ||
          a.key.localeCompare(b.key),
    );
    return { by: query.by, recommendations: ids.length, totals: count(ids), rows };
  }

  async overdue(query: OverdueQuery, caller: Caller): Promise<OverdueDto> {
    const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
    // The public sees the measures of published recommendations only, as on the plan.
    const measures = await new MeasureRepository(this.db).list({
      ...scope(query),
      ...(caller === null ? { publishedOnly: true } : {}),
    });
    const measureIds = measures.map((m) => m.id);
    const indicators = await this.repository.scheduledIndicators(measureIds);
    const answered = new Set(
      (await this.repository.answered(indicators.map((i) => i.id))).map(
        (r) => `${r.indicator_id}:${r.due_date}`,
      ),
    );
    const leads = new Map<number, number[]>();
    for (const a of await this.repository.measureAgencies(measureIds))
      if (a.role === 'lead') leads.set(a.measure_id, [...(leads.get(a.measure_id) ?? []), a.agency_id]);
    const byAgency = new Map<number | null, OverdueDto['rows'][number]['items']>();
    let total = 0;
    for (const indicator of indicators) {
      if (!indicator.schedule_start || !indicator.schedule_end || !indicator.every_months) continue;
      const missed = dueDates({
        start: indicator.schedule_start,
        end: indicator.schedule_end,
        everyMonths: indicator.every_months,
      }).filter((date) => date < asOf && !answered.has(`${indicator.id}:${date}`));
      total += missed.length;
      const agencies = leads.get(indicator.measure_id) ?? [null];
      for (const agency of agencies)
        byAgency.set(agency, [
          ...(byAgency.get(agency) ?? []),
          ...missed.map((dueDate) => ({
            measureId: indicator.measure_id,
            indicatorId: indicator.id,
            dueDate,
          })),
        ]);
    }
    const agencyIds = [...byAgency.keys()].filter((id): id is number => id !== null);
    const names = new Map((await this.repository.agencies(agencyIds)).map((a) => [a.id, a]));
    const rows = [...byAgency.entries()]
      .filter(([, items]) => items.length > 0)
      .map(([agencyId, items]) => {
        const name = agencyId === null ? undefined : names.get(agencyId);
        return {
          agencyId,
          name: name ? { ru: name.name_ru, kk: name.name_kk, en: name.name_en } : null,
          overdue: items.length,
          items: items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.indicatorId - b.indicatorId),
        };
      })
      .sort((a, b) => b.overdue - a.overdue || (a.agencyId ?? 0) - (b.agencyId ?? 0));
    return { asOf, total, rows };
  }

  async gap(query: GapQuery, caller: Caller): Promise<GapDto> {
    const recommendations = await this.repository.recommendations({
      ...scope(query),
      publishedOnly: caller === null,
    });
    const statuses = await implementationStatuses(
      this.db,
      recommendations.map((r) => r.id),
    );
    const index = (s: ImplementationStatus) => IMPLEMENTATION_STATUS_VALUES.indexOf(s);
    const matrix = IMPLEMENTATION_STATUS_VALUES.map(() => IMPLEMENTATION_STATUS_VALUES.map(() => 0));
    let assessments = 0;
    let disagreements = 0;
    let recommendationsInDisagreement = 0;
    for (const status of statuses.values()) {
      for (const assessment of status.civilSociety) {
        const row = matrix[index(status.government)];
        if (row) row[index(assessment.status)] = (row[index(assessment.status)] ?? 0) + 1;
        assessments += 1;
        if (assessment.status !== status.government) disagreements += 1;
      }
      if (status.disagreement) recommendationsInDisagreement += 1;
    }
    return {
      statuses: [...IMPLEMENTATION_STATUS_VALUES],
      matrix,
      assessments,
      disagreements,
      recommendationsInDisagreement,
    };
  }
}

function scope(query: { state?: string | undefined; cycle?: number | undefined }) {
  return {
    ...(query.state ? { state: query.state } : {}),
    ...(query.cycle !== undefined ? { cycle: query.cycle } : {}),
  };
}
