/** What reminders and the digest are made of: scheduled indicators, their reports, recipients. All SQL. */
import type { Kysely } from 'kysely';
import { idIn } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';

export interface ScheduledIndicator {
  indicatorId: number;
  measureId: number;
  name: { en: string; ru: string; kk: string };
  measure: { en: string; ru: string; kk: string };
  start: string;
  end: string;
  everyMonths: number;
  leadAgencyIds: number[];
}

export interface ReturnedReport {
  id: number;
  measureId: number;
  measure: { en: string; ru: string; kk: string };
  comment: string | null;
  reviewedAt: string;
  leadAgencyIds: number[];
}

export interface Recipient {
  id: number;
  email: string;
  locale: string;
  agencyId: number | null;
}

export interface AwaitingReport {
  id: number;
  measureId: number;
  measure: { en: string; ru: string; kk: string };
  submittedAt: string | null;
}

const ACTIVE_MEASURE = ['planned', 'in_progress'] as const;

export class ReminderRepository {
  constructor(private readonly db: Kysely<DB>) {}

  private async leadAgencies(measureIds: number[]): Promise<Map<number, number[]>> {
    const rows = await this.db
      .selectFrom('measure_agencies')
      .select(['measure_id', 'agency_id'])
      .where('role', '=', 'lead')
      .where(idIn(this.db, 'measure_id', measureIds))
      .execute();
    const out = new Map<number, number[]>();
    for (const row of rows) out.set(row.measure_id, [...(out.get(row.measure_id) ?? []), row.agency_id]);
    return out;
  }

  /** Indicators of active measures that have a reporting schedule. */
  async scheduledIndicators(): Promise<ScheduledIndicator[]> {
    const rows = await this.db
      .selectFrom('indicators as i')
      .innerJoin('measures as m', 'm.id', 'i.measure_id')
      .select([
        'i.id',
        'i.measure_id',
        'i.name_en',
        'i.name_ru',
        'i.name_kk',
        'i.schedule_start',
        'i.schedule_end',
        'i.every_months',
        'm.title_en',
        'm.title_ru',
        'm.title_kk',
      ])
      .where('i.archived', '=', 0)
      .where('m.archived', '=', 0)
      .where('m.status', 'in', ACTIVE_MEASURE)
      .where('i.every_months', 'is not', null)
      .where('i.schedule_start', 'is not', null)
      .where('i.schedule_end', 'is not', null)
      .orderBy('i.id')
      .execute();
    const leads = await this.leadAgencies([...new Set(rows.map((r) => r.measure_id))]);
    return rows.map((r) => ({
      indicatorId: r.id,
      measureId: r.measure_id,
      name: { en: r.name_en, ru: r.name_ru, kk: r.name_kk },
      measure: { en: r.title_en, ru: r.title_ru, kk: r.title_kk },
      start: r.schedule_start ?? '',
      end: r.schedule_end ?? '',
      everyMonths: r.every_months ?? 1,
      leadAgencyIds: leads.get(r.measure_id) ?? [],
    }));
  }

  /** `indicator:due date` of every report that answers a due date (submitted or approved). */
  async answeredDueDates(): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('progress_reports')
      .select(['indicator_id', 'due_date'])
      .where('status', 'in', ['submitted', 'approved'])
      .where('indicator_id', 'is not', null)
      .where('due_date', 'is not', null)
      .execute();
    return new Set(rows.map((r) => `${r.indicator_id}:${r.due_date}`));
  }

  /** Reports the coordinator returned for changes and nobody has resubmitted yet. */
  async returnedReports(): Promise<ReturnedReport[]> {
    const rows = await this.db
      .selectFrom('progress_reports as p')
      .innerJoin('measures as m', 'm.id', 'p.measure_id')
      .select([
        'p.id',
        'p.measure_id',
        'p.review_comment',
        'p.reviewed_at',
        'm.title_en',
        'm.title_ru',
        'm.title_kk',
      ])
      .where('p.status', '=', 'returned')
      .where('m.archived', '=', 0)
      .orderBy('p.id')
      .execute();
    const leads = await this.leadAgencies([...new Set(rows.map((r) => r.measure_id))]);
    return rows.map((r) => ({
      id: r.id,
      measureId: r.measure_id,
      measure: { en: r.title_en, ru: r.title_ru, kk: r.title_kk },
      comment: r.review_comment,
      reviewedAt: r.reviewed_at ?? '',
      leadAgencyIds: leads.get(r.measure_id) ?? [],
    }));
  }

  async awaitingApproval(): Promise<AwaitingReport[]> {
    const rows = await this.db
      .selectFrom('progress_reports as p')
      .innerJoin('measures as m', 'm.id', 'p.measure_id')
      .select(['p.id', 'p.measure_id', 'p.submitted_at', 'm.title_en', 'm.title_ru', 'm.title_kk'])
      .where('p.status', '=', 'submitted')
      .where('m.archived', '=', 0)
      .orderBy('p.submitted_at')
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      measureId: r.measure_id,
      measure: { en: r.title_en, ru: r.title_ru, kk: r.title_kk },
      submittedAt: r.submitted_at,
    }));
  }

  /** Active focal points of the given agencies. */
  async focalPoints(agencyIds: number[]): Promise<Recipient[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'email', 'locale', 'agency_id'])
      .where('role', '=', 'agency_focal_point')
      .where('disabled', '=', 0)
      .where(idIn(this.db, 'agency_id', agencyIds))
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, email: r.email, locale: r.locale, agencyId: r.agency_id }));
  }

  async coordinators(): Promise<Recipient[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'email', 'locale', 'agency_id'])
      .where('role', '=', 'coordinator')
      .where('disabled', '=', 0)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, email: r.email, locale: r.locale, agencyId: r.agency_id }));
  }
}
