/**
 * Full-text search, kept current by the database itself (triggers), so that every writer (import,
 * API, CLI) updates it without knowing:
 * - `recommendation_search`: the text and its translations of each recommendation;
 * - `state_search`, `term_search`: state names and term labels in three languages (metadata).
 * SQLite: FTS5 tables of tokens stemmed in TypeScript (functions registered by `openDatabase`, see
 * `src/modules/search/search.sqlite.ts`). PostgreSQL: tsvectors from the `english`, `russian` and
 * `simple` configurations, weight A for stemmed text, B for plain text (Kazakh, by prefix).
 */
import { type Kysely, sql } from 'kysely';
import { isPostgresDb } from '../dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const statements = isPostgresDb(db) ? POSTGRES_UP : SQLITE_UP;
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  const statements = isPostgresDb(db) ? POSTGRES_DOWN : SQLITE_DOWN;
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 0'`;

/** Stemmed and plain tokens of a recommendation's text and translations. */
const sqliteDocument = (id: string) => `
  INSERT INTO recommendation_search (rowid, stemmed, plain)
  SELECT r.id,
    upr_search_stemmed(r.text, r.text_lang) || ' ' || coalesce((SELECT group_concat(upr_search_stemmed(t.text, t.lang), ' ')
      FROM recommendation_translations t WHERE t.recommendation_id = r.id), ''),
    upr_search_plain(r.text, r.text_lang) || ' ' || coalesce((SELECT group_concat(upr_search_plain(t.text, t.lang), ' ')
      FROM recommendation_translations t WHERE t.recommendation_id = r.id), '')
  FROM recommendations r WHERE r.id = ${id};`;

const sqliteState = (row: string) => `
  INSERT INTO state_search (iso3, stemmed, plain) VALUES (${row}.iso3,
    upr_search_stemmed(${row}.name_en, 'en') || ' ' || upr_search_stemmed(${row}.name_ru, 'ru'),
    upr_search_plain(${row}.name_kk, 'kk'));`;

const sqliteTerm = (row: string) => `
  INSERT INTO term_search (rowid, stemmed, plain) VALUES (${row}.id,
    upr_search_stemmed(${row}.label_en, 'en') || ' ' || upr_search_stemmed(coalesce(${row}.label_ru, ''), 'ru'),
    upr_search_plain(coalesce(${row}.label_kk, ''), 'kk'));`;

