/**
 * A realistic synthetic implementation plan for one review, deterministic for a given seed: clusters by theme,
 * measures with lead and supporting Kazakh agencies, indicators with reporting schedules, progress reports in
 * every status (some due dates left unanswered, so that reports are overdue), two status overrides and
 * civil-society assessments, about a third of them disagreeing. Used by tests, `upr demo seed-plan` and
 * benchmarks.
 *
 * @example await seedImplementationPlan(db, { state: 'KAZ', cycle: 3, recommendations: 300, measures: 600, progressReports: 2000 })
 */
import type { Kysely } from 'kysely';
import { insertBatchSize } from '../../db/dialect.ts';
import type { DB, ImplementationStatus, MeasureStatus, ProgressReportStatus } from '../../db/schema.ts';
import { seededRandom } from '../../util/random.ts';
import { AuditService } from '../audit/audit.service.ts';
import { RecommendationRepository } from '../recommendations/recommendation.repository.ts';
import {
  INDICATOR_TEMPLATES,
  MEASURE_TEMPLATES,
  type Names,
  PLAN_AGENCIES,
  PLAN_ORGANIZATIONS,
  RECOMMENDATION_TEXTS,
  REPORT_TEXTS,
  THEME_LEAD,
} from './implementation.fixture-data.ts';
import { addMonths, dueDates } from './schedule.ts';
import { implementationStatuses } from './status.ts';

export interface PlanOptions {
  state: string;
  cycle: number;
  /** Ids to plan for, or how many synthetic recommendations to create; default: the review's own. */
  recommendations?: number[] | number;
  measures: number;
  /** How many progress reports; default: one for every past due date but the latest of some indicators. */
  progressReports?: number;
  /** Agency ids to use; default: the five Kazakh agencies, found by English name or created. */
  agencies?: number[];
  /** Reports answer due dates up to this day ('YYYY-MM-DD'); default: today. */
  asOf?: string;
  seed?: number;
}

export interface SeededPlan {
  recommendationIds: number[];
  agencyIds: number[];
  organizationIds: number[];
  clusterIds: number[];
  measureIds: number[];
  indicatorIds: number[];
  progressReportIds: number[];
  assessmentIds: number[];
  overrides: number;
}

