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
  /** Names as written → code: a corpus names the same few hundred states again and again. */
  private readonly seen = new Map<string, string | undefined>();

  constructor(private readonly aliases: Map<string, string>) {}

  resolve(name: string): string | undefined {
    if (this.seen.has(name)) return this.seen.get(name);
    const trimmed = name.trim();
    const iso3 = /^[A-Z]{3}$/.test(trimmed)
      ? this.aliases.get(trimmed.toLowerCase())
      : this.aliases.get(normalizeStateName(trimmed));
    this.seen.set(name, iso3);
    return iso3;
  }
}
