/**
 * Who may do what, as one table of declarative rules (role × action × resource, with an optional
 * condition on the record). Routes declare the policy they need; services check record conditions;
 * responses carry the caller's `abilities` so that the UI never re-derives roles.
 *
 * @example
 *   can({ userId: 3, role: 'agency_focal_point', agencyId: 7, organizationId: null },
 *     'update', 'recommendation', { published: true, agencyIds: [7] }) === true
 */
import type { Role } from '../../db/schema.ts';

export interface Actor {
  userId: number;
  role: Role;
  agencyId: number | null;
  organizationId: number | null;
}

/** `null` is the anonymous public. */
export type Caller = Actor | null;

export interface ResourceRecords {
  recommendation: { published: boolean; agencyIds: number[] };
  agency: { id: number };
  organization: { id: number };
  user: { id: number };
  account: { id: number };
  taxonomy: object;
  reference: object;
  import: object;
  export: object;
  audit: object;
  stats: object;
  /** `organizationId`: the organization the person speaks for. */
  person: { organizationId: number | null };
  /** `organizationIds`: the coalition and the coordinating organization; the public reads all but drafts. */
  alternative_report: { published: boolean; organizationIds: number[] };
  /** Published once a public summary of it is. */
  consultation: { published: boolean };
  summary: { published: boolean };
  /** Implementation tracking (issue 7): clusters and the plan's measures (`agencyIds`: lead and supporting). */
  cluster: object;
  measure: { agencyIds: number[] };
  /** `agencyIds`: who answers for it (the author's agency, else the measure's agencies). */
  progress_report: { agencyIds: number[]; status: 'draft' | 'submitted' | 'approved' | 'returned' };
  /** A recommendation's implementation status (`update`: the coordinator's override) and the dashboards. */
  implementation: { published: boolean };
  /** A civil-society assessment, written for one organization. */
  assessment: { organizationId: number };
  /** Reminders and generated reports (issue 7): a user's own in-app notifications; the SMTP settings. */
  notification: { userId: number };
  mail_settings: object;
  /** A review's mid-term report or national-report annex (DOCX, PDF, XLSX). */
  review_report: object;
  /** The auto-tagging model and its evaluation. */
  classifier: object;
  /** The model's suggested issues and action categories, until a person accepts or rejects them. */
  suggestion: object;
}

export type Resource = keyof ResourceRecords;

export const ACTIONS = ['read', 'create', 'update', 'archive', 'publish', 'assign', 'approve'] as const;
export type Action = (typeof ACTIONS)[number];

/** The actions worth reporting as abilities for each resource. */
export const RESOURCE_ACTIONS: { [R in Resource]: Action[] } = {
  recommendation: ['read', 'create', 'update', 'archive', 'publish', 'assign'],
  agency: ['read', 'create', 'update', 'archive'],
  organization: ['read', 'create', 'update', 'archive'],
  user: ['read', 'create', 'update'],
  account: ['read', 'update'],
  taxonomy: ['read', 'create', 'update'],
  reference: ['read'],
  import: ['read', 'create'],
  export: ['read'],
  audit: ['read'],
  stats: ['read'],
  person: ['read', 'create', 'update', 'archive'],
  alternative_report: ['read', 'create', 'update', 'archive'],
  consultation: ['read', 'create', 'update', 'archive', 'publish'],
  summary: ['read', 'create', 'update', 'publish'],
  cluster: ['read', 'create', 'update', 'archive'],
  measure: ['read', 'create', 'update', 'archive'],
  progress_report: ['read', 'create', 'update', 'approve'],
  implementation: ['read', 'update'],
  assessment: ['read', 'create', 'update'],
  notification: ['read', 'update'],
  mail_settings: ['read', 'update'],
  review_report: ['read'],
  classifier: ['read', 'update'],
  suggestion: ['read', 'update'],
};

type Who = Role | 'anonymous';

interface Rule<R extends Resource> {
  who: readonly Who[];
  actions: readonly Action[];
  resource: R;
  when?: (actor: Actor | null, record: ResourceRecords[R]) => boolean;
}