/** Seeded choices, so that a plan is the same on every run. */
function random(seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

const GENERIC: Names = { en: 'human rights', ru: 'права человека', kk: 'адам құқықтары' };
const LOWER_STATUS: Record<ImplementationStatus, ImplementationStatus> = {
  implemented: 'partially_implemented',
  partially_implemented: 'in_progress',
  in_progress: 'not_started',
  not_started: 'in_progress',
  not_applicable: 'not_started',
};

export async function seedImplementationPlan(db: Kysely<DB>, options: PlanOptions): Promise<SeededPlan> {
  const rng = random(options.seed ?? 2026);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const time = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const agencyIds = options.agencies ?? (await planAgencies(trx, time));
    if (agencyIds.length === 0) throw new Error('a plan needs at least one agency');
    const agencyFor = (key: string) =>
      agencyIds[
        Math.max(
          0,
          PLAN_AGENCIES.findIndex((a) => a.key === key),
        ) % agencyIds.length
      ] as number;

    const recommendationIds = await planRecommendations(trx, options, time);
    if (recommendationIds.length === 0)
      throw new Error(
        `no recommendations of ${options.state}, cycle ${options.cycle}: import the review first (upr demo load) or choose another`,
      );
    const themes = await themesOf(trx, recommendationIds);

    // Clusters: the themes with three recommendations or more, largest first.
    const byTheme = new Map<string, number[]>();
    for (const id of recommendationIds) {
      const code = themes.get(id)?.code;
      if (code) byTheme.set(code, [...(byTheme.get(code) ?? []), id]);
    }
    const clusters: { id: number; code: string }[] = [];
    for (const [code, ids] of [...byTheme.entries()]
      .filter(([, ids]) => ids.length >= 3)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, 8)) {
      const label = themes.get(ids[0] as number)?.label ?? GENERIC;
      const cluster = await trx
        .insertInto('clusters')
        .values({
          state_under_review: options.state,
          cycle: options.cycle,
          title_en: label.en,
          title_ru: label.ru,
          title_kk: label.kk,
          description: null,
          created_at: time,
          updated_at: time,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('cluster_recommendations')
        .values(ids.slice(0, 20).map((r) => ({ cluster_id: cluster.id, recommendation_id: r })))
        .execute();
      clusters.push({ id: cluster.id, code });
    }

    // Measures, each answering a cluster (one in three) or one or two recommendations.
    const measureIds: number[] = [];
    const slots: { measureId: number; indicatorId: number; dueDate: string }[] = [];
    const indicatorIds: number[] = [];
    const activeMeasures: number[] = [];
    for (let k = 0; k < options.measures; k++) {
      const cluster = clusters.length && k % 3 === 0 ? clusters[(k / 3) % clusters.length] : undefined;
      const recommendation = recommendationIds[k % recommendationIds.length] as number;
      const theme = cluster
        ? themes.get(byTheme.get(cluster.code)?.[0] as number)
        : themes.get(recommendation);
      const label = theme?.label ?? GENERIC;
      const template = MEASURE_TEMPLATES[k % MEASURE_TEMPLATES.length] as Names;
      const r = rng.next();
      const status: MeasureStatus =
        r < 0.25 ? 'planned' : r < 0.7 ? 'in_progress' : r < 0.92 ? 'completed' : 'cancelled';
      const start = addMonths(`${2020 + Math.floor(rng.next() * 5)}-03-31`, 3 * Math.floor(rng.next() * 4));
      const target = addMonths(start, rng.pick([12, 24, 36]));
      const measure = await trx
        .insertInto('measures')
        .values({
          title_en: template.en.replace('{}', label.en),
          title_ru: template.ru.replace('{}', label.ru),
          title_kk: template.kk.replace('{}', label.kk),
          description: null,
          start_date: start,
          target_date: target,
          budget_note: rng.pick([
            'Республиканский бюджет',
            'В пределах выделенных средств',
            'Донорская помощь (ПРООН)',
          ]),
          expected_outcome: 'Практика приведена в соответствие с международными стандартами',
          status,
          created_at: time,
          updated_at: time,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      measureIds.push(measure.id);
      const lead = agencyFor(THEME_LEAD[theme?.code ?? ''] ?? 'justice');
      const supporting = [...new Set([rng.pick(agencyIds), rng.pick(agencyIds)])]
        .filter((a) => a !== lead)
        .slice(0, Math.floor(rng.next() * 3));
      await trx
        .insertInto('measure_agencies')
        .values([
          { measure_id: measure.id, agency_id: lead, role: 'lead' as const },
          ...supporting.map((a) => ({ measure_id: measure.id, agency_id: a, role: 'supporting' as const })),
        ])
        .execute();
      if (cluster)
        await trx
          .insertInto('measure_clusters')
          .values({ measure_id: measure.id, cluster_id: cluster.id })
          .execute();
      else {
        const sameTheme = theme ? (byTheme.get(theme.code) ?? []).filter((id) => id !== recommendation) : [];
        const also = sameTheme.length && rng.next() < 0.4 ? [rng.pick(sameTheme)] : [];
        await trx
          .insertInto('measure_recommendations')
          .values([recommendation, ...also].map((id) => ({ measure_id: measure.id, recommendation_id: id })))
          .execute();
      }
      if (status === 'cancelled') continue;
      activeMeasures.push(measure.id);
      for (let n = 0; n < (rng.next() < 0.4 ? 2 : 1); n++) {
        const indicator = INDICATOR_TEMPLATES[
          (k + n) % INDICATOR_TEMPLATES.length
        ] as (typeof INDICATOR_TEMPLATES)[number];
        const everyMonths = rng.pick([3, 3, 6, 12]);
        const row = await trx
          .insertInto('indicators')
          .values({
            measure_id: measure.id,
            name_en: indicator.en,
            name_ru: indicator.ru,
            name_kk: indicator.kk,
            unit: indicator.unit,
            baseline: '0',
            target: String(10 * (1 + Math.floor(rng.next() * 20))),
            schedule_start: start,
            schedule_end: target,
            every_months: everyMonths,
            created_at: time,
            updated_at: time,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        indicatorIds.push(row.id);
        for (const dueDate of dueDates({ start, end: target, everyMonths }))
          if (dueDate <= asOf) slots.push({ measureId: measure.id, indicatorId: row.id, dueDate });
      }
    }

    // Progress reports: past due dates answered, except the latest one or two of some indicators (overdue now);
    // a count asked for takes a random part of those, and unscheduled reports make up the rest.
    const byIndicator = new Map<number, typeof slots>();
    for (const slot of slots)
      byIndicator.set(slot.indicatorId, [...(byIndicator.get(slot.indicatorId) ?? []), slot]);
    const answerable = [...byIndicator.values()].flatMap((dates) => {
      const r = rng.next();
      const answered = dates.slice(0, Math.max(0, dates.length - (r < 0.6 ? 0 : r < 0.85 ? 1 : 2)));
      return answered.map((slot, i) => ({ ...slot, latest: i === answered.length - 1 }));
    });
    const wanted = options.progressReports ?? answerable.length;
    const scheduled = answerable
      .map((slot) => ({ slot, key: rng.next() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, wanted)
      .map((s) => s.slot);
    const reports = [
      ...scheduled,
      ...Array.from({ length: Math.max(0, wanted - scheduled.length) }, () => ({
        measureId: rng.pick(activeMeasures.length ? activeMeasures : measureIds),
        indicatorId: null,
        dueDate: null,
        latest: true,
      })),
    ].map((slot) => {
      // Older reports went through long ago; drafts and returned ones are the latest of their indicator.
      const r = slot.latest ? rng.next() : 0.6 * rng.next();
      const status: ProgressReportStatus =
        r < 0.5 ? 'approved' : r < 0.7 ? 'submitted' : r < 0.8 ? 'returned' : 'draft';
      const day = slot.dueDate ?? asOf;
      const submitted = status === 'draft' ? null : `${day}T09:00:00.000Z`;
      const reviewed =
        status === 'approved' || status === 'returned' ? `${addMonths(day, 1)}T09:00:00.000Z` : null;
      return {
        measure_id: slot.measureId,
        indicator_id: slot.indicatorId,
        due_date: slot.dueDate,
        text: rng.pick(REPORT_TEXTS),
        value: String(Math.floor(rng.next() * 200)),
        links: JSON.stringify(
          rng.next() < 0.5 ? [`https://www.gov.kz/memleket/entities/report-${slot.measureId}`] : [],
        ),
        status,
        review_comment:
          status === 'returned' ? 'Уточните источники данных и приложите подтверждающие документы.' : null,
        author_id: null,
        submitted_at: submitted,
        reviewed_by: null,
        reviewed_at: reviewed,
        created_at: time,
        updated_at: time,
      };
    });
    const progressReportIds: number[] = [];
    const size = insertBatchSize(15);
    for (let i = 0; i < reports.length; i += size)
      progressReportIds.push(
        ...(
          await trx
            .insertInto('progress_reports')
            .values(reports.slice(i, i + size))
            .returning('id')
            .execute()
        ).map((r) => r.id),
      );

    // Two overrides with their reasons, then civil society's assessments against the resulting statuses.
    let overrides = 0;
    const overridden = new Set(
      (await trx.selectFrom('recommendation_status').select('recommendation_id').execute()).map(
        (r) => r.recommendation_id,
      ),
    );
    const assessed = new Set(
      (await trx.selectFrom('cs_assessments').select(['recommendation_id', 'organization_id']).execute()).map(
        (r) => `${r.recommendation_id}:${r.organization_id}`,
      ),
    );
    if (recommendationIds.length >= 10) {
      for (const [id, status, reason] of [
        [
          recommendationIds[1],
          'implemented',
          'Закон принят и вступил в силу; меры по плану завершены досрочно.',
        ],
        [
          recommendationIds[recommendationIds.length - 2],
          'not_applicable',
          'Рекомендация принята к сведению: вопрос вне компетенции государства.',
        ],
      ] as const) {
        if (overridden.has(id as number)) continue;
        await trx
          .insertInto('recommendation_status')
          .values({
            recommendation_id: id as number,
            override_status: status,
            override_reason: reason,
            overridden_by: null,
            overridden_at: time,
          })
          .execute();
        overrides += 1;
      }
    }
    const organizationIds = await planOrganizations(trx, time);
    const statuses = await implementationStatuses(trx, recommendationIds);
    const assessments = recommendationIds.flatMap((id, i) => {
      const government = statuses.get(id)?.government ?? 'not_started';
      const rows = [];
      for (const [n, organizationId] of organizationIds.entries()) {
        if (i % (n === 0 ? 5 : 9) !== 0 || assessed.has(`${id}:${organizationId}`)) continue;
        const disagree = rng.next() < 0.35;
        rows.push({
          recommendation_id: id,
          organization_id: organizationId,
          status: disagree ? LOWER_STATUS[government] : government,
          evidence: disagree
            ? 'По данным мониторинга, изменения на практике не наблюдаются.'
            : 'Подтверждается данными мониторинга.',
          links: JSON.stringify([]),
          assessed_by: null,
          created_at: time,
          updated_at: time,
        });
      }
      return rows;
    });
    const assessmentIds: number[] = [];
    for (let i = 0; i < assessments.length; i += insertBatchSize(9))
      assessmentIds.push(
        ...(
          await trx
            .insertInto('cs_assessments')
            .values(assessments.slice(i, i + insertBatchSize(9)))
            .returning('id')
            .execute()
        ).map((r) => r.id),
      );

    const plan: SeededPlan = {
      recommendationIds,
      agencyIds,
      organizationIds,
      clusterIds: clusters.map((c) => c.id),
      measureIds,
      indicatorIds,
      progressReportIds,
      assessmentIds,
      overrides,
    };
    await new AuditService(trx).record({
      actor: { userId: null, label: 'system' },
      action: 'seed',
      entityType: 'implementation_plan',
      entityId: `${options.state}-${options.cycle}`,
      after: {
        recommendations: recommendationIds.length,
        clusters: clusters.length,
        measures: measureIds.length,
        indicators: indicatorIds.length,
        progressReports: progressReportIds.length,
        assessments: assessmentIds.length,
      },
    });
    return plan;
  });
}

async function planAgencies(db: Kysely<DB>, time: string): Promise<number[]> {
  const ids: number[] = [];
  for (const agency of PLAN_AGENCIES) {
    const found = await db
      .selectFrom('agencies')
      .select('id')
      .where('name_en', '=', agency.en)
      .executeTakeFirst();
    ids.push(
      found?.id ??
        (
          await db
            .insertInto('agencies')
            .values({
              name_en: agency.en,
              name_ru: agency.ru,
              name_kk: agency.kk,
              created_at: time,
              updated_at: time,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    );
  }
  return ids;
}

async function planOrganizations(db: Kysely<DB>, time: string): Promise<number[]> {
  const ids: number[] = [];
  for (const organization of PLAN_ORGANIZATIONS) {
    const found = await db
      .selectFrom('organizations')
      .select('id')
      .where('name_en', '=', organization.en)
      .executeTakeFirst();
    ids.push(
      found?.id ??
        (
          await db
            .insertInto('organizations')
            .values({
              name_en: organization.en,
              name_ru: organization.ru,
              name_kk: organization.kk,
              kind: organization.kind,
              created_at: time,
              updated_at: time,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    );
  }
  return ids;
}

/** The given ids, synthetic recommendations, or the review's own (not archived), in id order. */
async function planRecommendations(db: Kysely<DB>, options: PlanOptions, time: string): Promise<number[]> {
  if (Array.isArray(options.recommendations)) return options.recommendations;
  if (typeof options.recommendations === 'number') {
    const terms = await db
      .selectFrom('terms')
      .select(['id', 'code'])
      .where('taxonomy_code', '=', 'upr-info-issue')
      .execute();
    const termId = new Map(terms.map((t) => [t.code, t.id]));
    const rows = Array.from({ length: options.recommendations }, (_, i) => {
      const [code, text] = RECOMMENDATION_TEXTS[i % RECOMMENDATION_TEXTS.length] as [string, string];
      return {
        code,
        row: {
          natural_key: `plan:${options.state}:${options.cycle}:${i + 1}`,
          mechanism_code: 'UPR',
          state_under_review: options.state,
          cycle: options.cycle,
          session: null,
          paragraph: `${options.cycle}.${i + 1}`,
          document_symbol: null,
          text,
          text_lang: 'en',
          position: i % 4 === 3 ? ('noted' as const) : ('supported' as const),
          position_source: null,
          action_category: null,
          archived: 0,
          batch_id: null,
          created_at: time,
          updated_at: time,
          detected_lang: null,
          detected_lang_confidence: null,
        },
      };
    });
    const ids = await new RecommendationRepository(db).insertMany(rows.map((r) => r.row));
    const links = ids.flatMap((id, i) => {
      const term = termId.get(rows[i]?.code ?? '');
      return term
        ? [{ recommendation_id: id, term_id: term, origin: 'manual' as const, confidence: null }]
        : [];
    });
    for (let i = 0; i < links.length; i += insertBatchSize(4))
      await db
        .insertInto('recommendation_terms')
        .values(links.slice(i, i + insertBatchSize(4)))
        .execute();
    return ids;
  }
  const rows = await db
    .selectFrom('recommendations')
    .select('id')
    .where('state_under_review', '=', options.state)
    .where('cycle', '=', options.cycle)
    .where('archived', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Each recommendation's first UPR Info issue, the theme its measures and cluster are named after. */
async function themesOf(db: Kysely<DB>, ids: number[]): Promise<Map<number, { code: string; label: Names }>> {
  const result = new Map<number, { code: string; label: Names }>();
  const size = 5000;
  for (let i = 0; i < ids.length; i += size) {
    const rows = await db
      .selectFrom('recommendation_terms as rt')
      .innerJoin('terms as t', 't.id', 'rt.term_id')
      .select(['rt.recommendation_id', 't.code', 't.label_en', 't.label_ru', 't.label_kk'])
      .where('t.taxonomy_code', '=', 'upr-info-issue')
      .where('rt.recommendation_id', 'in', ids.slice(i, i + size))
      .orderBy('t.id')
      .execute();
    for (const row of rows)
      if (!result.has(row.recommendation_id))
        result.set(row.recommendation_id, {
          code: row.code,
          label: {
            en: row.label_en,
            ru: row.label_ru ?? row.label_en,
            kk: row.label_kk ?? row.label_ru ?? row.label_en,
          },
        });
  }
  return result;
}
