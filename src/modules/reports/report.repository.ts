/**
 * Everything a review report is made of, in one fixed set of queries (no query per recommendation or
 * measure): the review's recommendations with translations and recommending states, its clusters, the
 * measures answering them with lead agencies, indicators and progress reports, and organization names.
 */
import type { Kysely } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB, MeasureStatus, Position, ProgressReportStatus } from '../../db/schema.ts';

type Names = { en: string; ru: string; kk: string };

export interface ReportFacts {
  state: Names & { iso3: string };
  recommendations: {
    id: number;
    paragraph: string | null;
    text: string;
    textLang: string;
    position: Position;
    translations: Map<string, string>;
    recommendedBy: Names[];
  }[];
  clusters: { id: number; title: Names; recommendationIds: number[]; measureIds: number[] }[];
  /** Measures answering a recommendation directly, by recommendation. */
  directMeasures: Map<number, number[]>;
  measures: Map<
    number,
    { id: number; title: Names; status: MeasureStatus; targetDate: string | null; leadAgencies: Names[] }
  >;
  indicators: { id: number; measureId: number; start: string; end: string; everyMonths: number }[];
  reports: {
    id: number;
    measureId: number;
    indicatorId: number | null;
    dueDate: string | null;
    text: string;
    value: string | null;
    status: ProgressReportStatus;
    submittedAt: string | null;
    reviewedAt: string | null;
    createdAt: string;
  }[];
  organizations: Map<number, Names>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class ReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async state(iso3: string): Promise<(Names & { iso3: string }) | undefined> {
    const row = await this.db
      .selectFrom('states')
      .select(['iso3', 'name_en', 'name_ru', 'name_kk'])
      .where('iso3', '=', iso3)
      .executeTakeFirst();
    return row && { iso3: row.iso3, en: row.name_en, ru: row.name_ru, kk: row.name_kk };
  }

