/**
 * Progress reports and their approval flow: draft → submitted → approved, or returned (with the coordinator's
 * comment) → edited → submitted again. Drafts and returned reports are edited by a focal point of the author's
 * agency (or of the measure's agencies) or by the coordinator; only the coordinator approves or returns;
 * an approved report is read-only. Evidence: http(s) links and PDF/DOCX attachments.
 */
import type { Kysely } from 'kysely';
import type { DB, ProgressReportRow, ProgressReportStatus } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, HttpProblem, notFound } from '../../http/problem.ts';
import { AttachmentService } from '../alternative-reports/attachment.service.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Action, type Caller, can } from '../policies/policy.ts';
import { now } from './common.ts';
import { type ProgressReportFilter, ProgressReportRepository } from './progress-report.repository.ts';
import {
  type CreateProgressReportInput,
  type ProgressReportDto,
  presentProgressReport,
  type UpdateProgressReportInput,
} from './progress-report.schema.ts';
import { dueDates } from './schedule.ts';

const NEEDED: Record<'update' | 'approve', ProgressReportStatus[]> = {
  update: ['draft', 'returned'],
  approve: ['submitted'],
};

export class ProgressReportService {
  private readonly reports: ProgressReportRepository;
  private readonly attachments: AttachmentService;

  constructor(private readonly db: Kysely<DB>) {
    this.reports = new ProgressReportRepository(db);
    this.attachments = new AttachmentService(db);
  }

  async list(filter: ProgressReportFilter, caller: Caller): Promise<ProgressReportDto[]> {
    // The public reads approved reports only.
    if (!caller && filter.status && filter.status !== 'approved') return [];
    const rows = await this.reports.list(caller ? filter : { ...filter, status: 'approved' });
    return this.present(rows, caller);
  }

  async get(id: number, caller: Caller): Promise<ProgressReportDto> {
    const [dto] = await this.present([await this.readable(id, caller)], caller);
    return dto as ProgressReportDto;
  }

