/**
 * Full-text search over recommendations, one function for SQLite and PostgreSQL with the same answers.
 * A query unit (word, phrase) matches a recommendation when it matches its text or a translation, the
 * name of its state under review or of a recommending state, or the label of a confirmed term
 * (imported or manual). Excluded units (`-word`) may match none of these. Ranked: recommendations
 * whose text matches every unit first (by BM25 on SQLite, `ts_rank` on PostgreSQL), then those found
 * through metadata; ties by id.
 *
 * @example
 *   const { total, hits } = await new SearchRepository(db).search('пытки -"смертная казнь"', { limit: 20 });
 *   hits[0]?.snippet?.text; // '... <mark>пыткам</mark> ...'
 */
import { type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { isPostgresDb } from '../../db/dialect.ts';
import type { DB, RecommendationRow } from '../../db/schema.ts';
import { fts5Expression, tsqueryTexts } from './search.query.ts';
import { type Snippet, snippet } from './search.snippet.ts';
import { parseQuery, type QueryUnit } from './search.text.ts';

export type RecommendationQuery = SelectQueryBuilder<DB, 'recommendations', object>;

export interface SearchHit {
  row: RecommendationRow;
  /** True when the text (or a translation) matches every word; false when found through metadata. */
  inText: boolean;
  /** Relevance of the text match within its dialect (higher is better); null when not `inText`. */
  score: number | null;
  snippet: Snippet | undefined;
}

export interface SearchOptions {
  /** Recommendations to search among, e.g. `new RecommendationRepository(db).filtered({ state: 'KAZ' })`. */
  within?: RecommendationQuery;
  limit?: number;
  offset?: number;
  /** `rank` (default): text matches first, by relevance; `id`: by id only. */
  order?: 'rank' | 'id';
}

/** Narrows a query over `recommendations` to those matching `q` (the `q` of every list and count). */
export function whereSearchMatches(
  db: Kysely<DB>,
  query: RecommendationQuery,
  q: string,
): RecommendationQuery {
  const units = parseQuery(q);
  const postgres = isPostgresDb(db);
  if (!units.some((u) => !u.negated)) {
    // Nothing to look for (stop words only): nothing matches, as on PostgreSQL.
    if (units.length === 0) return query.where(sql<SqlBool>`1 = 0`);
  }
  for (const unit of units) {
    const matching = matchingIds(unit, postgres);
    query = query.where(
      unit.negated
        ? sql<SqlBool>`recommendations.id NOT IN (${matching})`
        : sql<SqlBool>`recommendations.id IN (${matching})`,
    );
  }
  return query;
}

/** Ids of the recommendations a unit matches, through text or metadata. */
function matchingIds(unit: QueryUnit, postgres: boolean): RawBuilder<unknown> {
  const states = postgres
    ? sql`SELECT iso3 FROM state_search WHERE document @@ ${tsquery(unit)}`
    : sql`SELECT iso3 FROM state_search WHERE state_search MATCH ${fts5Expression(unit)}`;
  const terms = postgres
    ? sql`SELECT term_id FROM term_search WHERE document @@ ${tsquery(unit)}`
    : sql`SELECT rowid FROM term_search WHERE term_search MATCH ${fts5Expression(unit)}`;
  return sql`${textIds([unit], postgres)}
    UNION SELECT sr.id FROM recommendations sr WHERE sr.state_under_review IN (${states})
    UNION SELECT rs.recommendation_id FROM recommending_states rs WHERE rs.state_iso3 IN (${states})
    UNION SELECT rt.recommendation_id FROM recommendation_terms rt
      WHERE rt.origin <> 'suggested' AND rt.term_id IN (${terms})`;
}

/** Ids (and relevance, as `score`) of the recommendations whose text matches every unit. */
function textIds(units: QueryUnit[], postgres: boolean, withScore = false): RawBuilder<unknown> {
  if (postgres) {
    const query = sql.join(
      units.map((u) => sql`(${tsquery(u)})`),
      sql` && `,
    );
    return withScore
      ? sql`SELECT recommendation_id AS id, ts_rank(document, ${query}) AS score
          FROM recommendation_search WHERE document @@ (${query})`
      : sql`SELECT recommendation_id FROM recommendation_search WHERE document @@ (${query})`;
  }
  const expression = units.map(fts5Expression).join(' AND ');
  return withScore
    ? sql`SELECT rowid AS id, -bm25(recommendation_search) AS score
        FROM recommendation_search WHERE recommendation_search MATCH ${expression}`
    : sql`SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ${expression}`;
}

function tsquery(unit: QueryUnit): RawBuilder<unknown> {
  const { stemmed, plain } = tsqueryTexts(unit);
  return sql`(to_tsquery('english', ${stemmed}) || to_tsquery('russian', ${stemmed}) || to_tsquery('simple', ${plain}))`;
}

type Ranked = { id: number; score: number | null; total: number };

export class SearchRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** One page of recommendations matching `q`, ranked, with highlighted snippets, and the total. */
  async search(q: string, options: SearchOptions = {}): Promise<{ total: number; hits: SearchHit[] }> {
    const { limit = 20, offset = 0, order = 'rank' } = options;
    const postgres = isPostgresDb(this.db);
    const units = parseQuery(q);
    const base =
      options.within ?? this.db.selectFrom('recommendations').where('recommendations.archived', '=', 0);
    const matching = whereSearchMatches(this.db, base, q).select('recommendations.id');
    const positive = units.filter((u) => !u.negated);

    const ranked =
      positive.length > 0
        ? // Materialized: otherwise SQLite re-runs the full-text match for every row it joins.
          sql<Ranked>`
          WITH t AS MATERIALIZED (${textIds(positive, postgres, true)})
          SELECT m.id, t.score, count(*) OVER () AS total FROM (${matching}) m LEFT JOIN t ON t.id = m.id
          ORDER BY ${order === 'rank' ? sql`CASE WHEN t.id IS NULL THEN 1 ELSE 0 END, t.score DESC,` : sql``} m.id
          LIMIT ${limit} OFFSET ${offset}`
        : sql<Ranked>`
          SELECT m.id, NULL AS score, count(*) OVER () AS total FROM (${matching}) m ORDER BY m.id LIMIT ${limit} OFFSET ${offset}`;
    // The total comes with the page (one evaluation of the match); past the last page, counted alone.
    const page = (await ranked.execute(this.db)).rows;
    if (page.length === 0) {
      if (offset === 0) return { total: 0, hits: [] };
      const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM (${matching}) m`.execute(this.db);
      return { total: Number(counted.rows[0]?.n ?? 0), hits: [] };
    }
    const total = Number(page[0]?.total ?? 0);

    const ids = page.map((p) => Number(p.id));
    const rows = new Map(
      (await this.db.selectFrom('recommendations').selectAll().where('id', 'in', ids).execute()).map((r) => [
        r.id,
        r,
      ]),
    );
    const translations = await this.db
      .selectFrom('recommendation_translations')
      .selectAll()
      .where('recommendation_id', 'in', ids)
      .execute();
    const hits: SearchHit[] = [];
    for (const { id, score } of page) {
      const row = rows.get(Number(id));
      if (!row) continue;
      const texts = [
        { text: row.text, lang: row.text_lang },
        ...translations
          .filter((t) => t.recommendation_id === row.id)
          .map((t) => ({ text: t.text, lang: t.lang })),
      ];
      hits.push({
        row,
        inText: score !== null && score !== undefined,
        score: score === null || score === undefined ? null : Number(score),
        snippet: snippet(texts, units),
      });
    }
    return { total, hits };
  }
}
