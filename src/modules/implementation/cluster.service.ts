/**
 * Clusters: recommendations of one review answered together (e.g. the 16 on the death penalty). Every
 * recommendation of a cluster belongs to its state under review (and its cycle when the cluster has one).
 */
import type { Kysely } from 'kysely';
import type { ClusterRow, DB } from '../../db/schema.ts';
import { badRequest, conflict, forbidden, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Caller, can } from '../policies/policy.ts';
import { type ClusterFilter, ClusterRepository } from './cluster.repository.ts';
import {
  type ClusterDto,
  type CreateClusterInput,
  presentCluster,
  type UpdateClusterInput,
} from './cluster.schema.ts';
import { now, readsUnpublished, titles } from './common.ts';

export class ClusterService {
  private readonly clusters: ClusterRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.clusters = new ClusterRepository(db);
  }

  async list(filter: ClusterFilter, caller: Caller): Promise<ClusterDto[]> {
    return this.present(
      await this.clusters.list({ ...filter, publishedOnly: !readsUnpublished(caller) }),
      caller,
    );
  }

  async get(id: number, caller: Caller): Promise<ClusterDto> {
    const row = await this.clusters.findById(id);
    if (!row) throw notFound(`no cluster ${id}`);
    const [dto] = await this.present([row], caller);
    return dto as ClusterDto;
  }

  async create(input: CreateClusterInput, caller: Caller, actor: AuditActor): Promise<ClusterDto> {
    if (!can(caller, 'create', 'cluster')) throw forbidden();
    if (!(await this.clusters.stateExists(input.stateUnderReview)))
      throw badRequest(`unknown state ${input.stateUnderReview}`);
    const recommendationIds = [...new Set(input.recommendationIds)];
    await this.checkRecommendations(input.stateUnderReview, input.cycle ?? null, recommendationIds);
    const time = now();
    const id = await this.db.transaction().execute(async (trx) => {
      const repository = new ClusterRepository(trx);
      const row = await repository.insert({
        state_under_review: input.stateUnderReview,
        cycle: input.cycle ?? null,
        ...titles(input),
        description: input.description ?? null,
        created_at: time,
        updated_at: time,
      });
      await repository.replaceRecommendations(row.id, recommendationIds);
      await new AuditService(trx).record({
        actor,
        action: 'create',
        entityType: 'cluster',
        entityId: row.id,
        after: { ...row, recommendationIds },
      });
      return row.id;
    });
    return this.get(id, caller);
  }

  async update(
    id: number,
    input: UpdateClusterInput,
    caller: Caller,
    actor: AuditActor,
  ): Promise<ClusterDto> {
    const current = await this.clusters.findById(id);
    if (!current) throw notFound(`no cluster ${id}`);
    if (!can(caller, 'update', 'cluster')) throw forbidden();
    if (input.archived !== undefined && !can(caller, 'archive', 'cluster')) throw forbidden();
    const recommendationIds = input.recommendationIds && [...new Set(input.recommendationIds)];
    if (recommendationIds)
      await this.checkRecommendations(current.state_under_review, current.cycle, recommendationIds);
    if (current.version !== input.version)
      throw conflict('the cluster changed since you read it', await this.get(id, caller));
    await this.db.transaction().execute(async (trx) => {
      const repository = new ClusterRepository(trx);
      const before = { ...current, recommendationIds: (await repository.recommendationIds([id])).get(id) };
      const updated = await repository.updateVersioned(id, input.version, {
        ...(input.titleRu !== undefined ? { title_ru: input.titleRu } : {}),
        ...(input.titleKk !== undefined ? { title_kk: input.titleKk } : {}),
        ...(input.titleEn !== undefined ? { title_en: input.titleEn } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.archived !== undefined ? { archived: input.archived ? 1 : 0 } : {}),
        updated_at: now(),
      });
      if (!updated) throw conflict('the cluster changed since you read it', null);
      if (recommendationIds) await repository.replaceRecommendations(id, recommendationIds);
      const after = { ...updated, recommendationIds: (await repository.recommendationIds([id])).get(id) };
      await new AuditService(trx).record({
        actor,
        action: 'update',
        entityType: 'cluster',
        entityId: id,
        before,
        after,
      });
    });
    return this.get(id, caller);
  }

  private async checkRecommendations(state: string, cycle: number | null, ids: number[]): Promise<void> {
    const found = await this.clusters.recommendations(ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw badRequest(`unknown recommendations: ${missing.join(', ')}`);
    const foreign = ids.filter((id) => {
      const r = found.get(id);
      return r?.state !== state || (cycle !== null && r.cycle !== cycle);
    });
    if (foreign.length)
      throw badRequest(
        `recommendations ${foreign.join(', ')} are not of the cluster's review (${state}${cycle !== null ? `, cycle ${cycle}` : ''})`,
      );
  }

  private async present(rows: ClusterRow[], caller: Caller): Promise<ClusterDto[]> {
    const ids = rows.map((r) => r.id);
    const [recommendations, measures] = await Promise.all([
      this.clusters.recommendationIds(ids, !readsUnpublished(caller)),
      this.clusters.measureIds(ids),
    ]);
    return rows.map((row) =>
      presentCluster(
        row,
        { recommendationIds: recommendations.get(row.id) ?? [], measureIds: measures.get(row.id) ?? [] },
        caller,
      ),
    );
  }
}
