/** Consultations: link checks, versioned updates, attachments and coverage, every write audited. */
import type { Kysely } from 'kysely';
import type { ConsultationRow, ConsultationsTable, DB } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { AttachmentService } from '../alternative-reports/attachment.service.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Caller, can } from '../policies/policy.ts';
import { type ConsultationFilter, ConsultationRepository } from './consultation.repository.ts';
import {
  type ConsultationDto,
  type CreateConsultationInput,
  presentConsultation,
  type UpdateConsultationInput,
} from './consultation.schema.ts';

export class ConsultationService {
  private readonly consultations: ConsultationRepository;
  private readonly attachments: AttachmentService;

  constructor(private readonly db: Kysely<DB>) {
    this.consultations = new ConsultationRepository(db);
    this.attachments = new AttachmentService(db);
  }

  async list(filter: ConsultationFilter, caller: Caller): Promise<ConsultationDto[]> {
    const rows = await this.consultations.list({ ...filter, ...(caller ? {} : { publishedOnly: true }) });
    return this.present(rows, caller);
  }

  /** The consultation if the caller may read it, else 404 (unpublished ones do not exist for the public). */
  async readable(id: number, caller: Caller): Promise<ConsultationRow> {
    const row = await this.consultations.findById(id);
    if (!row || !can(caller, 'read', 'consultation', { published: row.published === 1 }))
      throw notFound(`no consultation ${id}`);
    return row;
  }

  async get(id: number, caller: Caller): Promise<ConsultationDto> {
    const [dto] = await this.present([await this.readable(id, caller)], caller);
    return dto as ConsultationDto;
  }