  async create(
    input: CreateProgressReportInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<ProgressReportDto> {
    const measure = await this.reports.measureExists(input.measureId);
    if (!measure) throw badRequest(`unknown measure ${input.measureId}`);
    if (measure.archived) throw badRequest(`measure ${input.measureId} is archived`);
    const agencyIds = (await this.reports.measureAgencies([input.measureId])).get(input.measureId) ?? [];
    if (!can(caller, 'create', 'progress_report', { agencyIds, status: 'draft' }))
      throw forbidden('only the coordinator or a focal point of an agency of this measure may report on it');
    const indicatorId = input.indicatorId ?? null;
    const dueDate = input.dueDate ?? null;
    if (indicatorId !== null) {
      const indicator = await this.reports.indicator(indicatorId);
      if (!indicator || indicator.measure_id !== input.measureId)
        throw badRequest(`indicator ${indicatorId} is not an indicator of measure ${input.measureId}`);
      if (indicator.archived) throw badRequest(`indicator ${indicatorId} is archived`);
      if (dueDate !== null) {
        const schedule =
          indicator.schedule_start && indicator.schedule_end && indicator.every_months
            ? {
                start: indicator.schedule_start,
                end: indicator.schedule_end,
                everyMonths: indicator.every_months,
              }
            : null;
        if (!schedule || !dueDates(schedule).includes(dueDate))
          throw badRequest(`${dueDate} is not a due date of indicator ${indicatorId}'s schedule`, {
            errors: [{ path: 'body.dueDate', message: 'not a due date of the schedule' }],
          });
        const existing = await this.reports.findForDueDate(indicatorId, dueDate);
        if (existing)
          throw conflict(
            `report ${existing.id} already answers ${dueDate} for indicator ${indicatorId}`,
            await this.get(existing.id, caller),
          );
      }
    } else if (dueDate !== null) {
      throw badRequest('a due date belongs to an indicator: give the indicator too, or no due date', {
        errors: [{ path: 'body.dueDate', message: 'needs indicatorId' }],
      });
    }
    const time = now();
    const id = await this.db.transaction().execute(async (trx) => {
      const row = await new ProgressReportRepository(trx).insert({
        measure_id: input.measureId,
        indicator_id: indicatorId,
        due_date: dueDate,
        text: input.text,
        value: input.value ?? null,
        links: JSON.stringify(input.links),
        status: 'draft',
        author_id: actor.userId,
        created_at: time,
        updated_at: time,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'progress_report',
        entityId: row.id,
        after: row,
      });
      return row.id;
    });
    return this.get(id, caller);
  }

  async update(
    id: number,
    input: UpdateProgressReportInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<ProgressReportDto> {
    const current = await this.readable(id, caller);
    await this.allow('update', caller, current);
    return this.transition(current, input.version, caller, actor, 'update', {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.value !== undefined ? { value: input.value } : {}),
      ...(input.links !== undefined ? { links: JSON.stringify(input.links) } : {}),
    });
  }

  async submit(id: number, version: number, caller: Caller, actor: AuditActor): Promise<ProgressReportDto> {
    const current = await this.readable(id, caller);
    await this.allow('update', caller, current);
    return this.transition(current, version, caller, actor, 'submit', {
      status: 'submitted',
      submitted_at: now(),
    });
  }

  async approve(id: number, version: number, caller: Caller, actor: AuditActor): Promise<ProgressReportDto> {
    const current = await this.readable(id, caller);
    await this.allow('approve', caller, current);
    return this.transition(current, version, caller, actor, 'approve', {
      status: 'approved',
      review_comment: null,
      reviewed_by: actor.userId,
      reviewed_at: now(),
    });
  }

  async return(
    id: number,
    input: { version: number; comment: string },
    caller: Caller,
    actor: AuditActor,
  ): Promise<ProgressReportDto> {
    const current = await this.readable(id, caller);
    await this.allow('approve', caller, current);
    return this.transition(current, input.version, caller, actor, 'return', {
      status: 'returned',
      review_comment: input.comment,
      reviewed_by: actor.userId,
      reviewed_at: now(),
    });
  }

  async attach(id: number, file: { name: string; content: Buffer }, caller: Caller, actor: AuditActor) {
    const current = await this.readable(id, caller);
    await this.allow('update', caller, current);
    return this.attachments.add('progress_report', id, file, actor);
  }

  async attachment(id: number, attachmentId: number, caller: Caller) {
    await this.readable(id, caller);
    const found = await this.attachments.find('progress_report', id, attachmentId);
    if (!found) throw notFound(`no attachment ${attachmentId} of progress report ${id}`);
    return found;
  }

  private async transition(
    current: ProgressReportRow,
    version: number,
    caller: Caller,
    actor: AuditActor,
    action: string,
    values: Parameters<ProgressReportRepository['updateVersioned']>[2],
  ): Promise<ProgressReportDto> {
    if (current.version !== version)
      throw conflict('the progress report changed since you read it', await this.get(current.id, caller));
    await this.db.transaction().execute(async (trx) => {
      const updated = await new ProgressReportRepository(trx).updateVersioned(current.id, version, {
        ...values,
        updated_at: now(),
      });
      if (!updated) throw conflict('the progress report changed since you read it', null);
      await new AuditService(trx).record({
        actor,
        action,
        entityType: 'progress_report',
        entityId: current.id,
        before: current,
        after: updated,
      });
    });
    return this.get(current.id, caller);
  }

  /** 403 when the caller may never do this to the report, 409 when its status does not allow it now. */
  private async allow(action: Extract<Action, 'update' | 'approve'>, caller: Caller, row: ProgressReportRow) {
    const agencyIds = await this.agencyIdsOf(row);
    if (can(caller, action, 'progress_report', { agencyIds, status: row.status })) return;
    const wanted = NEEDED[action];
    if (can(caller, action, 'progress_report', { agencyIds, status: wanted[0] as ProgressReportStatus }))
      throw new HttpProblem(
        409,
        'Conflict',
        `the progress report is ${row.status}: only a ${wanted.join(' or ')} report can be ${action === 'update' ? 'changed or submitted' : 'approved or returned'}`,
        { current: await this.get(row.id, caller) },
      );
    throw forbidden(
      action === 'approve'
        ? 'only the coordinator approves or returns progress reports'
        : "only the coordinator or a focal point of the report's agency may change it",
    );
  }

  private async readable(id: number, caller: Caller): Promise<ProgressReportRow> {
    const row = await this.reports.findById(id);
    if (!row || !can(caller, 'read', 'progress_report', { agencyIds: [], status: row.status }))
      throw notFound(`no progress report ${id}`);
    return row;
  }

  /** Who answers for a report: its author's agency, else (a coordinator wrote it) the measure's agencies. */
  private async agencyIdsOf(row: ProgressReportRow): Promise<number[]> {
    return (await this.agencies([row])).get(row.id) ?? [];
  }

  private async agencies(rows: ProgressReportRow[]): Promise<Map<number, number[]>> {
    const authors = await this.reports.authorAgencies([
      ...new Set(rows.flatMap((r) => (r.author_id !== null ? [r.author_id] : []))),
    ]);
    const measures = await this.reports.measureAgencies([...new Set(rows.map((r) => r.measure_id))]);
    return new Map(
      rows.map((row) => {
        const authorAgency = row.author_id !== null ? authors.get(row.author_id) : null;
        return [row.id, authorAgency != null ? [authorAgency] : (measures.get(row.measure_id) ?? [])];
      }),
    );
  }

  private async present(rows: ProgressReportRow[], caller: Caller): Promise<ProgressReportDto[]> {
    const ids = rows.map((r) => r.id);
    const [agencies, attachments] = await Promise.all([
      this.agencies(rows),
      this.attachments.list('progress_report', ids),
    ]);
    return rows.map((row) =>
      presentProgressReport(
        row,
        agencies.get(row.id) ?? [],
        attachments.filter((a) => a.owner_id === row.id),
        caller,
      ),
    );
  }
}
