/** Alternative reports: who may write which, link checks, versioned updates, every write audited. */
import type { Kysely } from 'kysely';
import type { AlternativeReportRow, DB } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Caller, can } from '../policies/policy.ts';
import { AlternativeReportRepository, type ReportFilter } from './alternative-report.repository.ts';
import {
  type CreateReportInput,
  presentReport,
  type ReportDto,
  reportRecord,
  type UpdateReportInput,
} from './alternative-report.schema.ts';
import { AttachmentService } from './attachment.service.ts';

type LinkInput = Pick<
  CreateReportInput,
  'termIds' | 'recommendations' | 'people' | 'items' | 'coordinatingOrganizationId'
>;

export class AlternativeReportService {
  private readonly reports: AlternativeReportRepository;
  private readonly attachments: AttachmentService;

  constructor(private readonly db: Kysely<DB>) {
    this.reports = new AlternativeReportRepository(db);
    this.attachments = new AttachmentService(db);
  }

  async list(filter: ReportFilter, caller: Caller): Promise<ReportDto[]> {
    const rows = await this.reports.list({ ...filter, ...(caller ? {} : { publishedOnly: true }) });
    return this.present(rows, caller);
  }

  /** The report if the caller may read it, else 404 (drafts do not exist for the public). */
  async get(id: number, caller: Caller): Promise<ReportDto> {
    const row = await this.readable(id, caller);
    const [dto] = await this.present([row], caller);
    return dto as ReportDto;
  }

  async readable(id: number, caller: Caller): Promise<AlternativeReportRow> {
    const row = await this.reports.findById(id);
    if (!row || !can(caller, 'read', 'alternative_report', reportRecord(row)))
      throw notFound(`no alternative report ${id}`);
    return row;
  }

