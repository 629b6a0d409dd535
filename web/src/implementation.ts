/**
 * The typed client of implementation tracking (issue 7): clusters, measures and indicators, progress reports,
 * civil-society assessments and each recommendation's status; plus the due-date bookkeeping the pages share
 * (which due dates have a report, which are overdue) and small lookups (agencies).
 */
import { useEffect, useState } from 'react';
import { api, cached, type User } from './api.ts';
import type { Attachment } from './dialogue.ts';

export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'in_progress',
  'partially_implemented',
  'implemented',
  'not_applicable',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export const MEASURE_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type Abilities = Record<string, boolean | undefined>;
export type Titles = { ru: string; kk: string; en: string };

/** The signed-in user as `/api/auth/me` sends it (the shared `User` type leaves out the affiliations). */
export type Member = User & { agencyId?: number | null; organizationId?: number | null };

export interface Agency {
  id: number;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  archived: boolean;
}

export interface Cluster {
  id: number;
  stateUnderReview: string;
  cycle: number | null;
  title: Titles;
  description: string | null;
  recommendationIds: number[];
  measureIds: number[];
  archived: boolean;
  version: number;
  abilities: Abilities;
}

export interface Schedule {
  start: string;
  end: string;
  everyMonths: number;
}

export interface Indicator {
  id: number;
  measureId: number;
  name: Titles;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  schedule: Schedule | null;
  dueDates: string[];
  archived: boolean;
  version: number;
}

export interface AgencyLink {
  agencyId: number;
  role: 'lead' | 'supporting';
}

export interface Measure {
  id: number;
  title: Titles;
  description: string | null;
  startDate: string | null;
  targetDate: string | null;
  budgetNote: string | null;
  expectedOutcome: string | null;
  status: MeasureStatus;
  agencies: AgencyLink[];
  recommendationIds: number[];
  clusterIds: number[];
  indicators: Indicator[];
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  abilities: Abilities;
}

export interface ProgressReport {
  id: number;
  measureId: number;
  indicatorId: number | null;
  dueDate: string | null;
  text: string;
  value: string | null;
  links: string[];
  status: ReportStatus;
  reviewComment: string | null;
  authorId: number | null;
  submittedAt: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  attachments: Attachment[];
  abilities: Abilities;
}

export interface Assessment {
  id: number;
  recommendationId: number;
  organizationId: number;
  status: ImplementationStatus;
  evidence: string | null;
  links: string[];
  assessedBy: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  abilities: Abilities;
}

export interface RecommendationImplementation {
  recommendationId: number;
  derived: ImplementationStatus;
  override: {
    status: ImplementationStatus;
    reason: string | null;
    by: number | null;
    at: string | null;
  } | null;
  government: ImplementationStatus;
  civilSociety: Assessment[];
  disagreement: boolean;
  measures: {
    id: number;
    title: Titles;
    status: MeasureStatus;
    targetDate: string | null;
    via: 'direct' | 'cluster';
  }[];
  clusters: { id: number; title: Titles }[];
  latestProgress: {
    id: number;
    measureId: number;
    indicatorId: number | null;
    dueDate: string | null;
    status: ReportStatus;
    text: string;
    value: string | null;
    updatedAt: string;
  }[];
  version: number;
  abilities: Abilities;
}

export interface ReviewItem {
  id: number;
  paragraph: string | null;
  text: string;
  position: string;
  cycle: number | null;
  derived: ImplementationStatus;
  government: ImplementationStatus;
  overridden: boolean;
  civilSociety: { organizationId: number; status: ImplementationStatus }[];
  disagreement: boolean;
  agencies: { agencyId: number; role: string }[];
  termIds?: number[];
}

export interface ReviewStatus {
  total: number;
  items: ReviewItem[];
}

export type StatusCounts = Partial<Record<ImplementationStatus, number>>;

export type Label = { ru: string | null; kk: string | null; en: string | null };

/** `/api/implementation/progress`: recommendations by the government's status per theme, agency or cycle. */
export interface ProgressFigures {
  by: 'theme' | 'agency' | 'cycle';
  recommendations: number;
  totals: StatusCounts;
  rows: { key: string; label: Label | null; total: number; counts: StatusCounts }[];
}

/** `/api/implementation/overdue`: due dates without a submitted or approved report, per lead agency. */
export interface OverdueFigures {
  asOf: string;
  total: number;
  rows: {
    agencyId: number | null;
    name: Label | null;
    overdue: number;
    items: { measureId: number; indicatorId: number; dueDate: string }[];
  }[];
}

/** `/api/implementation/assessment-gap`: government (rows) × civil society (columns). */
export interface GapFigures {
  statuses: ImplementationStatus[];
  matrix: number[][];
  assessments: number;
  disagreements: number;
  recommendationsInDisagreement: number;
}

export function labelIn(label: Label | null | undefined, language: string): string {
  if (!label) return '';
  return (
    (language === 'ru' ? label.ru : language === 'kk' ? label.kk : label.en) ?? label.en ?? label.ru ?? ''
  );
}

export function titleIn(titles: Titles | undefined, language: string): string {
  if (!titles) return '';
  return (
    (language === 'ru' ? titles.ru : language === 'kk' ? titles.kk : titles.en) || titles.ru || titles.en
  );
}

export function agencyName(agency: Agency | undefined, language: string): string {
  if (!agency) return '—';
  return (
    (language === 'ru' ? agency.nameRu : language === 'kk' ? agency.nameKk : agency.nameEn) || agency.nameEn
  );
}