const SQLITE_UP = [
  `CREATE VIRTUAL TABLE recommendation_search USING fts5(stemmed, plain, content = '', contentless_delete = 1, ${FTS_OPTIONS})`,
  `CREATE VIRTUAL TABLE state_search USING fts5(iso3 UNINDEXED, stemmed, plain, ${FTS_OPTIONS})`,
  `CREATE VIRTUAL TABLE term_search USING fts5(stemmed, plain, ${FTS_OPTIONS})`,
  `CREATE TRIGGER recommendations_search_insert AFTER INSERT ON recommendations BEGIN ${sqliteDocument('new.id')} END`,
  `CREATE TRIGGER recommendations_search_update AFTER UPDATE OF text, text_lang ON recommendations BEGIN
     DELETE FROM recommendation_search WHERE rowid = old.id; ${sqliteDocument('new.id')} END`,
  `CREATE TRIGGER recommendations_search_delete AFTER DELETE ON recommendations BEGIN
     DELETE FROM recommendation_search WHERE rowid = old.id; END`,
  `CREATE TRIGGER translations_search_insert AFTER INSERT ON recommendation_translations BEGIN
     DELETE FROM recommendation_search WHERE rowid = new.recommendation_id; ${sqliteDocument('new.recommendation_id')} END`,
  `CREATE TRIGGER translations_search_update AFTER UPDATE ON recommendation_translations BEGIN
     DELETE FROM recommendation_search WHERE rowid = old.recommendation_id; ${sqliteDocument('old.recommendation_id')}
     DELETE FROM recommendation_search WHERE rowid = new.recommendation_id; ${sqliteDocument('new.recommendation_id')} END`,
  `CREATE TRIGGER translations_search_delete AFTER DELETE ON recommendation_translations BEGIN
     DELETE FROM recommendation_search WHERE rowid = old.recommendation_id; ${sqliteDocument('old.recommendation_id')} END`,
  `CREATE TRIGGER states_search_insert AFTER INSERT ON states BEGIN ${sqliteState('new')} END`,
  `CREATE TRIGGER states_search_update AFTER UPDATE ON states BEGIN
     DELETE FROM state_search WHERE iso3 = old.iso3; ${sqliteState('new')} END`,
  `CREATE TRIGGER states_search_delete AFTER DELETE ON states BEGIN DELETE FROM state_search WHERE iso3 = old.iso3; END`,
  `CREATE TRIGGER terms_search_insert AFTER INSERT ON terms BEGIN ${sqliteTerm('new')} END`,
  `CREATE TRIGGER terms_search_update AFTER UPDATE ON terms BEGIN
     DELETE FROM term_search WHERE rowid = old.id; ${sqliteTerm('new')} END`,
  `CREATE TRIGGER terms_search_delete AFTER DELETE ON terms BEGIN DELETE FROM term_search WHERE rowid = old.id; END`,
  sqliteDocument('r.id'),
  `INSERT INTO state_search (iso3, stemmed, plain) SELECT iso3,
     upr_search_stemmed(name_en, 'en') || ' ' || upr_search_stemmed(name_ru, 'ru'), upr_search_plain(name_kk, 'kk') FROM states`,
  `INSERT INTO term_search (rowid, stemmed, plain) SELECT id,
     upr_search_stemmed(label_en, 'en') || ' ' || upr_search_stemmed(coalesce(label_ru, ''), 'ru'),
     upr_search_plain(coalesce(label_kk, ''), 'kk') FROM terms`,
];

const SQLITE_DOWN = [
  ...[
    'recommendations_search_insert',
    'recommendations_search_update',
    'recommendations_search_delete',
    'translations_search_insert',
    'translations_search_update',
    'translations_search_delete',
    'states_search_insert',
    'states_search_update',
    'states_search_delete',
    'terms_search_insert',
    'terms_search_update',
    'terms_search_delete',
  ].map((name) => `DROP TRIGGER IF EXISTS ${name}`),
  'DROP TABLE IF EXISTS recommendation_search',
  'DROP TABLE IF EXISTS state_search',
  'DROP TABLE IF EXISTS term_search',
];

