/** Taxonomies, their terms and the aliases terms are matched by. */
import type { Kysely } from 'kysely';
import type { DB, TermRow } from '../../db/schema.ts';
import { normalizeLabel } from './term-label.ts';

export interface TermIndex {
  /** Folded label or alias → term id. */
  byLabel: Map<string, number>;
  /** Lower-case code → term id. */
  byCode: Map<string, number>;
}

export class TaxonomyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listTaxonomies() {
    return this.db.selectFrom('taxonomies').selectAll().orderBy('code').execute();
  }

  listTerms(taxonomyCode: string): Promise<TermRow[]> {
    return this.db
      .selectFrom('terms')
      .selectAll()
      .where('taxonomy_code', '=', taxonomyCode)
      .orderBy('id')
      .execute();
  }

  async index(taxonomyCode: string): Promise<TermIndex> {
    const terms = await this.listTerms(taxonomyCode);
    const byLabel = new Map<string, number>();
    const byCode = new Map<string, number>();
    for (const term of terms) {
      byCode.set(term.code.toLowerCase(), term.id);
      byLabel.set(normalizeLabel(term.label_en), term.id);
    }
    const aliases = await this.db
      .selectFrom('term_aliases')
      .innerJoin('terms', 'terms.id', 'term_aliases.term_id')
      .select(['term_aliases.alias', 'term_aliases.term_id'])
      .where('terms.taxonomy_code', '=', taxonomyCode)
      .execute();
    for (const alias of aliases) if (!byLabel.has(alias.alias)) byLabel.set(alias.alias, alias.term_id);
    return { byLabel, byCode };
  }

  async createTerm(taxonomyCode: string, code: string, labelEn: string): Promise<number> {
    const row = await this.db
      .insertInto('terms')
      .values({
        taxonomy_code: taxonomyCode,
        code,
        label_en: labelEn,
        parent_id: null,
        label_ru: null,
        label_kk: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('term_aliases')
      .values({ term_id: row.id, alias: normalizeLabel(labelEn) })
      .execute();
    return row.id;
  }
}