/** Agencies by id, once per page load (everyone may read the directory). */
export function useAgencies(): Map<number, Agency> {
  const [agencies, setAgencies] = useState(new Map<number, Agency>());
  useEffect(() => {
    cached<{ items: Agency[] }>('/api/agencies')
      .then(({ items }) => setAgencies(new Map(items.map((a) => [a.id, a]))))
      .catch(() => {});
  }, []);
  return agencies;
}

export function leadAgencies(measure: Pick<Measure, 'agencies'>): number[] {
  return measure.agencies.filter((a) => a.role === 'lead').map((a) => a.agencyId);
}

/** Today as YYYY-MM-DD (UTC, like the server's due dates). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export type DueState = 'reported' | 'due' | 'overdue';

export interface DueSlot {
  measureId: number;
  indicatorId: number;
  dueDate: string;
  /** The latest report written for this due date, if any. */
  report: ProgressReport | undefined;
  state: DueState;
}

/**
 * Every due date of the measures' indicators with the report written for it. A due date counts as reported
 * once its report has been submitted or approved; a draft or returned report keeps it due (or overdue).
 */
export function dueSlots(measures: Measure[], reports: ProgressReport[], on = today()): DueSlot[] {
  const byKey = new Map<string, ProgressReport>();
  for (const report of reports) {
    if (report.indicatorId === null || report.dueDate === null) continue;
    const key = `${report.indicatorId}:${report.dueDate}`;
    const seen = byKey.get(key);
    if (!seen || seen.updatedAt < report.updatedAt) byKey.set(key, report);
  }
  return measures.flatMap((measure) =>
    measure.indicators
      .filter((indicator) => !indicator.archived)
      .flatMap((indicator) =>
        indicator.dueDates.map((dueDate) => {
          const report = byKey.get(`${indicator.id}:${dueDate}`);
          const done = report?.status === 'submitted' || report?.status === 'approved';
          const state: DueState = done ? 'reported' : dueDate < on ? 'overdue' : 'due';
          return { measureId: measure.id, indicatorId: indicator.id, dueDate, report, state };
        }),
      ),
  );
}

/** The due dates worth showing: the overdue ones and the next one of each indicator. */
export function upcoming(slots: DueSlot[], on = today()): DueSlot[] {
  const next = new Map<number, DueSlot>();
  for (const slot of slots) {
    if (slot.state !== 'due' || slot.dueDate < on) continue;
    const seen = next.get(slot.indicatorId);
    if (!seen || slot.dueDate < seen.dueDate) next.set(slot.indicatorId, slot);
  }
  return [...slots.filter((s) => s.state === 'overdue'), ...next.values()].sort((a, b) =>
    a.dueDate.localeCompare(b.dueDate),
  );
}

export const implementationApi = {
  clusters: (query: URLSearchParams) => api<{ items: Cluster[] }>(`/api/clusters?${query}`),
  measures: (query: URLSearchParams) => api<{ items: Measure[] }>(`/api/measures?${query}`),
  measure: (id: number) => api<Measure>(`/api/measures/${id}`),
  createMeasure: (body: Record<string, unknown>) => api<Measure>('/api/measures', { method: 'POST', body }),
  updateMeasure: (id: number, body: Record<string, unknown>) =>
    api<Measure>(`/api/measures/${id}`, { method: 'PATCH', body }),
  addIndicator: (measureId: number, body: Record<string, unknown>) =>
    api<Indicator>(`/api/measures/${measureId}/indicators`, { method: 'POST', body }),
  updateIndicator: (id: number, body: Record<string, unknown>) =>
    api<Indicator>(`/api/indicators/${id}`, { method: 'PATCH', body }),
  reports: (query: URLSearchParams) => api<{ items: ProgressReport[] }>(`/api/progress-reports?${query}`),
  createReport: (body: Record<string, unknown>) =>
    api<ProgressReport>('/api/progress-reports', { method: 'POST', body }),
  updateReport: (id: number, body: Record<string, unknown>) =>
    api<ProgressReport>(`/api/progress-reports/${id}`, { method: 'PATCH', body }),
  reportAction: (id: number, action: 'submit' | 'approve' | 'return', body: Record<string, unknown>) =>
    api<ProgressReport>(`/api/progress-reports/${id}/${action}`, { method: 'POST', body }),
  review: (query: URLSearchParams) => api<ReviewStatus>(`/api/implementation/recommendations?${query}`),
  recommendation: (id: number) =>
    api<RecommendationImplementation>(`/api/recommendations/${id}/implementation`),
  override: (
    id: number,
    body: { version: number; status: ImplementationStatus | null; reason: string | null },
  ) =>
    api<RecommendationImplementation>(`/api/recommendations/${id}/implementation/override`, {
      method: 'PUT',
      body,
    }),
  createAssessment: (body: Record<string, unknown>) =>
    api<Assessment>('/api/assessments', { method: 'POST', body }),
  updateAssessment: (id: number, body: Record<string, unknown>) =>
    api<Assessment>(`/api/assessments/${id}`, { method: 'PATCH', body }),
  progress: (query: URLSearchParams) => api<ProgressFigures>(`/api/implementation/progress?${query}`),
  overdue: (query: URLSearchParams) => api<OverdueFigures>(`/api/implementation/overdue?${query}`),
  gap: (query: URLSearchParams) => api<GapFigures>(`/api/implementation/assessment-gap?${query}`),
};

/** Uploads one evidence file (PDF or DOCX) to a progress report. */
export async function uploadEvidence(reportId: number, file: File, csrf: string | null): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/progress-reports/${reportId}/attachments`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: csrf ? { 'x-csrf-token': csrf } : {},
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new Error(problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  }
}

/** Text inputs of the forms: '' means "not given". */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** One URL per line into the links array. */
export const linesOf = (value: string): string[] =>
  value
    .split(/\s*\n\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
