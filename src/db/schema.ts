/**
 * The database schema as Kysely sees it: one interface per table, the same on SQLite and PostgreSQL.
 * Booleans are stored as integers 0/1 and timestamps as ISO-8601 text on both dialects, so that rows
 * read back identically whichever database is underneath.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type RegionalGroup = 'African' | 'Asia-Pacific' | 'Eastern European' | 'GRULAC' | 'WEOG';
export type StateKind = 'member' | 'observer';

export interface StatesTable {
  iso3: string;
  iso2: string;
  m49: string;
  kind: StateKind;
  name_en: string;
  name_ru: string;
  name_kk: string;
  regional_group: RegionalGroup | null;
}

export interface StateAliasesTable {
  /** The alias folded by `normalizeStateName`. */
  alias: string;
  iso3: string;
}

export type MechanismKind = 'upr' | 'treaty_body' | 'special_procedure';

export interface MechanismsTable {
  code: string;
  kind: MechanismKind;
  name_en: string;
  name_ru: string;
  name_kk: string;
}

export interface CyclesTable {
  number: number;
  first_session: number;
  last_session: number;
  start_year: number;
  end_year: number;
}

export interface SessionsTable {
  number: number;
  cycle: number;
  year: number;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  file_name: string;
  format: string;
  checksum: string;
  rows_read: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  imported_by: string;
  created_at: string;
}

export type Position = 'supported' | 'supported_in_part' | 'noted' | 'pending' | 'unknown';

export interface RecommendationsTable {
  id: Generated<number>;
  /** Identity of the recommendation across imports; see `recommendationKey`. */
  natural_key: string;
  mechanism_code: string;
  state_under_review: string;
  cycle: number | null;
  session: number | null;
  paragraph: string | null;
  document_symbol: string | null;
  text: string;
  text_lang: string;
  position: Position;
  position_source: string | null;
  action_category: number | null;
  archived: number;
  batch_id: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface RecommendationTranslationsTable {
  recommendation_id: number;
  lang: string;
  text: string;
}

export interface RecommendingStatesTable {
  recommendation_id: number;
  state_iso3: string;
}

export interface TaxonomiesTable {
  code: string;
  name_en: string;
  name_ru: string;
  name_kk: string;
  /** 1 when a recommendation may carry several terms of this taxonomy. */
  multiple: number;
}

export interface TermsTable {
  id: Generated<number>;
  taxonomy_code: string;
  code: string;
  parent_id: number | null;
  label_en: string;
  label_ru: string | null;
  label_kk: string | null;
}

export interface TermAliasesTable {
  term_id: number;
  /** The alias folded by `normalizeLabel`. */
  alias: string;
}

export type TermOrigin = 'imported' | 'manual' | 'suggested';

export interface RecommendationTermsTable {
  recommendation_id: number;
  term_id: number;
  origin: TermOrigin;
  confidence: number | null;
}

/** Small key-value facts about the database itself (the reference data's fingerprint, settings). */
export interface MetaTable {
  key: string;
  value: string;
}

export interface DB {
  meta: MetaTable;
  states: StatesTable;
  state_aliases: StateAliasesTable;
  mechanisms: MechanismsTable;
  cycles: CyclesTable;
  sessions: SessionsTable;
  import_batches: ImportBatchesTable;
  recommendations: RecommendationsTable;
  recommendation_translations: RecommendationTranslationsTable;
  recommending_states: RecommendingStatesTable;
  taxonomies: TaxonomiesTable;
  terms: TermsTable;
  term_aliases: TermAliasesTable;
  recommendation_terms: RecommendationTermsTable;
}

export type StateRow = Selectable<StatesTable>;
export type TermRow = Selectable<TermsTable>;
export type RecommendationRow = Selectable<RecommendationsTable>;
export type NewRecommendation = Insertable<RecommendationsTable>;
export type RecommendationUpdate = Updateable<RecommendationsTable>;
export type ImportBatchRow = Selectable<ImportBatchesTable>;
