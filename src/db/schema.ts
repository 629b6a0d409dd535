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
  /** 1 when the public may read it (everything imported from UN documents is); 0 while a draft. */
  published: Generated<number>;
  /** The language fastText finds in `text` (ISO 639-1), beside the declared `text_lang`; null until detected. */
  detected_lang: string | null;
  detected_lang_confidence: number | null;
}

export interface RecommendationTranslationsTable {
  recommendation_id: number;
  lang: string;
  text: string;
  detected_lang: string | null;
  detected_lang_confidence: number | null;
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

/** A trained auto-tagging model (`src/modules/classify`) and its last evaluation. */
export interface ClassifierModelsTable {
  id: Generated<number>;
  trained_at: string;
  trained_by: string;
  /** The sessions it was trained on, e.g. `1-16`, or `all`. */
  train_sessions: string;
  examples: number;
  threshold: number;
  model: Uint8Array;
  model_bytes: number;
  training_seconds: number;
  /** JSON of `Evaluation` (classify.metrics.ts) with the test sessions, or null before any evaluation. */
  evaluation_json: string | null;
  evaluated_at: string | null;
}

/** The action category the model suggests for a recommendation; never read as its confirmed category. */
export interface ActionCategorySuggestionsTable {
  recommendation_id: number;
  action_category: number;
  confidence: number;
  model_id: number;
  created_at: string;
}

/** A suggestion a person rejected: one term or one action category, never suggested again. */
export interface SuggestionRejectionsTable {
  id: Generated<number>;
  recommendation_id: number;
  term_id: number | null;
  action_category: number | null;
  rejected_at: string;
  rejected_by: string;
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
  classifier_models: ClassifierModelsTable;
  action_category_suggestions: ActionCategorySuggestionsTable;
  suggestion_rejections: SuggestionRejectionsTable;
  agencies: AgenciesTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  user_sessions: UserSessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  recommendation_agencies: RecommendationAgenciesTable;
  saved_views: SavedViewsTable;
  organization_members: OrganizationMembersTable;
  people: PeopleTable;
  alternative_reports: AlternativeReportsTable;
  alternative_report_terms: AlternativeReportTermsTable;
  alternative_report_recommendations: AlternativeReportRecommendationsTable;
  alternative_report_people: AlternativeReportPeopleTable;
  alternative_report_items: AlternativeReportItemsTable;
  alternative_report_item_recommendations: AlternativeReportItemRecommendationsTable;
  consultations: ConsultationsTable;
  consultation_organizations: ConsultationOrganizationsTable;
  consultation_participants: ConsultationParticipantsTable;
  consultation_agenda_items: ConsultationAgendaItemsTable;
  follow_ups: FollowUpsTable;
  follow_up_recommendations: FollowUpRecommendationsTable;
  attachments: AttachmentsTable;
  public_summaries: PublicSummariesTable;
  clusters: ClustersTable;
  cluster_recommendations: ClusterRecommendationsTable;
  measures: MeasuresTable;
  measure_agencies: MeasureAgenciesTable;
  measure_recommendations: MeasureRecommendationsTable;
  measure_clusters: MeasureClustersTable;
  indicators: IndicatorsTable;
  progress_reports: ProgressReportsTable;
  recommendation_status: RecommendationStatusTable;
  cs_assessments: CsAssessmentsTable;
  notifications: NotificationsTable;
  mail_outbox: MailOutboxTable;
  job_runs: JobRunsTable;
  recommendation_repeats: RecommendationRepeatsTable;
}

export type StateRow = Selectable<StatesTable>;
export type TermRow = Selectable<TermsTable>;
export type RecommendationRow = Selectable<RecommendationsTable>;
export type NewRecommendation = Insertable<RecommendationsTable>;
export type RecommendationUpdate = Updateable<RecommendationsTable>;
export type ImportBatchRow = Selectable<ImportBatchesTable>;

// Accounts, agencies, organizations and the audit trail (migration 0002).

export const ROLES = ['admin', 'coordinator', 'agency_focal_point', 'cs_contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface AgenciesTable {
  id: Generated<number>;
  name_en: string;
  name_ru: string;
  name_kk: string;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** `state_body` and `agency` (migration 0005) place ministries and other state bodies in the dialogue. */
export const ORGANIZATION_KINDS = [
  'ngo',
  'coalition',
  'academic',
  'international',
  'other',
  'state_body',
  'agency',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export interface OrganizationsTable {
  id: Generated<number>;
  name_en: string;
  name_ru: string;
  name_kk: string;
  kind: OrganizationKind;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface UsersTable {
  id: Generated<number>;
  /** Stored lower-cased: the unique index is case-insensitive on both dialects that way. */
  email: string;
  password_hash: string;
  role: Role;
  agency_id: number | null;
  organization_id: number | null;
  locale: string;
  failed_logins: Generated<number>;
  locked_until: string | null;
  /** 1 when the account may not sign in; accounts are disabled, never deleted. */
  disabled: Generated<number>;
  /** 1 while the password is a one-time setup password that must be changed. */
  must_change_password: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** Sign-in sessions (not UPR Working Group `sessions`). Only the SHA-256 of the cookie value is stored. */
export interface UserSessionsTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export type TokenScope = 'read' | 'write';

export interface ApiTokensTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  scope: TokenScope;
  name: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  /** Who acted, readable even if the user is later renamed: an email, `cli:<os user>` or `system`. */
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  diff_json: string | null;
}

/** Which agencies answer for a recommendation (an agency focal point edits those). */
export interface RecommendationAgenciesTable {
  recommendation_id: number;
  agency_id: number;
}

export type AgencyRow = Selectable<AgenciesTable>;
export type OrganizationRow = Selectable<OrganizationsTable>;
export type UserRow = Selectable<UsersTable>;
export type ApiTokenRow = Selectable<ApiTokensTable>;
export type AuditRow = Selectable<AuditLogTable>;

// Saved views of the web explorer (migration 0004).

export interface SavedViewsTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** The explorer's URL query string: filters, sort and columns. */
  query: string;
  created_at: string;
  updated_at: string;
}

export type SavedViewRow = Selectable<SavedViewsTable>;

// The dialogue with civil society (migration 0005).

/** A coalition's member organizations. */
export interface OrganizationMembersTable {
  coalition_id: number;
  member_id: number;
}

export interface PeopleTable {
  id: Generated<number>;
  name_en: string;
  name_ru: string;
  name_kk: string;
  position_en: string | null;
  position_ru: string | null;
  position_kk: string | null;
  organization_id: number | null;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const REPORT_STATUSES = ['draft', 'submitted', 'scheduled', 'discussed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface AlternativeReportsTable {
  id: Generated<number>;
  coalition_id: number;
  /** The coalition's own number: "No. 2". */
  number: number;
  title_en: string;
  title_ru: string;
  title_kk: string;
  coordinating_organization_id: number | null;
  summary: string | null;
  findings: string | null;
  status: ReportStatus;
  submitted_on: string | null;
  discussed_on: string | null;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface AlternativeReportTermsTable {
  report_id: number;
  term_id: number;
}

export interface AlternativeReportRecommendationsTable {
  report_id: number;
  recommendation_id: number;
  note: string | null;
}

export const REPORT_PERSON_ROLES = ['author', 'expert'] as const;
export type ReportPersonRole = (typeof REPORT_PERSON_ROLES)[number];

export interface AlternativeReportPeopleTable {
  report_id: number;
  person_id: number;
  role: ReportPersonRole;
}

/** The report's own recommendations to the government. */
export interface AlternativeReportItemsTable {
  id: Generated<number>;
  report_id: number;
  position: number;
  text: string;
}

export interface AlternativeReportItemRecommendationsTable {
  item_id: number;
  recommendation_id: number;
}

export interface ConsultationsTable {
  id: Generated<number>;
  title_en: string;
  title_ru: string;
  title_kk: string;
  /** ISO-8601 date and time. */
  starts_at: string;
  /** The state whose recommendations are discussed (their counts in the summary). */
  state_iso3: string | null;
  place: string | null;
  link: string | null;
  organizer_organization_id: number | null;
  chair_person_id: number | null;
  minutes: string | null;
  decisions: string | null;
  outcome: string | null;
  /** 1 once a summary of it is published: the public sees it from then on. */
  published: Generated<number>;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ConsultationOrganizationsTable {
  consultation_id: number;
  organization_id: number;
}

export const PARTICIPANT_ROLES = ['chair', 'speaker', 'presenter', 'analyst', 'participant'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface ConsultationParticipantsTable {
  consultation_id: number;
  person_id: number;
  role: ParticipantRole;
}

/** One agenda point: an alternative report, a theme or a recommendation (any of them). */
export interface ConsultationAgendaItemsTable {
  id: Generated<number>;
  consultation_id: number;
  position: number;
  report_id: number | null;
  term_id: number | null;
  recommendation_id: number | null;
  note: string | null;
}

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export interface FollowUpsTable {
  id: Generated<number>;
  consultation_id: number;
  position: number;
  text: string;
  owner_person_id: number | null;
  owner_organization_id: number | null;
  due_on: string | null;
  status: FollowUpStatus;
}

export interface FollowUpRecommendationsTable {
  follow_up_id: number;
  recommendation_id: number;
}

export type AttachmentOwner = 'alternative_report' | 'consultation' | 'progress_report';

/** Uploaded PDF/DOCX documents, kept in the database with their checksum and extracted text. */
export interface AttachmentsTable {
  id: Generated<number>;
  owner_type: AttachmentOwner;
  owner_id: number;
  file_name: string;
  kind: 'pdf' | 'docx';
  size: number;
  /** SHA-256, hex. */
  checksum: string;
  content: Uint8Array;
  text: string;
  created_by: number | null;
  created_at: string;
}

export interface PublicSummariesTable {
  id: Generated<number>;
  consultation_id: number;
  lang: 'ru' | 'kk' | 'en';
  title: string;
  body: string;
  published: Generated<number>;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export type PersonRow = Selectable<PeopleTable>;
export type AlternativeReportRow = Selectable<AlternativeReportsTable>;
export type ConsultationRow = Selectable<ConsultationsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type PublicSummaryRow = Selectable<PublicSummariesTable>;

// Implementation tracking (migration 0006).

/** A group of recommendations answered together (e.g. the 16 on the death penalty). */
export interface ClustersTable {
  id: Generated<number>;
  state_under_review: string;
  cycle: number | null;
  title_en: string;
  title_ru: string;
  title_kk: string;
  description: string | null;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ClusterRecommendationsTable {
  cluster_id: number;
  recommendation_id: number;
}

export const MEASURE_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** An action of the government's plan, answering recommendations directly or through clusters. */
export interface MeasuresTable {
  id: Generated<number>;
  title_en: string;
  title_ru: string;
  title_kk: string;
  description: string | null;
  /** ISO dates 'YYYY-MM-DD'. */
  start_date: string | null;
  target_date: string | null;
  budget_note: string | null;
  expected_outcome: string | null;
  status: MeasureStatus;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const MEASURE_AGENCY_ROLES = ['lead', 'supporting'] as const;
export type MeasureAgencyRole = (typeof MEASURE_AGENCY_ROLES)[number];

export interface MeasureAgenciesTable {
  measure_id: number;
  agency_id: number;
  role: MeasureAgencyRole;
}

export interface MeasureRecommendationsTable {
  measure_id: number;
  recommendation_id: number;
}

export interface MeasureClustersTable {
  measure_id: number;
  cluster_id: number;
}

export interface IndicatorsTable {
  id: Generated<number>;
  measure_id: number;
  name_en: string;
  name_ru: string;
  name_kk: string;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  /** The reporting schedule: due dates every `every_months` months from start to end; null = none. */
  schedule_start: string | null;
  schedule_end: string | null;
  every_months: number | null;
  archived: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const PROGRESS_REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

export interface ProgressReportsTable {
  id: Generated<number>;
  measure_id: number;
  indicator_id: number | null;
  /** The scheduled due date it answers; null for an unscheduled report. */
  due_date: string | null;
  text: string;
  value: string | null;
  /** JSON array of http(s) URLs. */
  links: string;
  status: ProgressReportStatus;
  review_comment: string | null;
  author_id: number | null;
  submitted_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const IMPLEMENTATION_STATUS_VALUES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUS_VALUES)[number];

/** The coordinator's override of the status derived from measures (with the reason). */
export interface RecommendationStatusTable {
  recommendation_id: number;
  override_status: ImplementationStatus | null;
  override_reason: string | null;
  overridden_by: number | null;
  overridden_at: string | null;
  version: Generated<number>;
}

/** Civil society's own assessment: one per organization per recommendation. */
export interface CsAssessmentsTable {
  id: Generated<number>;
  recommendation_id: number;
  organization_id: number;
  status: ImplementationStatus;
  evidence: string | null;
  /** JSON array of http(s) URLs. */
  links: string;
  assessed_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export type ClusterRow = Selectable<ClustersTable>;
export type MeasureRow = Selectable<MeasuresTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type ProgressReportRow = Selectable<ProgressReportsTable>;
export type CsAssessmentRow = Selectable<CsAssessmentsTable>;
// Reminders and notifications (migration 0007).

export const NOTIFICATION_KINDS = ['due_soon', 'overdue', 'returned', 'digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In-app notifications, one per user and subject; `dedupe_key` makes a repeated run a no-op. */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the web app, e.g. `/recommendations/12`. */
  link: string | null;
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
}

/** `sending`: claimed by a sender; one left so after a crash is marked `unknown`, never re-sent unasked. */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'unknown'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface MailOutboxTable {
  id: Generated<number>;
  /** job:recipient:subject record:period, unique: a message is queued at most once. */
  dedupe_key: string;
  user_id: number | null;
  recipient: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: string;
  claimed_at: string | null;
  sent_at: string | null;
}

/** A scheduled job's run for one period (a day); `finished_at` set once everything was queued. */
export interface JobRunsTable {
  job: string;
  period: string;
  started_at: string;
  finished_at: string | null;
  queued: Generated<number>;
}

export type NotificationRow = Selectable<NotificationsTable>;
export type OutboxRow = Selectable<MailOutboxTable>;
// Languages and similar recommendations (migration 0009).

/** A recommendation repeated from one its state received in an earlier cycle (cosine of TF-IDF vectors). */
export interface RecommendationRepeatsTable {
  recommendation_id: number;
  earlier_id: number;
  score: number;
}
