/** Alternative reports with their themes, linked recommendations, authors and items: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AlternativeReportRow, AlternativeReportsTable, DB, ReportPersonRole } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface ReportFilter {
  coalitionId?: number;
  status?: string;
  termId?: number;
  recommendationId?: number;
  /** Leaves drafts out (the public's view). */
  publishedOnly?: boolean;
  includeArchived?: boolean;
  /** Words looked for in the titles, summary, findings, items and the attachments' extracted text. */
  q?: string;
}

export interface ReportLinks {
  termIds: number[];
  recommendations: { recommendationId: number; note: string | null }[];
  people: { personId: number; role: ReportPersonRole }[];
  items: { id: number; text: string; recommendationIds: number[] }[];
}

export class AlternativeReportRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: ReportFilter): Promise<AlternativeReportRow[]> {
    let query = this.db
      .selectFrom('alternative_reports')
      .selectAll()
      .orderBy('coalition_id')
      .orderBy('number');
    if (!filter.includeArchived) query = query.where('archived', '=', 0);
    if (filter.publishedOnly) query = query.where('status', '!=', 'draft');
    if (filter.coalitionId !== undefined) query = query.where('coalition_id', '=', filter.coalitionId);
    if (filter.status) query = query.where('status', '=', filter.status as AlternativeReportRow['status']);
    const { termId, recommendationId } = filter;
    if (filter.q) {
      const needle = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
      query = query.where((eb) =>
        eb.or([
          ...(['title_ru', 'title_kk', 'title_en', 'summary', 'findings'] as const).map((column) =>
            eb(eb.fn('lower', [column]), 'like', needle),
          ),
          eb(
            'id',
            'in',
            eb
              .selectFrom('alternative_report_items')
              .select('report_id')
              .where((w) => w(w.fn('lower', ['text']), 'like', needle)),
          ),
          eb(
            'id',
            'in',
            eb
              .selectFrom('attachments')
              .select('owner_id')
              .where('owner_type', '=', 'alternative_report')
              .where((w) => w(w.fn('lower', ['text']), 'like', needle)),
          ),
        ]),
      );
    }
    if (termId !== undefined)
      query = query.where('id', 'in', (eb) =>
        eb.selectFrom('alternative_report_terms').select('report_id').where('term_id', '=', termId),
      );
    if (recommendationId !== undefined)
      query = query.where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb
              .selectFrom('alternative_report_recommendations')
              .select('report_id')
              .where('recommendation_id', '=', recommendationId),
          ),
          eb(
            'id',
            'in',
            eb
              .selectFrom('alternative_report_items as i')
              .innerJoin('alternative_report_item_recommendations as ir', 'ir.item_id', 'i.id')
              .select('i.report_id')
              .where('ir.recommendation_id', '=', recommendationId),
          ),
        ]),
      );
    return query.execute();
  }

  findById(id: number): Promise<AlternativeReportRow | undefined> {
    return this.db.selectFrom('alternative_reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<AlternativeReportRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('alternative_reports')
      .selectAll()
      .where('id', 'in', ids)
      .orderBy('number')
      .execute();
  }

  findByNumber(coalitionId: number, number: number): Promise<AlternativeReportRow | undefined> {
    return this.db
      .selectFrom('alternative_reports')
      .selectAll()
      .where('coalition_id', '=', coalitionId)
      .where('number', '=', number)
      .executeTakeFirst();
  }

  insert(values: Insertable<AlternativeReportsTable>): Promise<AlternativeReportRow> {
    return this.db.insertInto('alternative_reports').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: Updateable<AlternativeReportsTable>,
  ): Promise<AlternativeReportRow | undefined> {
    return updateVersionedRow(this.db, 'alternative_reports', id, version, values);
  }

  /** The links of several reports at once, keyed by report id. */
  async links(reportIds: number[]): Promise<Map<number, ReportLinks>> {
    const out = new Map<number, ReportLinks>(
      reportIds.map((id) => [id, { termIds: [], recommendations: [], people: [], items: [] }]),
    );
    if (reportIds.length === 0) return out;
    const [terms, recs, people, items] = await Promise.all([
      this.db
        .selectFrom('alternative_report_terms')
        .selectAll()
        .where('report_id', 'in', reportIds)
        .orderBy('term_id')
        .execute(),
      this.db
        .selectFrom('alternative_report_recommendations')
        .selectAll()
        .where('report_id', 'in', reportIds)
        .orderBy('recommendation_id')
        .execute(),
      this.db
        .selectFrom('alternative_report_people')
        .selectAll()
        .where('report_id', 'in', reportIds)
        .execute(),
      this.db
        .selectFrom('alternative_report_items')
        .selectAll()
        .where('report_id', 'in', reportIds)
        .orderBy('position')
        .execute(),
    ]);
    const itemIds = items.map((i) => i.id);
    const itemRecs = itemIds.length
      ? await this.db
          .selectFrom('alternative_report_item_recommendations')
          .selectAll()
          .where('item_id', 'in', itemIds)
          .orderBy('recommendation_id')
          .execute()
      : [];
    for (const t of terms) out.get(t.report_id)?.termIds.push(t.term_id);
    for (const r of recs)
      out.get(r.report_id)?.recommendations.push({ recommendationId: r.recommendation_id, note: r.note });
    for (const p of people) out.get(p.report_id)?.people.push({ personId: p.person_id, role: p.role });
    for (const i of items)
      out.get(i.report_id)?.items.push({
        id: i.id,
        text: i.text,
        recommendationIds: itemRecs.filter((r) => r.item_id === i.id).map((r) => r.recommendation_id),
      });
    return out;
  }

  /** Replaces the given kinds of links (the others stay as they are). */
  async replaceLinks(
    reportId: number,
    links: Partial<Omit<ReportLinks, 'items'> & { items: { text: string; recommendationIds: number[] }[] }>,
  ): Promise<void> {
    if (links.termIds) {
      await this.db.deleteFrom('alternative_report_terms').where('report_id', '=', reportId).execute();
      if (links.termIds.length)
        await this.db
          .insertInto('alternative_report_terms')
          .values(links.termIds.map((term_id) => ({ report_id: reportId, term_id })))
          .execute();
    }
    if (links.recommendations) {
      await this.db
        .deleteFrom('alternative_report_recommendations')
        .where('report_id', '=', reportId)
        .execute();
      if (links.recommendations.length)
        await this.db
          .insertInto('alternative_report_recommendations')
          .values(
            links.recommendations.map((r) => ({
              report_id: reportId,
              recommendation_id: r.recommendationId,
              note: r.note,
            })),
          )
          .execute();
    }
    if (links.people) {
      await this.db.deleteFrom('alternative_report_people').where('report_id', '=', reportId).execute();
      if (links.people.length)
        await this.db
          .insertInto('alternative_report_people')
          .values(links.people.map((p) => ({ report_id: reportId, person_id: p.personId, role: p.role })))
          .execute();
    }
    if (links.items) {
      const old = this.db
        .selectFrom('alternative_report_items')
        .select('id')
        .where('report_id', '=', reportId);
      await this.db
        .deleteFrom('alternative_report_item_recommendations')
        .where('item_id', 'in', old)
        .execute();
      await this.db.deleteFrom('alternative_report_items').where('report_id', '=', reportId).execute();
      for (const [position, item] of links.items.entries()) {
        const { id } = await this.db
          .insertInto('alternative_report_items')
          .values({ report_id: reportId, position, text: item.text })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (item.recommendationIds.length)
          await this.db
            .insertInto('alternative_report_item_recommendations')
            .values(
              [...new Set(item.recommendationIds)].map((recommendation_id) => ({
                item_id: id,
                recommendation_id,
              })),
            )
            .execute();
      }
    }
  }

  async existing(
    table: 'terms' | 'recommendations' | 'people' | 'organizations',
    ids: number[],
  ): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    return new Set(rows.map((r) => r.id));
  }
}