const EVERYONE: readonly Who[] = [
  'anonymous',
  'admin',
  'coordinator',
  'agency_focal_point',
  'cs_contributor',
  'viewer',
];
const SIGNED_IN: readonly Who[] = ['admin', 'coordinator', 'agency_focal_point', 'cs_contributor', 'viewer'];
const MANAGERS: readonly Who[] = ['admin', 'coordinator'];

function allow<R extends Resource>(
  who: readonly Who[],
  actions: readonly Action[],
  resource: R,
  when?: Rule<R>['when'],
): Rule<R> {
  return { who, actions, resource, ...(when ? { when } : {}) };
}

const EDITABLE_REPORT: readonly string[] = ['draft', 'returned'];

function ownAgency(actor: Actor | null, agencyIds: number[]): boolean {
  return actor?.agencyId != null && agencyIds.includes(actor.agencyId);
}

/** The whole policy, one readable line per ability. */
export const RULES: Rule<Resource>[] = [
  // The public reads reference data, taxonomies, directories, statistics and published recommendations.
  allow(EVERYONE, ['read'], 'reference'),
  allow(EVERYONE, ['read'], 'taxonomy'),
  allow(EVERYONE, ['read'], 'agency'),
  allow(EVERYONE, ['read'], 'organization'),
  allow(EVERYONE, ['read'], 'stats'),
  allow(['anonymous'], ['read'], 'recommendation', (_, r) => r.published),
  // Every account reads drafts too, exports what it can read, and manages its own account.
  allow(SIGNED_IN, ['read'], 'recommendation'),
  allow(SIGNED_IN, ['read'], 'export'),
  allow(SIGNED_IN, ['read', 'update'], 'account', (actor, r) => actor?.userId === r.id),
  // The ministry (and the administrator) own all content and publishing.
  allow(MANAGERS, ['create', 'update', 'archive', 'publish', 'assign'], 'recommendation'),
  allow(MANAGERS, ['create', 'update', 'archive'], 'agency'),
  allow(MANAGERS, ['create', 'update', 'archive'], 'organization'),
  allow(MANAGERS, ['read', 'create'], 'import'),
  allow(MANAGERS, ['read'], 'audit'),
  allow(MANAGERS, ['read'], 'user'),
  // An agency focal point edits the recommendations assigned to its agency.
  allow(['agency_focal_point'], ['update'], 'recommendation', (actor, r) =>
    actor?.agencyId != null ? r.agencyIds.includes(actor.agencyId) : false,
  ),
  // A civil-society contributor keeps its own organization's record up to date.
  allow(['cs_contributor'], ['update'], 'organization', (actor, r) => actor?.organizationId === r.id),
  // The administrator manages accounts and taxonomies.
  allow(['admin'], ['create', 'update'], 'user'),
  allow(['admin'], ['create', 'update'], 'taxonomy'),
  // The dialogue with civil society: the public reads people, submitted reports and what is published.
  allow(EVERYONE, ['read'], 'person'),
  allow(['anonymous'], ['read'], 'alternative_report', (_, r) => r.published),
  allow(['anonymous'], ['read'], 'consultation', (_, r) => r.published),
  allow(['anonymous'], ['read'], 'summary', (_, r) => r.published),
  allow(SIGNED_IN, ['read'], 'alternative_report'),
  allow(SIGNED_IN, ['read'], 'consultation'),
  allow(SIGNED_IN, ['read'], 'summary'),
  // The coordinator manages people, reports, consultations and publishes summaries.
  allow(MANAGERS, ['create', 'update', 'archive'], 'person'),
  allow(MANAGERS, ['create', 'update', 'archive'], 'alternative_report'),
  allow(MANAGERS, ['create', 'update', 'archive', 'publish'], 'consultation'),
  allow(MANAGERS, ['create', 'update', 'publish'], 'summary'),
  // A civil-society contributor edits its own organization's reports and people.
  allow(['cs_contributor'], ['create', 'update'], 'alternative_report', (actor, r) =>
    actor?.organizationId != null ? r.organizationIds.includes(actor.organizationId) : false,
  ),
  allow(['cs_contributor'], ['create', 'update'], 'person', (actor, r) =>
    actor?.organizationId != null ? r.organizationId === actor.organizationId : false,
  ),
  // Implementation tracking: everyone reads the plan; the coordinator makes it and approves progress reports.
  allow(EVERYONE, ['read'], 'cluster'),
  allow(EVERYONE, ['read'], 'measure'),
  allow(EVERYONE, ['read'], 'assessment'),
  allow(['anonymous'], ['read'], 'implementation', (_, r) => r.published),
  allow(SIGNED_IN, ['read'], 'implementation'),
  allow(['anonymous'], ['read'], 'progress_report', (_, r) => r.status === 'approved'),
  allow(SIGNED_IN, ['read'], 'progress_report'),
  allow(MANAGERS, ['create', 'update', 'archive'], 'cluster'),
  allow(MANAGERS, ['create', 'update', 'archive'], 'measure'),
  allow(MANAGERS, ['update'], 'implementation'),
  allow(MANAGERS, ['create'], 'progress_report'),
  allow(MANAGERS, ['update'], 'progress_report', (_, r) => EDITABLE_REPORT.includes(r.status)),
  allow(MANAGERS, ['approve'], 'progress_report', (_, r) => r.status === 'submitted'),
  // An agency focal point works on its agency's measures and their progress reports (drafts and returned ones).
  allow(['agency_focal_point'], ['update'], 'measure', (actor, r) => ownAgency(actor, r.agencyIds)),
  allow(['agency_focal_point'], ['create'], 'progress_report', (actor, r) => ownAgency(actor, r.agencyIds)),
  allow(
    ['agency_focal_point'],
    ['update'],
    'progress_report',
    (actor, r) => ownAgency(actor, r.agencyIds) && EDITABLE_REPORT.includes(r.status),
  ),
  // Civil society assesses implementation for its own organization (the administrator may correct it).
  allow(
    ['cs_contributor'],
    ['create', 'update'],
    'assessment',
    (actor, r) => actor?.organizationId === r.organizationId,
  ),
  allow(['admin'], ['create', 'update'], 'assessment'),
  // Everyone signed in reads and marks their own notifications and generates review reports; the public
  // does neither. Only the administrator sees and changes the mail settings.
  allow(SIGNED_IN, ['read', 'update'], 'notification', (actor, r) => actor?.userId === r.userId),
  allow(SIGNED_IN, ['read'], 'review_report'),
  allow(['admin'], ['read', 'update'], 'mail_settings'),
  // Auto-tagging: every account sees suggestions (marked as such); the ministry accepts or rejects them,
  // reads the model's evaluation and trains a new model (`update`).
  allow(SIGNED_IN, ['read'], 'suggestion'),
  allow(MANAGERS, ['update'], 'suggestion'),
  allow(MANAGERS, ['read', 'update'], 'classifier'),
] as Rule<Resource>[];

/**
 * Whether the caller may act. Without a record, a conditional rule counts as "for some records": the
 * route lets the request through and the service checks the record itself.
 */
export function can<R extends Resource>(
  caller: Caller,
  action: Action,
  resource: R,
  record?: ResourceRecords[R],
): boolean {
  const who: Who = caller?.role ?? 'anonymous';
  return RULES.some(
    (rule) =>
      rule.resource === resource &&
      rule.actions.includes(action) &&
      rule.who.includes(who) &&
      (!rule.when || record === undefined || (rule.when as Rule<R>['when'])?.(caller, record) === true),
  );
}

/** The caller's abilities on one resource (or one record of it), as sent with every response. */
export function abilities<R extends Resource>(
  caller: Caller,
  resource: R,
  record?: ResourceRecords[R],
): Partial<Record<Action, boolean>> {
  return Object.fromEntries(
    RESOURCE_ACTIONS[resource].map((action) => [action, can(caller, action, resource, record)]),
  );
}
