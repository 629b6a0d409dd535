/**
 * Recommendations: lists with their links, single records, and every write (create, update with a
 * version check, bulk update, archive and restore), each checked against the policy on the record and
 * recorded in the audit trail in the same transaction.
 */

import type { Kysely } from 'kysely';
import type { DB, RecommendationRow } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, HttpProblem, notFound } from '../../http/problem.ts';
import {
  type AuditActor,
  type AuditEntryDto,
  AuditService,
  type AuditWrite,
} from '../audit/audit.service.ts';
import { recommendationKey } from '../imports/resolve.ts';
import { languageDetector } from '../languages/language.detector.ts';
import { detectedColumns } from '../languages/language.service.ts';
import { type Action, abilities, type Caller, can } from '../policies/policy.ts';
import {
  type Cursor,
  type RecommendationFilter,
  RecommendationRepository,
  type Sort,
} from './recommendation.repository.ts';
import {
  type BulkUpdateInput,
  type CreateRecommendationInput,
  presentRecommendation,
  type RecommendationDto,
  type UpdateRecommendationInput,
} from './recommendation.schema.ts';

export interface Page {
  limit: number;
  offset?: number;
  sort?: Sort;
  cursor?: string;
}

export interface RecommendationPage {
  items: RecommendationDto[];
  total: number;
  nextCursor: string | null;
  abilities: ReturnType<typeof abilities>;
}

/** The public sees published, unarchived content only, whatever it asks for. */
export function visibleTo(caller: Caller, filter: RecommendationFilter): RecommendationFilter {
  if (caller) return filter;
  const { includeArchived: _i, archivedOnly: _a, ...rest } = filter;
  return { ...rest, published: true };
}

export function encodeCursor(sort: Sort, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([sort.field, sort.direction, cursor.value, cursor.id])).toString(
    'base64url',
  );
}