  async create(input: CreateConsultationInput, caller: Caller, actor: AuditActor): Promise<ConsultationDto> {
    if (!can(caller, 'create', 'consultation')) throw forbidden();
    await this.checkLinks(input);
    const now = new Date().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const repository = new ConsultationRepository(trx);
      const row = await repository.insert({
        title_ru: input.titleRu,
        title_kk: input.titleKk ?? input.titleRu,
        title_en: input.titleEn ?? input.titleRu,
        starts_at: input.startsAt,
        state_iso3: input.stateIso3 ?? null,
        place: input.place ?? null,
        link: input.link ?? null,
        organizer_organization_id: input.organizerOrganizationId ?? null,
        chair_person_id: input.chairPersonId ?? null,
        minutes: input.minutes ?? null,
        decisions: input.decisions ?? null,
        outcome: input.outcome ?? null,
        created_at: now,
        updated_at: now,
      });
      await repository.replaceLinks(row.id, linksOf(input));
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'consultation',
        entityId: row.id,
        after: { ...row, ...(await repository.links([row.id])).get(row.id) },
      });
      return row.id;
    });
    return this.get(id, caller);
  }

  async update(
    id: number,
    input: UpdateConsultationInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<ConsultationDto> {
    const current = await this.readable(id, caller);
    if (!can(caller, 'update', 'consultation', { published: current.published === 1 })) throw forbidden();
    if (input.archived !== undefined && !can(caller, 'archive', 'consultation')) throw forbidden();
    await this.checkLinks(input);
    if (current.version !== input.version)
      throw conflict('the consultation changed since you read it', await this.get(id, caller));
    await this.db.transaction().execute(async (trx) => {
      const repository = new ConsultationRepository(trx);
      const before = { ...current, ...(await repository.links([id])).get(id) };
      // One changed field onto its column; the column's type checks the value.
      const set = <K extends keyof UpdateConsultationInput, C extends keyof ConsultationsTable>(
        key: K,
        column: C,
      ) =>
        (input[key] !== undefined ? { [column]: input[key] } : {}) as Partial<
          Record<C, Exclude<UpdateConsultationInput[K], undefined>>
        >;
      const updated = await repository.updateVersioned(id, input.version, {
        ...set('titleRu', 'title_ru'),
        ...set('titleKk', 'title_kk'),
        ...set('titleEn', 'title_en'),
        ...set('startsAt', 'starts_at'),
        ...set('stateIso3', 'state_iso3'),
        ...set('place', 'place'),
        ...set('link', 'link'),
        ...set('organizerOrganizationId', 'organizer_organization_id'),
        ...set('chairPersonId', 'chair_person_id'),
        ...set('minutes', 'minutes'),
        ...set('decisions', 'decisions'),
        ...set('outcome', 'outcome'),
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: new Date().toISOString(),
      });
      if (!updated) throw conflict('the consultation changed since you read it', null);
      await repository.replaceLinks(id, linksOf(input));
      const after = { ...updated, ...(await repository.links([id])).get(id) };
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'consultation',
        entityId: id,
        before,
        after,
      });
    });
    return this.get(id, caller);
  }

  async attach(id: number, file: { name: string; content: Buffer }, caller: Caller, actor: AuditActor) {
    await this.readable(id, caller);
    if (!can(caller, 'update', 'consultation')) throw forbidden();
    return this.attachments.add('consultation', id, file, actor);
  }

  /** Removes a wrongly uploaded document: the same rights as attaching one. */
  async detach(id: number, attachmentId: number, caller: Caller, actor: AuditActor): Promise<void> {
    await this.readable(id, caller);
    if (!can(caller, 'update', 'consultation')) throw forbidden();
    if (!(await this.attachments.remove('consultation', id, attachmentId, actor)))
      throw notFound(`no attachment ${attachmentId} of consultation ${id}`);
  }

  async attachment(id: number, attachmentId: number, caller: Caller) {
    await this.readable(id, caller);
    const found = await this.attachments.find('consultation', id, attachmentId);
    if (!found) throw notFound(`no attachment ${attachmentId} of consultation ${id}`);
    return found;
  }

  private async present(rows: ConsultationRow[], caller: Caller): Promise<ConsultationDto[]> {
    const ids = rows.map((r) => r.id);
    const [links, attachments] = await Promise.all([
      this.consultations.links(ids),
      this.attachments.list('consultation', ids),
    ]);
    return rows.map((row) =>
      presentConsultation(
        row,
        links.get(row.id) ?? { organizationIds: [], participants: [], agenda: [], followUps: [] },
        attachments.filter((a) => a.owner_id === row.id),
        caller,
      ),
    );
  }

  private async checkLinks(input: Partial<CreateConsultationInput>): Promise<void> {
    const wanted = {
      organizations: [
        ...(input.organizationIds ?? []),
        ...(input.organizerOrganizationId ? [input.organizerOrganizationId] : []),
        ...(input.followUps ?? []).flatMap((f) => (f.ownerOrganizationId ? [f.ownerOrganizationId] : [])),
      ],
      people: [
        ...(input.participants ?? []).map((p) => p.personId),
        ...(input.chairPersonId ? [input.chairPersonId] : []),
        ...(input.followUps ?? []).flatMap((f) => (f.ownerPersonId ? [f.ownerPersonId] : [])),
      ],
      alternative_reports: (input.agenda ?? []).flatMap((a) => (a.reportId ? [a.reportId] : [])),
      terms: (input.agenda ?? []).flatMap((a) => (a.termId ? [a.termId] : [])),
      recommendations: [
        ...(input.agenda ?? []).flatMap((a) => (a.recommendationId ? [a.recommendationId] : [])),
        ...(input.followUps ?? []).flatMap((f) => f.recommendationIds),
      ],
    } as const;
    for (const [table, ids] of Object.entries(wanted) as [keyof typeof wanted, number[]][]) {
      const unique = [...new Set(ids)];
      const found = await this.consultations.existing(table, unique);
      const missing = unique.filter((i) => !found.has(i));
      if (missing.length) throw badRequest(`unknown ${table.replace('_', ' ')}: ${missing.join(', ')}`);
    }
    if (input.stateIso3) {
      if (!(await this.consultations.stateExists(input.stateIso3)))
        throw badRequest(`unknown state ${input.stateIso3}`);
    }
  }
}

function linksOf(input: Partial<CreateConsultationInput>) {
  return {
    ...(input.organizationIds ? { organizationIds: [...new Set(input.organizationIds)] } : {}),
    ...(input.participants
      ? { participants: [...new Map(input.participants.map((p) => [`${p.personId}:${p.role}`, p])).values()] }
      : {}),
    ...(input.agenda ? { agenda: input.agenda } : {}),
    ...(input.followUps ? { followUps: input.followUps } : {}),
  };
}
