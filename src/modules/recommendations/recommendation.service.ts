/** Reading recommendations: lists with their links, single records. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type RecommendationFilter, RecommendationRepository } from './recommendation.repository.ts';
import { presentRecommendation, type RecommendationDto } from './recommendation.schema.ts';

export class RecommendationService {
  private readonly repository: RecommendationRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new RecommendationRepository(db);
  }

  async list(
    filter: RecommendationFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: RecommendationDto[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.repository.list(filter, page),
      this.repository.count(filter),
    ]);
    const links = await this.repository.linksOf(rows.map((r) => r.id));
    return { items: rows.map((row) => presentRecommendation(row, links.get(row.id))), total };
  }

  async get(id: number): Promise<RecommendationDto | undefined> {
    const row = await this.repository.findById(id);
    if (!row) return undefined;
    const links = await this.repository.linksOf([id]);
    return presentRecommendation(row, links.get(id));
  }
}