  async facts(state: Names & { iso3: string }, cycle: number): Promise<ReportFacts> {
    const db = this.db;
    const recs = await db
      .selectFrom('recommendations')
      .select(['id', 'paragraph', 'text', 'text_lang', 'position'])
      .where('state_under_review', '=', state.iso3)
      .where('cycle', '=', cycle)
      .where('archived', '=', 0)
      .orderBy('id')
      .execute();
    const ids = recs.map((r) => r.id);
    const [translations, recommending, clusters] = await Promise.all([
      db
        .selectFrom('recommendation_translations')
        .select(['recommendation_id', 'lang', 'text'])
        .where(idIn(db, 'recommendation_id', ids))
        .execute(),
      db
        .selectFrom('recommending_states as r')
        .innerJoin('states as s', 's.iso3', 'r.state_iso3')
        .select(['r.recommendation_id', 's.name_en', 's.name_ru', 's.name_kk'])
        .where(idIn(db, 'r.recommendation_id', ids))
        .orderBy('s.name_en')
        .execute(),
      db
        .selectFrom('clusters')
        .select(['id', 'title_en', 'title_ru', 'title_kk'])
        .where('state_under_review', '=', state.iso3)
        .where('cycle', '=', cycle)
        .where('archived', '=', 0)
        .orderBy('id')
        .execute(),
    ]);
    const clusterIds = clusters.map((c) => c.id);
    const [members, clusterMeasures, directLinks] = await Promise.all([
      db
        .selectFrom('cluster_recommendations')
        .select(['cluster_id', 'recommendation_id'])
        .where(idIn(db, 'cluster_id', clusterIds))
        .orderBy('recommendation_id')
        .execute(),
      db
        .selectFrom('measure_clusters')
        .select(['cluster_id', 'measure_id'])
        .where(idIn(db, 'cluster_id', clusterIds))
        .execute(),
      db
        .selectFrom('measure_recommendations')
        .select(['recommendation_id', 'measure_id'])
        .where(idIn(db, 'recommendation_id', ids))
        .execute(),
    ]);
    const measureIds = [...new Set([...clusterMeasures, ...directLinks].map((l) => l.measure_id))];
    const [measures, leads, indicators, reports, assessed] = await Promise.all([
      db
        .selectFrom('measures')
        .select(['id', 'title_en', 'title_ru', 'title_kk', 'status', 'target_date'])
        .where(idIn(db, 'id', measureIds))
        .where('archived', '=', 0)
        .orderBy('id')
        .execute(),
      db
        .selectFrom('measure_agencies as ma')
        .innerJoin('agencies as a', 'a.id', 'ma.agency_id')
        .select(['ma.measure_id', 'a.name_en', 'a.name_ru', 'a.name_kk'])
        .where('ma.role', '=', 'lead')
        .where(idIn(db, 'ma.measure_id', measureIds))
        .execute(),
      db
        .selectFrom('indicators')
        .select(['id', 'measure_id', 'schedule_start', 'schedule_end', 'every_months'])
        .where(idIn(db, 'measure_id', measureIds))
        .where('archived', '=', 0)
        .where('every_months', 'is not', null)
        .execute(),
      db
        .selectFrom('progress_reports')
        .select([
          'id',
          'measure_id',
          'indicator_id',
          'due_date',
          'text',
          'value',
          'status',
          'submitted_at',
          'reviewed_at',
          'created_at',
        ])
        .where(idIn(db, 'measure_id', measureIds))
        .orderBy('id')
        .execute(),
      db
        .selectFrom('cs_assessments as c')
        .innerJoin('organizations as o', 'o.id', 'c.organization_id')
        .select(['o.id', 'o.name_en', 'o.name_ru', 'o.name_kk'])
        .where(idIn(db, 'c.recommendation_id', ids))
        .groupBy(['o.id', 'o.name_en', 'o.name_ru', 'o.name_kk'])
        .execute(),
    ]);

    const translationsOf = new Map<number, Map<string, string>>();
    for (const t of translations) {
      const map = translationsOf.get(t.recommendation_id) ?? new Map<string, string>();
      map.set(t.lang, t.text);
      translationsOf.set(t.recommendation_id, map);
    }
    const byOf = new Map<number, Names[]>();
    for (const r of recommending)
      push(byOf, r.recommendation_id, { en: r.name_en, ru: r.name_ru, kk: r.name_kk });
    const membersOf = new Map<number, number[]>();
    for (const m of members) push(membersOf, m.cluster_id, m.recommendation_id);
    const measuresOfCluster = new Map<number, number[]>();
    for (const m of clusterMeasures) push(measuresOfCluster, m.cluster_id, m.measure_id);
    const directMeasures = new Map<number, number[]>();
    for (const l of directLinks) push(directMeasures, l.recommendation_id, l.measure_id);
    const leadsOf = new Map<number, Names[]>();
    for (const l of leads) push(leadsOf, l.measure_id, { en: l.name_en, ru: l.name_ru, kk: l.name_kk });

    return {
      state,
      recommendations: recs.map((r) => ({
        id: r.id,
        paragraph: r.paragraph,
        text: r.text,
        textLang: r.text_lang,
        position: r.position,
        translations: translationsOf.get(r.id) ?? new Map(),
        recommendedBy: byOf.get(r.id) ?? [],
      })),
      clusters: clusters.map((c) => ({
        id: c.id,
        title: { en: c.title_en, ru: c.title_ru, kk: c.title_kk },
        recommendationIds: membersOf.get(c.id) ?? [],
        measureIds: measuresOfCluster.get(c.id) ?? [],
      })),
      directMeasures,
      measures: new Map(
        measures.map((m) => [
          m.id,
          {
            id: m.id,
            title: { en: m.title_en, ru: m.title_ru, kk: m.title_kk },
            status: m.status,
            targetDate: m.target_date,
            leadAgencies: leadsOf.get(m.id) ?? [],
          },
        ]),
      ),
      indicators: indicators.flatMap((i) =>
        i.schedule_start && i.schedule_end && i.every_months
          ? [
              {
                id: i.id,
                measureId: i.measure_id,
                start: i.schedule_start,
                end: i.schedule_end,
                everyMonths: i.every_months,
              },
            ]
          : [],
      ),
      reports: reports.map((r) => ({
        id: r.id,
        measureId: r.measure_id,
        indicatorId: r.indicator_id,
        dueDate: r.due_date,
        text: r.text,
        value: r.value,
        status: r.status,
        submittedAt: r.submitted_at,
        reviewedAt: r.reviewed_at,
        createdAt: r.created_at,
      })),
      organizations: new Map(assessed.map((o) => [o.id, { en: o.name_en, ru: o.name_ru, kk: o.name_kk }])),
    };
  }
}