  async create(input: CreateReportInput, caller: Caller, actor: AuditActor): Promise<ReportDto> {
    const record = reportRecord({
      status: input.status,
      coalition_id: input.coalitionId,
      coordinating_organization_id: input.coordinatingOrganizationId ?? null,
    });
    if (!can(caller, 'create', 'alternative_report', record))
      throw forbidden("you may write your own organization's reports only");
    await this.checkCoalition(input.coalitionId);
    await this.checkLinks(input);
    if (await this.reports.findByNumber(input.coalitionId, input.number))
      throw conflict(`the coalition has a report No. ${input.number} already`, null);
    const now = new Date().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const repository = new AlternativeReportRepository(trx);
      const row = await repository.insert({
        coalition_id: input.coalitionId,
        number: input.number,
        title_ru: input.titleRu,
        title_kk: input.titleKk ?? input.titleRu,
        title_en: input.titleEn ?? input.titleRu,
        coordinating_organization_id: input.coordinatingOrganizationId ?? null,
        summary: input.summary ?? null,
        findings: input.findings ?? null,
        status: input.status,
        submitted_on: input.submittedOn ?? null,
        discussed_on: input.discussedOn ?? null,
        created_at: now,
        updated_at: now,
      });
      await repository.replaceLinks(row.id, linksOf(input));
      const links = (await repository.links([row.id])).get(row.id);
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'alternative_report',
        entityId: row.id,
        after: { ...row, ...links },
      });
      return row.id;
    });
    return this.get(id, caller);
  }

  async update(id: number, input: UpdateReportInput, caller: Caller, actor: AuditActor): Promise<ReportDto> {
    const current = await this.readable(id, caller);
    if (!can(caller, 'update', 'alternative_report', reportRecord(current))) throw forbidden();
    if (input.archived !== undefined && !can(caller, 'archive', 'alternative_report', reportRecord(current)))
      throw forbidden('only the coordinator archives reports');
    if (
      input.coordinatingOrganizationId !== undefined &&
      !can(
        caller,
        'update',
        'alternative_report',
        reportRecord({ ...current, coordinating_organization_id: input.coordinatingOrganizationId }),
      )
    )
      throw forbidden();
    await this.checkLinks(input);
    if (current.version !== input.version)
      throw conflict('the report changed since you read it', await this.get(id, caller));
    if (
      input.number !== undefined &&
      input.number !== current.number &&
      (await this.reports.findByNumber(current.coalition_id, input.number))
    )
      throw conflict(`the coalition has a report No. ${input.number} already`, null);
    await this.db.transaction().execute(async (trx) => {
      const repository = new AlternativeReportRepository(trx);
      const before = { ...current, ...(await repository.links([id])).get(id) };
      const updated = await repository.updateVersioned(id, input.version, {
        ...(input.number !== undefined ? { number: input.number } : {}),
        ...(input.titleRu !== undefined ? { title_ru: input.titleRu } : {}),
        ...(input.titleKk !== undefined ? { title_kk: input.titleKk } : {}),
        ...(input.titleEn !== undefined ? { title_en: input.titleEn } : {}),
        ...(input.coordinatingOrganizationId !== undefined
          ? { coordinating_organization_id: input.coordinatingOrganizationId }
          : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...(input.findings !== undefined ? { findings: input.findings } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.submittedOn !== undefined ? { submitted_on: input.submittedOn } : {}),
        ...(input.discussedOn !== undefined ? { discussed_on: input.discussedOn } : {}),
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated) throw conflict('the report changed since you read it', null);
      await repository.replaceLinks(id, linksOf(input));
      const after = { ...updated, ...(await repository.links([id])).get(id) };
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'alternative_report',
        entityId: id,
        before,
        after,
      });
    });
    return this.get(id, caller);
  }

  async attach(id: number, file: { name: string; content: Buffer }, caller: Caller, actor: AuditActor) {
    const row = await this.readable(id, caller);
    if (!can(caller, 'update', 'alternative_report', reportRecord(row))) throw forbidden();
    return this.attachments.add('alternative_report', id, file, actor);
  }

  /** Removes a wrongly uploaded document: the same rights as attaching one. */
  async detach(id: number, attachmentId: number, caller: Caller, actor: AuditActor): Promise<void> {
    const row = await this.readable(id, caller);
    if (!can(caller, 'update', 'alternative_report', reportRecord(row))) throw forbidden();
    if (!(await this.attachments.remove('alternative_report', id, attachmentId, actor)))
      throw notFound(`no attachment ${attachmentId} of report ${id}`);
  }

  async attachment(id: number, attachmentId: number, caller: Caller) {
    await this.readable(id, caller);
    const found = await this.attachments.find('alternative_report', id, attachmentId);
    if (!found) throw notFound(`no attachment ${attachmentId} of report ${id}`);
    return found;
  }

  /** A coalition's reports discussed and remaining, by number. */
  async coverage(coalitionId: number, caller: Caller) {
    const rows = await this.reports.list({ coalitionId, ...(caller ? {} : { publishedOnly: true }) });
    return {
      coalitionId,
      total: rows.length,
      discussed: rows.filter((r) => r.status === 'discussed').map((r) => r.number),
      remaining: rows.filter((r) => r.status !== 'discussed').map((r) => r.number),
    };
  }

  private async present(rows: AlternativeReportRow[], caller: Caller): Promise<ReportDto[]> {
    const ids = rows.map((r) => r.id);
    const [links, attachments] = await Promise.all([
      this.reports.links(ids),
      this.attachments.list('alternative_report', ids),
    ]);
    return rows.map((row) =>
      presentReport(
        row,
        links.get(row.id) ?? { termIds: [], recommendations: [], people: [], items: [] },
        attachments.filter((a) => a.owner_id === row.id),
        caller,
      ),
    );
  }

  private async checkCoalition(id: number): Promise<void> {
    const row = await this.db
      .selectFrom('organizations')
      .select('kind')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw badRequest(`no organization ${id}`);
    if (row.kind !== 'coalition') throw badRequest(`organization ${id} is not a coalition`);
  }

  private async checkLinks(input: LinkInput): Promise<void> {
    const wanted = {
      terms: input.termIds ?? [],
      recommendations: [
        ...(input.recommendations ?? []).map((r) => r.recommendationId),
        ...(input.items ?? []).flatMap((i) => i.recommendationIds),
      ],
      people: (input.people ?? []).map((p) => p.personId),
      organizations: input.coordinatingOrganizationId ? [input.coordinatingOrganizationId] : [],
    } as const;
    for (const [table, ids] of Object.entries(wanted) as [keyof typeof wanted, number[]][]) {
      const unique = [...new Set(ids)];
      const found = await this.reports.existing(table, unique);
      const missing = unique.filter((i) => !found.has(i));
      if (missing.length) throw badRequest(`unknown ${table}: ${missing.join(', ')}`);
    }
  }
}

function linksOf(input: LinkInput) {
  return {
    ...(input.termIds ? { termIds: [...new Set(input.termIds)] } : {}),
    ...(input.recommendations
      ? {
          recommendations: [
            ...new Map(input.recommendations.map((r) => [r.recommendationId, r])).values(),
          ].map((r) => ({
            recommendationId: r.recommendationId,
            note: r.note ?? null,
          })),
        }
      : {}),
    ...(input.people
      ? { people: [...new Map(input.people.map((p) => [`${p.personId}:${p.role}`, p])).values()] }
      : {}),
    ...(input.items
      ? { items: input.items.map((i) => ({ text: i.text, recommendationIds: i.recommendationIds ?? [] })) }
      : {}),
  };
}
