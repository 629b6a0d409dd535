/** Consultations with their organizations, participants, agenda and follow-ups: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type {
  ConsultationRow,
  ConsultationsTable,
  DB,
  FollowUpStatus,
  ParticipantRole,
} from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export interface AgendaItem {
  reportId: number | null;
  termId: number | null;
  recommendationId: number | null;
  note: string | null;
}

export interface FollowUp {
  text: string;
  ownerPersonId: number | null;
  ownerOrganizationId: number | null;
  dueOn: string | null;
  status: FollowUpStatus;
  recommendationIds: number[];
}

export interface ConsultationLinks {
  organizationIds: number[];
  participants: { personId: number; role: ParticipantRole }[];
  agenda: (AgendaItem & { id: number })[];
  followUps: (FollowUp & { id: number })[];
}

export interface ConsultationFilter {
  publishedOnly?: boolean;
  includeArchived?: boolean;
  reportId?: number;
  termId?: number;
  recommendationId?: number;
}

export class ConsultationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(filter: ConsultationFilter): Promise<ConsultationRow[]> {
    let query = this.db.selectFrom('consultations').selectAll().orderBy('starts_at', 'desc').orderBy('id');
    if (!filter.includeArchived) query = query.where('archived', '=', 0);
    if (filter.publishedOnly) query = query.where('published', '=', 1);
    const agenda = (column: 'report_id' | 'term_id' | 'recommendation_id', value: number) =>
      query.where('id', 'in', (eb) =>
        eb.selectFrom('consultation_agenda_items').select('consultation_id').where(column, '=', value),
      );
    if (filter.reportId !== undefined) query = agenda('report_id', filter.reportId);
    if (filter.termId !== undefined) query = agenda('term_id', filter.termId);
    if (filter.recommendationId !== undefined) query = agenda('recommendation_id', filter.recommendationId);
    return query.execute();
  }

  /** Consultations whose agenda names any of the reports, terms or recommendations given. */
  listByAgenda(
    ids: { reportIds: number[]; termIds: number[]; recommendationIds: number[] },
    publishedOnly: boolean,
  ) {
    const { reportIds, termIds, recommendationIds } = ids;
    if (!reportIds.length && !termIds.length && !recommendationIds.length) return Promise.resolve([]);
    let query = this.db
      .selectFrom('consultations')
      .selectAll()
      .where('archived', '=', 0)
      .where((eb) =>
        eb.or([
          eb(
            'id',
            'in',
            eb
              .selectFrom('consultation_agenda_items')
              .select('consultation_id')
              .where((w) =>
                w.or([
                  ...(reportIds.length ? [w('report_id', 'in', reportIds)] : []),
                  ...(termIds.length ? [w('term_id', 'in', termIds)] : []),
                  ...(recommendationIds.length ? [w('recommendation_id', 'in', recommendationIds)] : []),
                ]),
              ),
          ),
          // A follow-up item linked to the recommendation counts as dealing with it too.
          ...(recommendationIds.length
            ? [
                eb(
                  'id',
                  'in',
                  eb
                    .selectFrom('follow_ups as f')
                    .innerJoin('follow_up_recommendations as fr', 'fr.follow_up_id', 'f.id')
                    .select('f.consultation_id')
                    .where('fr.recommendation_id', 'in', recommendationIds),
                ),
              ]
            : []),
        ]),
      )
      .orderBy('starts_at', 'desc');
    if (publishedOnly) query = query.where('published', '=', 1);
    return query.execute();
  }

  findById(id: number): Promise<ConsultationRow | undefined> {
    return this.db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(values: Insertable<ConsultationsTable>): Promise<ConsultationRow> {
    return this.db.insertInto('consultations').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: Updateable<ConsultationsTable>,
  ): Promise<ConsultationRow | undefined> {
    return updateVersionedRow(this.db, 'consultations', id, version, values);
  }

  async setPublished(id: number): Promise<void> {
    await this.db.updateTable('consultations').set({ published: 1 }).where('id', '=', id).execute();
  }

  async links(ids: number[]): Promise<Map<number, ConsultationLinks>> {
    const out = new Map<number, ConsultationLinks>(
      ids.map((id) => [id, { organizationIds: [], participants: [], agenda: [], followUps: [] }]),
    );
    if (ids.length === 0) return out;
    const [organizations, participants, agenda, followUps] = await Promise.all([
      this.db
        .selectFrom('consultation_organizations')
        .selectAll()
        .where('consultation_id', 'in', ids)
        .orderBy('organization_id')
        .execute(),
      this.db
        .selectFrom('consultation_participants')
        .selectAll()
        .where('consultation_id', 'in', ids)
        .execute(),
      this.db
        .selectFrom('consultation_agenda_items')
        .selectAll()
        .where('consultation_id', 'in', ids)
        .orderBy('position')
        .execute(),
      this.db
        .selectFrom('follow_ups')
        .selectAll()
        .where('consultation_id', 'in', ids)
        .orderBy('position')
        .execute(),
    ]);
    const followUpIds = followUps.map((f) => f.id);
    const followUpRecs = followUpIds.length
      ? await this.db
          .selectFrom('follow_up_recommendations')
          .selectAll()
          .where('follow_up_id', 'in', followUpIds)
          .orderBy('recommendation_id')
          .execute()
      : [];
    for (const o of organizations) out.get(o.consultation_id)?.organizationIds.push(o.organization_id);
    for (const p of participants)
      out.get(p.consultation_id)?.participants.push({ personId: p.person_id, role: p.role });
    for (const a of agenda)
      out.get(a.consultation_id)?.agenda.push({
        id: a.id,
        reportId: a.report_id,
        termId: a.term_id,
        recommendationId: a.recommendation_id,
        note: a.note,
      });
    for (const f of followUps)
      out.get(f.consultation_id)?.followUps.push({
        id: f.id,
        text: f.text,
        ownerPersonId: f.owner_person_id,
        ownerOrganizationId: f.owner_organization_id,
        dueOn: f.due_on,
        status: f.status,
        recommendationIds: followUpRecs
          .filter((r) => r.follow_up_id === f.id)
          .map((r) => r.recommendation_id),
      });
    return out;
  }

  /** Replaces the given kinds of links (the others stay as they are). */
  async replaceLinks(
    id: number,
    links: {
      organizationIds?: number[];
      participants?: ConsultationLinks['participants'];
      agenda?: AgendaItem[];
      followUps?: FollowUp[];
    },
  ): Promise<void> {
    if (links.organizationIds) {
      await this.db.deleteFrom('consultation_organizations').where('consultation_id', '=', id).execute();
      if (links.organizationIds.length)
        await this.db
          .insertInto('consultation_organizations')
          .values(links.organizationIds.map((organization_id) => ({ consultation_id: id, organization_id })))
          .execute();
    }
    if (links.participants) {
      await this.db.deleteFrom('consultation_participants').where('consultation_id', '=', id).execute();
      if (links.participants.length)
        await this.db
          .insertInto('consultation_participants')
          .values(
            links.participants.map((p) => ({ consultation_id: id, person_id: p.personId, role: p.role })),
          )
          .execute();
    }
    if (links.agenda) {
      await this.db.deleteFrom('consultation_agenda_items').where('consultation_id', '=', id).execute();
      if (links.agenda.length)
        await this.db
          .insertInto('consultation_agenda_items')
          .values(
            links.agenda.map((a, position) => ({
              consultation_id: id,
              position,
              report_id: a.reportId,
              term_id: a.termId,
              recommendation_id: a.recommendationId,
              note: a.note,
            })),
          )
          .execute();
    }
    if (links.followUps) {
      const old = this.db.selectFrom('follow_ups').select('id').where('consultation_id', '=', id);
      await this.db.deleteFrom('follow_up_recommendations').where('follow_up_id', 'in', old).execute();
      await this.db.deleteFrom('follow_ups').where('consultation_id', '=', id).execute();
      for (const [position, f] of links.followUps.entries()) {
        const row = await this.db
          .insertInto('follow_ups')
          .values({
            consultation_id: id,
            position,
            text: f.text,
            owner_person_id: f.ownerPersonId,
            owner_organization_id: f.ownerOrganizationId,
            due_on: f.dueOn,
            status: f.status,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (f.recommendationIds.length)
          await this.db
            .insertInto('follow_up_recommendations')
            .values(
              [...new Set(f.recommendationIds)].map((recommendation_id) => ({
                follow_up_id: row.id,
                recommendation_id,
              })),
            )
            .execute();
      }
    }
  }

  async existing(
    table: 'terms' | 'recommendations' | 'people' | 'organizations' | 'alternative_reports',
    ids: number[],
  ): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    return new Set(rows.map((r) => r.id));
  }

  /** A recommendation's publication flag and terms, for coverage; undefined if there is none. */
  async recommendation(id: number): Promise<{ published: boolean; termIds: number[] } | undefined> {
    const row = await this.db
      .selectFrom('recommendations')
      .select('published')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const terms = await this.db
      .selectFrom('recommendation_terms')
      .select('term_id')
      .where('recommendation_id', '=', id)
      .where('origin', '!=', 'suggested')
      .execute();
    return { published: row.published === 1, termIds: terms.map((t) => t.term_id) };
  }

  async stateExists(iso3: string): Promise<boolean> {
    return (
      (await this.db.selectFrom('states').select('iso3').where('iso3', '=', iso3).executeTakeFirst()) !==
      undefined
    );
  }
}