export function decodeCursor(sort: Sort, text: string): Cursor {
  try {
    const [field, direction, value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (field !== sort.field || direction !== sort.direction) throw new Error('sort changed');
    if (typeof id !== 'number' || (!['string', 'number'].includes(typeof value) && value !== null))
      throw new Error('bad');
    return { value, id };
  } catch {
    throw badRequest('invalid cursor', {
      errors: [{ path: 'querystring.cursor', message: 'not a cursor of this sort order' }],
    });
  }
}

/** How long a filtered list's total may be reused; writes through this service clear it at once. */
const COUNT_TTL_MS = 2_000;
const COUNT_CACHE_SIZE = 1_000;

export class RecommendationService {
  private readonly repository: RecommendationRepository;
  /** Totals by filter: counting is the dearest part of a list, and the same filters repeat. */
  private readonly counts = new Map<string, { total: number; at: number }>();

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new RecommendationRepository(db);
  }

  async list(filter: RecommendationFilter, page: Page, caller: Caller = null): Promise<RecommendationPage> {
    const visible = visibleTo(caller, filter);
    const sort: Sort = page.sort ?? { field: 'id', direction: 'asc' };
    const after = page.cursor ? decodeCursor(sort, page.cursor) : undefined;
    const [rows, total] = await Promise.all([
      this.repository.listSorted(visible, {
        limit: page.limit,
        sort,
        ...(after ? { after } : { offset: page.offset ?? 0 }),
      }),
      this.count(visible),
    ]);
    const items = await this.present(rows, caller);
    const last = rows[rows.length - 1];
    const nextCursor =
      last && rows.length === page.limit
        ? encodeCursor(sort, { value: RecommendationRepository.sortValue(last, sort.field), id: last.id })
        : null;
    return { items, total, nextCursor, abilities: abilities(caller, 'recommendation') };
  }

  private async count(filter: RecommendationFilter): Promise<number> {
    const key = JSON.stringify(filter);
    const now = Date.now();
    const cached = this.counts.get(key);
    if (cached && now - cached.at < COUNT_TTL_MS) return cached.total;
    const total = await this.repository.count(filter);
    if (this.counts.size >= COUNT_CACHE_SIZE) this.counts.clear();
    this.counts.set(key, { total, at: now });
    return total;
  }

  async get(id: number, caller: Caller = null): Promise<RecommendationDto | undefined> {
    const row = await this.repository.findById(id);
    if (!row) return undefined;
    const [dto] = await this.present([row], caller);
    if (
      !dto ||
      !can(caller, 'read', 'recommendation', { published: dto.published, agencyIds: dto.agencyIds })
    )
      return undefined;
    return dto;
  }

  async create(
    input: CreateRecommendationInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<RecommendationDto> {
    this.require(caller, 'create');
    if (input.published) this.require(caller, 'publish');
    if (input.agencyIds.length) this.require(caller, 'assign');
    await this.checkLinks(input.recommendingStates, input.termIds, input.agencyIds);
    const naturalKey = recommendationKey({
      mechanism: input.mechanism,
      stateUnderReview: input.stateUnderReview,
      cycle: input.cycle,
      session: input.session,
      paragraph: input.paragraph,
      recommendingStates: [...input.recommendingStates].sort(),
      text: input.text,
    });
    const existing = await this.repository.findByKeys([naturalKey]);
    if (existing[0]) {
      const [current] = await this.present(existing, caller);
      throw conflict('this recommendation exists already', current);
    }
    const now = new Date().toISOString();
    this.counts.clear();
    const detector = await languageDetector();
    const detected = (text: string) => detectedColumns(detector, text);
    const id = await this.db.transaction().execute(async (trx) => {
      const repository = new RecommendationRepository(trx);
      const row = await repository.insertOne({
        ...detected(input.text),
        natural_key: naturalKey,
        mechanism_code: input.mechanism,
        state_under_review: input.stateUnderReview,
        cycle: input.cycle,
        session: input.session,
        paragraph: input.paragraph,
        document_symbol: input.documentSymbol,
        text: input.text,
        text_lang: input.textLang,
        position: input.position,
        position_source: input.positionSource,
        action_category: input.actionCategory,
        archived: 0,
        published: input.published ? 1 : 0,
        batch_id: null,
        created_at: now,
        updated_at: now,
      });
      await repository.addRecommendingStates(
        [...new Set(input.recommendingStates)].map((state_iso3) => ({
          recommendation_id: row.id,
          state_iso3,
        })),
      );
      await repository.replaceTerms(row.id, 'manual', [...new Set(input.termIds)]);
      await repository.replaceTranslations(row.id, definedEntries(input.translations), detected);
      await repository.replaceAgencies(row.id, [...new Set(input.agencyIds)]);
      const after = await snapshot(repository, row.id);
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'recommendation',
        entityId: row.id,
        after,
      });
      return row.id;
    });
    return (await this.get(id, caller)) as RecommendationDto;
  }

  async update(
    id: number,
    input: UpdateRecommendationInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<RecommendationDto> {
    const before = await this.readable(id, caller);
    const record = { published: before.published, agencyIds: before.agencyIds };
    this.require(caller, 'update', record);
    if (input.published !== undefined && input.published !== before.published)
      this.require(caller, 'publish', record);
    if (input.agencyIds !== undefined) this.require(caller, 'assign', record);
    if (before.version !== input.version)
      throw conflict('the recommendation changed since you read it', before);
    await this.checkLinks(input.recommendingStates ?? [], input.termIds ?? [], input.agencyIds ?? []);
    this.counts.clear();
    const detector = await languageDetector();
    const detected = (text: string) => detectedColumns(detector, text);
    await this.db
      .transaction()
      .execute(async (trx) => {
        const repository = new RecommendationRepository(trx);
        const updated = await repository.updateVersioned(id, input.version, {
          ...(input.text !== undefined ? detected(input.text) : {}),
          ...(input.cycle !== undefined ? { cycle: input.cycle } : {}),
          ...(input.session !== undefined ? { session: input.session } : {}),
          ...(input.paragraph !== undefined ? { paragraph: input.paragraph } : {}),
          ...(input.documentSymbol !== undefined ? { document_symbol: input.documentSymbol } : {}),
          ...(input.text !== undefined ? { text: input.text } : {}),
          ...(input.textLang !== undefined ? { text_lang: input.textLang } : {}),
          ...(input.position !== undefined ? { position: input.position } : {}),
          ...(input.positionSource !== undefined ? { position_source: input.positionSource } : {}),
          ...(input.actionCategory !== undefined ? { action_category: input.actionCategory } : {}),
          ...(input.published !== undefined ? { published: input.published ? 1 : 0 } : {}),
          updated_at: new Date().toISOString(),
        });
        if (!updated) throw new StaleVersion();
        if (input.recommendingStates)
          await repository.replaceRecommendingStates(id, [...new Set(input.recommendingStates)]);
        if (input.termIds) await repository.replaceTerms(id, 'manual', [...new Set(input.termIds)]);
        if (input.translations)
          await repository.replaceTranslations(id, definedEntries(input.translations), detected);
        if (input.agencyIds) await repository.replaceAgencies(id, [...new Set(input.agencyIds)]);
        const after = await snapshot(repository, id);
        await new AuditService(trx).record({
          actor,
          action: 'update',
          entityType: 'recommendation',
          entityId: id,
          before: withoutAbilities(before),
          after,
        });
      })
      .catch(async (error) => {
        if (error instanceof StaleVersion)
          throw conflict('the recommendation changed since you read it', await this.get(id, caller));
        throw error;
      });
    return (await this.get(id, caller)) as RecommendationDto;
  }

  /** One change applied to many records, all or nothing; any stale version refuses the whole batch. */
  async bulkUpdate(
    input: BulkUpdateInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<{ items: RecommendationDto[] }> {
    const ids = input.items.map((i) => i.id);
    const rows = await this.repository.findByIds(ids);
    const current = await this.present(rows, caller);
    const byId = new Map(current.map((r) => [r.id, r]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) throw notFound(`no recommendation ${missing.join(', ')}`);
    const set = input.set;
    for (const dto of current) {
      const record = { published: dto.published, agencyIds: dto.agencyIds };
      this.require(caller, 'update', record);
      if (set.published !== undefined) this.require(caller, 'publish', record);
      if (set.agencyIds !== undefined) this.require(caller, 'assign', record);
    }
    const stale = input.items.filter((i) => byId.get(i.id)?.version !== i.version).map((i) => byId.get(i.id));
    if (stale.length) throw conflict('some recommendations changed since you read them', stale);
    await this.checkLinks([], [...(set.addTermIds ?? []), ...(set.removeTermIds ?? [])], set.agencyIds ?? []);
    this.counts.clear();
    await this.db
      .transaction()
      .execute(async (trx) => {
        const repository = new RecommendationRepository(trx);
        const audits: AuditWrite[] = [];
        const now = new Date().toISOString();
        for (const { id, version } of input.items) {
          const updated = await repository.updateVersioned(id, version, {
            ...(set.position !== undefined ? { position: set.position } : {}),
            ...(set.published !== undefined ? { published: set.published ? 1 : 0 } : {}),
            updated_at: now,
          });
          if (!updated) throw new StaleVersion();
          if (set.addTermIds?.length)
            await repository.addTerms(
              set.addTermIds.map((term_id) => ({
                recommendation_id: id,
                term_id,
                origin: 'manual' as const,
                confidence: null,
              })),
            );
          if (set.removeTermIds?.length) await repository.removeTerms(id, set.removeTermIds);
          if (set.agencyIds) await repository.replaceAgencies(id, [...new Set(set.agencyIds)]);
          const before = byId.get(id) as RecommendationDto;
          audits.push({
            actor,
            action: 'bulk_update',
            entityType: 'recommendation',
            entityId: id,
            before: withoutAbilities(before),
            after: await snapshot(repository, id),
          });
        }
        await new AuditService(trx).record(...audits);
      })
      .catch(async (error) => {
        if (error instanceof StaleVersion)
          throw conflict(
            'some recommendations changed since you read them',
            await this.present(await this.repository.findByIds(ids), caller),
          );
        throw error;
      });
    return { items: await this.present(await this.repository.findByIds(ids), caller) };
  }

  /** Archives or restores: nothing is ever deleted. */
  async setArchived(
    id: number,
    archived: boolean,
    version: number | undefined,
    caller: Caller,
    actor: AuditActor,
  ) {
    const before = await this.readable(id, caller);
    this.require(caller, 'archive', { published: before.published, agencyIds: before.agencyIds });
    if (version !== undefined && version !== before.version)
      throw conflict('the recommendation changed since you read it', before);
    if (before.archived === archived) return before;
    this.counts.clear();
    await this.db.transaction().execute(async (trx) => {
      const repository = new RecommendationRepository(trx);
      const updated = await repository.updateVersioned(id, before.version, {
        archived: archived ? 1 : 0,
        updated_at: new Date().toISOString(),
      });
      if (!updated)
        throw new HttpProblem(409, 'Conflict', 'the recommendation changed meanwhile', { current: null });
      await new AuditService(trx).record({
        actor,
        action: archived ? 'archive' : 'restore',
        entityType: 'recommendation',
        entityId: id,
        before: withoutAbilities(before),
        after: await snapshot(repository, id),
      });
    });
    return (await this.get(id, caller)) as RecommendationDto;
  }

  async history(id: number, caller: Caller): Promise<AuditEntryDto[]> {
    await this.readable(id, caller);
    return new AuditService(this.db).list(
      { entityType: 'recommendation', entityId: String(id) },
      { limit: 500 },
    );
  }

  private async readable(id: number, caller: Caller): Promise<RecommendationDto> {
    const dto = await this.get(id, caller);
    if (!dto) throw notFound(`no recommendation ${id}`);
    return dto;
  }

  private require(
    caller: Caller,
    action: Action,
    record?: { published: boolean; agencyIds: number[] },
  ): void {
    if (!can(caller, action, 'recommendation', record))
      throw caller
        ? forbidden(`your role may not ${action} this recommendation`)
        : new HttpProblem(401, 'Unauthorized', 'sign in first');
  }

  private async checkLinks(states: string[], termIds: number[], agencyIds: number[]): Promise<void> {
    const errors: { path: string; message: string }[] = [];
    const missingStates = await this.repository.missingStates([...new Set(states)]);
    if (missingStates.length)
      errors.push({ path: 'body.recommendingStates', message: `unknown states ${missingStates.join(', ')}` });
    const missingTerms = await this.repository.missingIds('terms', [...new Set(termIds)]);
    if (missingTerms.length)
      errors.push({ path: 'body.termIds', message: `unknown terms ${missingTerms.join(', ')}` });
    const missingAgencies = await this.repository.missingIds('agencies', [...new Set(agencyIds)]);
    if (missingAgencies.length)
      errors.push({ path: 'body.agencyIds', message: `unknown agencies ${missingAgencies.join(', ')}` });
    if (errors.length) throw badRequest('invalid links', { errors });
  }

  private async present(rows: RecommendationRow[], caller: Caller | undefined): Promise<RecommendationDto[]> {
    const ids = rows.map((r) => r.id);
    const [links, agencies] = await Promise.all([
      this.repository.linksOf(ids),
      this.repository.agenciesOf(ids),
    ]);
    return rows.map((row) =>
      presentRecommendation(row, links.get(row.id), agencies.get(row.id) ?? [], caller),
    );
  }
}

class StaleVersion extends Error {}

function withoutAbilities(dto: RecommendationDto): Omit<RecommendationDto, 'abilities'> {
  const { abilities: _a, ...rest } = dto;
  return rest;
}

async function snapshot(repository: RecommendationRepository, id: number) {
  const row = (await repository.findById(id)) as RecommendationRow;
  const [links, agencies] = await Promise.all([repository.linksOf([id]), repository.agenciesOf([id])]);
  return presentRecommendation(row, links.get(id), agencies.get(id) ?? []);
}

function definedEntries(record: Partial<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => e[1] !== undefined));
}
