/**
 * Measures of the plan and their indicators. The coordinator makes the plan (agencies, links, archiving);
 * an agency focal point keeps its agency's measures up to date (status, dates, texts) and their indicators.
 */
import type { Kysely } from 'kysely';
import type { DB, IndicatorRow, MeasureRow } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Caller, can } from '../policies/policy.ts';
import { now, readsUnpublished, refuseMissing, titles } from './common.ts';
import { IndicatorRepository } from './indicator.repository.ts';
import { type MeasureFilter, type MeasureLinks, MeasureRepository } from './measure.repository.ts';
import {
  type CreateIndicatorInput,
  type CreateMeasureInput,
  type IndicatorDto,
  type MeasureDto,
  presentIndicator,
  presentMeasure,
  type UpdateIndicatorInput,
  type UpdateMeasureInput,
} from './measure.schema.ts';
import { checkSchedule, dueDates } from './schedule.ts';

/** Only the coordinator changes who answers for a measure and what it answers. */
const PLAN_FIELDS = ['agencies', 'recommendationIds', 'clusterIds', 'archived'] as const;

export class MeasureService {
  private readonly measures: MeasureRepository;
  private readonly indicators: IndicatorRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.measures = new MeasureRepository(db);
    this.indicators = new IndicatorRepository(db);
  }

  async list(filter: MeasureFilter, caller: Caller): Promise<MeasureDto[]> {
    const rows = await this.measures.list({ ...filter, publishedOnly: !readsUnpublished(caller) });
    return this.present(rows, caller);
  }

  async get(id: number, caller: Caller): Promise<MeasureDto> {
    const [dto] = await this.present([await this.found(id)], caller);
    return dto as MeasureDto;
  }

  async create(input: CreateMeasureInput, caller: Caller, actor: AuditActor): Promise<MeasureDto> {
    if (!can(caller, 'create', 'measure')) throw forbidden();
    const links = await this.checkLinks(input);
    checkDates(input.startDate ?? null, input.targetDate ?? null);
    const time = now();
    const id = await this.db.transaction().execute(async (trx) => {
      const repository = new MeasureRepository(trx);
      const row = await repository.insert({
        ...titles(input),
        description: input.description ?? null,
        start_date: input.startDate ?? null,
        target_date: input.targetDate ?? null,
        budget_note: input.budgetNote ?? null,
        expected_outcome: input.expectedOutcome ?? null,
        status: input.status ?? 'planned',
        created_at: time,
        updated_at: time,
      });
      await repository.replaceLinks(row.id, links);
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'measure',
        entityId: row.id,
        after: { ...row, ...links },
      });
      return row.id;
    });
    return this.get(id, caller);
  }

  async update(
    id: number,
    input: UpdateMeasureInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<MeasureDto> {
    const current = await this.found(id);
    const currentLinks = (await this.measures.links([id])).get(id) as MeasureLinks;
    if (!can(caller, 'update', 'measure', { agencyIds: currentLinks.agencies.map((a) => a.agencyId) }))
      throw forbidden('only the coordinator or a focal point of an agency of this measure may change it');
    const planChange = PLAN_FIELDS.filter((f) => input[f] !== undefined);
    if (planChange.length && !can(caller, 'archive', 'measure'))
      throw forbidden(`only the coordinator may change ${planChange.join(', ')}`);
    const links = await this.checkLinks(input);
    checkDates(
      input.startDate !== undefined ? input.startDate : current.start_date,
      input.targetDate !== undefined ? input.targetDate : current.target_date,
    );
    if (current.version !== input.version)
      throw conflict('the measure changed since you read it', await this.get(id, caller));
    await this.db.transaction().execute(async (trx) => {
      const repository = new MeasureRepository(trx);
      const updated = await repository.updateVersioned(id, input.version, {
        ...(input.titleRu !== undefined ? { title_ru: input.titleRu } : {}),
        ...(input.titleKk !== undefined ? { title_kk: input.titleKk } : {}),
        ...(input.titleEn !== undefined ? { title_en: input.titleEn } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.startDate !== undefined ? { start_date: input.startDate } : {}),
        ...(input.targetDate !== undefined ? { target_date: input.targetDate } : {}),
        ...(input.budgetNote !== undefined ? { budget_note: input.budgetNote } : {}),
        ...(input.expectedOutcome !== undefined ? { expected_outcome: input.expectedOutcome } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: now(),
      });
      if (!updated) throw conflict('the measure changed since you read it', null);
      await repository.replaceLinks(id, links);
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'measure',
        entityId: id,
        before: { ...current, ...currentLinks },
        after: { ...updated, ...(await repository.links([id])).get(id) },
      });
    });
    return this.get(id, caller);
  }

  async addIndicator(
    measureId: number,
    input: CreateIndicatorInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<IndicatorDto> {
    await this.mayWork(measureId, caller);
    const schedule = checkedSchedule(input.schedule ?? null);
    const time = now();
    return this.db.transaction().execute(async (trx) => {
      const row = await new IndicatorRepository(trx).insert({
        measure_id: measureId,
        name_ru: input.nameRu,
        name_kk: input.nameKk ?? input.nameRu,
        name_en: input.nameEn ?? input.nameRu,
        unit: input.unit ?? null,
        baseline: input.baseline ?? null,
        target: input.target ?? null,
        ...schedule,
        created_at: time,
        updated_at: time,
      });
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'indicator',
        entityId: row.id,
        after: row,
      });
      return presentIndicator(row);
    });
  }

  async updateIndicator(
    id: number,
    input: UpdateIndicatorInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<IndicatorDto> {
    const current = await this.indicators.findById(id);
    if (!current) throw notFound(`no indicator ${id}`);
    await this.mayWork(current.measure_id, caller);
    const schedule = input.schedule !== undefined ? checkedSchedule(input.schedule) : {};
    if (input.schedule !== undefined) await this.keepsReportedDates(id, input.schedule);
    if (current.version !== input.version)
      throw conflict('the indicator changed since you read it', presentIndicator(current));
    return this.db.transaction().execute(async (trx) => {
      const updated = await new IndicatorRepository(trx).updateVersioned(id, input.version, {
        ...(input.nameRu !== undefined ? { name_ru: input.nameRu } : {}),
        ...(input.nameKk !== undefined ? { name_kk: input.nameKk } : {}),
        ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
        ...(input.unit !== undefined ? { unit: input.unit } : {}),
        ...(input.baseline !== undefined ? { baseline: input.baseline } : {}),
        ...(input.target !== undefined ? { target: input.target } : {}),
        ...schedule,
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: now(),
      });
      if (!updated) throw conflict('the indicator changed since you read it', null);
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'indicator',
        entityId: id,
        before: current,
        after: updated,
      });
      return presentIndicator(updated);
    });
  }

  /** A new schedule must keep every due date already reported on, or those reports would answer nothing. */
  private async keepsReportedDates(
    indicatorId: number,
    schedule: { start: string; end: string; everyMonths: number } | null,
  ): Promise<void> {
    const kept = new Set(schedule ? dueDates(schedule) : []);
    const lost = (await this.indicators.reportedDueDates(indicatorId)).filter((date) => !kept.has(date));
    if (lost.length)
      throw badRequest(
        `progress reports answer ${lost.join(', ')}, which the new schedule drops: keep those due dates`,
        { errors: [{ path: 'body.schedule', message: 'drops reported due dates' }] },
      );
  }

  /** The measure, if the caller may work on it (coordinator, or a focal point of one of its agencies). */
  private async mayWork(measureId: number, caller: Caller): Promise<MeasureRow> {
    const measure = await this.found(measureId);
    const links = (await this.measures.links([measureId])).get(measureId);
    if (!can(caller, 'update', 'measure', { agencyIds: links?.agencies.map((a) => a.agencyId) ?? [] }))
      throw forbidden('only the coordinator or a focal point of an agency of this measure may change it');
    return measure;
  }

  private async found(id: number): Promise<MeasureRow> {
    const row = await this.measures.findById(id);
    if (!row) throw notFound(`no measure ${id}`);
    return row;
  }

  private async checkLinks(input: Partial<CreateMeasureInput>): Promise<Partial<MeasureLinks>> {
    const agencies = input.agencies;
    if (agencies) {
      const twice = agencies.filter((a, i) => agencies.findIndex((b) => b.agencyId === a.agencyId) !== i);
      if (twice.length)
        throw badRequest(
          `agency ${twice[0]?.agencyId} is named twice: give each agency one role, lead or supporting`,
        );
      refuseMissing(
        'agencies',
        agencies.map((a) => a.agencyId),
        await this.measures.existing(
          'agencies',
          agencies.map((a) => a.agencyId),
        ),
      );
    }
    const recommendationIds = input.recommendationIds && [...new Set(input.recommendationIds)];
    if (recommendationIds)
      refuseMissing(
        'recommendations',
        recommendationIds,
        await this.measures.existing('recommendations', recommendationIds),
      );
    const clusterIds = input.clusterIds && [...new Set(input.clusterIds)];
    if (clusterIds)
      refuseMissing('clusters', clusterIds, await this.measures.existing('clusters', clusterIds));
    return {
      ...(agencies ? { agencies } : {}),
      ...(recommendationIds ? { recommendationIds } : {}),
      ...(clusterIds ? { clusterIds } : {}),
    };
  }

  private async present(rows: MeasureRow[], caller: Caller): Promise<MeasureDto[]> {
    const ids = rows.map((r) => r.id);
    const [links, indicators] = await Promise.all([
      this.measures.links(ids, !readsUnpublished(caller)),
      this.indicators.ofMeasures(ids),
    ]);
    const byMeasure = new Map<number, IndicatorRow[]>();
    for (const indicator of indicators)
      byMeasure.set(indicator.measure_id, [...(byMeasure.get(indicator.measure_id) ?? []), indicator]);
    return rows.map((row) =>
      presentMeasure(
        row,
        links.get(row.id) ?? { agencies: [], recommendationIds: [], clusterIds: [] },
        byMeasure.get(row.id) ?? [],
        caller,
      ),
    );
  }
}

function checkDates(start: string | null, target: string | null): void {
  if (start && target && target < start)
    throw badRequest(`the target date (${target}) is before the start date (${start})`);
}

/** The schedule's columns, or 400 saying what is wrong with it. */
function checkedSchedule(schedule: { start: string; end: string; everyMonths: number } | null) {
  if (!schedule) return { schedule_start: null, schedule_end: null, every_months: null };
  try {
    checkSchedule(schedule);
  } catch (error) {
    throw badRequest((error as Error).message, {
      errors: [{ path: 'body.schedule', message: (error as Error).message }],
    });
  }
  return { schedule_start: schedule.start, schedule_end: schedule.end, every_months: schedule.everyMonths };
}
