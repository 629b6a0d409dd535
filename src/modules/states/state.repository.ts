/** States and their aliases. */
import type { Kysely } from 'kysely';
import type { DB, StateRow } from '../../db/schema.ts';
import { normalizeStateName } from './state-names.ts';

export class StateRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(): Promise<StateRow[]> {
    return this.db.selectFrom('states').selectAll().orderBy('name_en').execute();
  }

  /** Every alias (folded) and ISO3 code, mapped to the state's ISO3 code. */
  async aliasMap(): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const row of await this.db.selectFrom('state_aliases').select(['alias', 'iso3']).execute()) {
      map.set(row.alias, row.iso3);
    }
    for (const row of await this.db.selectFrom('states').select('iso3').execute()) {
      map.set(row.iso3.toLowerCase(), row.iso3);
    }
    return map;
  }
}

/**
 * Resolves a state's name as written in a source to its ISO3 code, or undefined: never a guess.
 *
 * @example new StateResolver(await repo.aliasMap()).resolve('Iran (Islamic Republic of)') === 'IRN'
 */
export class StateResolver {
  constructor(private readonly aliases: Map<string, string>) {}

  resolve(name: string): string | undefined {
    const trimmed = name.trim();
    if (/^[A-Z]{3}$/.test(trimmed)) return this.aliases.get(trimmed.toLowerCase());
    return this.aliases.get(normalizeStateName(trimmed));
  }
}