const POSTGRES_UP = [
  `CREATE FUNCTION upr_search_vector(lang text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE lang
       WHEN 'en' THEN setweight(to_tsvector('english', translate(coalesce(body, ''), 'ёЁ', 'еЕ')), 'A')
       WHEN 'ru' THEN setweight(to_tsvector('russian', translate(coalesce(body, ''), 'ёЁ', 'еЕ')), 'A')
       ELSE setweight(to_tsvector('simple', translate(coalesce(body, ''), 'ёЁ', 'еЕ')), 'B') END $$`,
  `CREATE AGGREGATE upr_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`,
  `CREATE TABLE recommendation_search (
     recommendation_id integer PRIMARY KEY REFERENCES recommendations (id) ON DELETE CASCADE,
     document tsvector NOT NULL)`,
  'CREATE INDEX recommendation_search_document ON recommendation_search USING gin (document)',
  `CREATE TABLE state_search (
     iso3 text PRIMARY KEY REFERENCES states (iso3) ON DELETE CASCADE, document tsvector NOT NULL)`,
  `CREATE TABLE term_search (
     term_id integer PRIMARY KEY REFERENCES terms (id) ON DELETE CASCADE, document tsvector NOT NULL)`,
  `CREATE FUNCTION upr_search_refresh(rid integer) RETURNS void LANGUAGE sql AS $$
     INSERT INTO recommendation_search (recommendation_id, document)
     SELECT rid, upr_tsvector_agg(upr_search_vector(x.lang, x.body))
     FROM (SELECT text_lang AS lang, text AS body FROM recommendations WHERE id = rid
           UNION ALL SELECT lang, text FROM recommendation_translations WHERE recommendation_id = rid) x
     HAVING count(*) > 0 AND EXISTS (SELECT 1 FROM recommendations WHERE id = rid)
     ON CONFLICT (recommendation_id) DO UPDATE SET document = excluded.document $$`,
  `CREATE FUNCTION upr_search_recommendation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM upr_search_refresh(NEW.id); RETURN NULL; END $$`,
  // Imports insert thousands of rows per statement: one set-based insert per statement, not one per row.
  `CREATE FUNCTION upr_search_inserted_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO recommendation_search (recommendation_id, document)
       SELECT id, upr_search_vector(text_lang, text) FROM inserted
       ON CONFLICT (recommendation_id) DO UPDATE SET document = excluded.document;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER recommendations_search_insert AFTER INSERT ON recommendations
     REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION upr_search_inserted_trigger()`,
  `CREATE TRIGGER recommendations_search AFTER UPDATE OF text, text_lang ON recommendations
     FOR EACH ROW EXECUTE FUNCTION upr_search_recommendation_trigger()`,
  `CREATE FUNCTION upr_search_translation_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP <> 'INSERT' THEN PERFORM upr_search_refresh(OLD.recommendation_id); END IF;
       IF TG_OP <> 'DELETE' THEN PERFORM upr_search_refresh(NEW.recommendation_id); END IF;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER translations_search AFTER INSERT OR UPDATE OR DELETE ON recommendation_translations
     FOR EACH ROW EXECUTE FUNCTION upr_search_translation_trigger()`,
  `CREATE FUNCTION upr_search_state_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO state_search (iso3, document) VALUES (NEW.iso3,
         upr_search_vector('en', NEW.name_en) || upr_search_vector('ru', NEW.name_ru) || upr_search_vector('kk', NEW.name_kk))
       ON CONFLICT (iso3) DO UPDATE SET document = excluded.document;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER states_search AFTER INSERT OR UPDATE ON states
     FOR EACH ROW EXECUTE FUNCTION upr_search_state_trigger()`,
  `CREATE FUNCTION upr_search_term_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO term_search (term_id, document) VALUES (NEW.id,
         upr_search_vector('en', NEW.label_en) || upr_search_vector('ru', NEW.label_ru) || upr_search_vector('kk', NEW.label_kk))
       ON CONFLICT (term_id) DO UPDATE SET document = excluded.document;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER terms_search AFTER INSERT OR UPDATE ON terms
     FOR EACH ROW EXECUTE FUNCTION upr_search_term_trigger()`,
  'SELECT upr_search_refresh(id) FROM recommendations',
  `INSERT INTO state_search (iso3, document) SELECT iso3,
     upr_search_vector('en', name_en) || upr_search_vector('ru', name_ru) || upr_search_vector('kk', name_kk) FROM states`,
  `INSERT INTO term_search (term_id, document) SELECT id,
     upr_search_vector('en', label_en) || upr_search_vector('ru', label_ru) || upr_search_vector('kk', label_kk) FROM terms`,
];

const POSTGRES_DOWN = [
  'DROP TRIGGER IF EXISTS recommendations_search ON recommendations',
  'DROP TRIGGER IF EXISTS recommendations_search_insert ON recommendations',
  'DROP TRIGGER IF EXISTS translations_search ON recommendation_translations',
  'DROP TRIGGER IF EXISTS states_search ON states',
  'DROP TRIGGER IF EXISTS terms_search ON terms',
  'DROP TABLE IF EXISTS recommendation_search, state_search, term_search',
  'DROP FUNCTION IF EXISTS upr_search_inserted_trigger, upr_search_recommendation_trigger, upr_search_translation_trigger, upr_search_state_trigger, upr_search_term_trigger, upr_search_refresh',
  'DROP AGGREGATE IF EXISTS upr_tsvector_agg(tsvector)',
  'DROP FUNCTION IF EXISTS upr_search_vector',
];
