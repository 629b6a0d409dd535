/**
 * Saved views belong to one user: each lists, saves and deletes only their own. Saving under a name the
 * user already has replaces that view's query, so "save" is idempotent per name.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/problem.ts';
import { SavedViewRepository } from './saved-view.repository.ts';
import { presentSavedView, type SavedViewDto, type SavedViewInput } from './saved-view.schema.ts';

export class SavedViewService {
  private readonly repository: SavedViewRepository;

  constructor(db: Kysely<DB>) {
    this.repository = new SavedViewRepository(db);
  }

  async list(userId: number): Promise<SavedViewDto[]> {
    return (await this.repository.listOf(userId)).map(presentSavedView);
  }

  async save(userId: number, input: SavedViewInput): Promise<{ view: SavedViewDto; created: boolean }> {
    const at = new Date().toISOString();
    const existing = await this.repository.findByName(userId, input.name);
    if (existing)
      return {
        view: presentSavedView(await this.repository.updateQuery(existing.id, input.query, at)),
        created: false,
      };
    const row = await this.repository.insert({ user_id: userId, name: input.name, query: input.query, at });
    return { view: presentSavedView(row), created: true };
  }

  async delete(userId: number, id: number): Promise<void> {
    if (!(await this.repository.delete(userId, id))) throw notFound(`no saved view ${id}`);
  }
}
