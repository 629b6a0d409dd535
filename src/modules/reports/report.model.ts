/**
 * The one data object every rendering of a review report reads (DOCX, PDF, XLSX): per theme cluster the
 * recommendations with position, government and civil-society status, the measures with their latest
 * progress, and the summary figures. Assembled from the repository's facts by a pure function.
 */
import type { ImplementationStatus, MeasureStatus, Position, ProgressReportStatus } from '../../db/schema.ts';
import { IMPLEMENTATION_STATUS_VALUES, MEASURE_STATUSES, PROGRESS_REPORT_STATUSES } from '../../db/schema.ts';
import type { Language } from '../../i18n/index.ts';
import { dueDates } from '../implementation/schedule.ts';
import type { ImplementationStatusView } from '../implementation/status.ts';
import type { ReportFacts } from './report.repository.ts';

export const REPORT_KINDS = ['midterm', 'annex'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const POSITIONS: Position[] = ['supported', 'supported_in_part', 'noted', 'pending', 'unknown'];

export interface ReportProgress {
  id: number;
  measureId: number;
  measure: string;
  dueDate: string | null;
  date: string;
  status: ProgressReportStatus;
  text: string;
  value: string | null;
}

export interface ReportMeasure {
  id: number;
  title: string;
  status: MeasureStatus;
  leadAgencies: string[];
  targetDate: string | null;
  /** The latest approved report, else the latest submitted one. */
  latest: ReportProgress | null;
  reports: number;
  overdue: number;
}

export interface ReportRecommendation {
  id: number;
  paragraph: string | null;
  text: string;
  recommendedBy: string[];
  position: Position;
  government: ImplementationStatus;
  civilSociety: { organization: string; status: ImplementationStatus }[];
  measureIds: number[];
}

export interface ReportCluster {
  /** null: the recommendations outside any cluster. */
  id: number | null;
  title: string;
  byStatus: Record<ImplementationStatus, number>;
  recommendations: ReportRecommendation[];
  measures: ReportMeasure[];
}

export interface ReviewReport {
  kind: ReportKind;
  lang: Language;
  state: { iso3: string; name: string };
  cycle: number;
  /** 'YYYY-MM-DD': overdue is counted on this day. */
  generatedOn: string;
  figures: {
    recommendations: number;
    byPosition: Record<Position, number>;
    byStatus: Record<ImplementationStatus, number>;
    measures: number;
    byMeasureStatus: Record<MeasureStatus, number>;
    progressReports: number;
    byReportStatus: Record<ProgressReportStatus, number>;
    overdue: number;
  };
  clusters: ReportCluster[];
  measures: ReportMeasure[];
  progress: ReportProgress[];
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Builds the report from the facts and the statuses; `otherTitle` names the cluster of the unclustered. */
export function assembleReport(input: {
  kind: ReportKind;
  lang: Language;
  cycle: number;
  today: string;
  facts: ReportFacts;
  statuses: Map<number, ImplementationStatusView>;
  otherTitle: string;
}): ReviewReport {
  const { facts, lang, statuses, today } = input;
  const reportsOf = new Map<number, ReportFacts['reports']>();
  for (const r of facts.reports) reportsOf.set(r.measureId, [...(reportsOf.get(r.measureId) ?? []), r]);
  const answered = new Set(
    facts.reports
      .filter((r) => r.status === 'submitted' || r.status === 'approved')
      .map((r) => `${r.indicatorId}:${r.dueDate}`),
  );
  const overdueOf = new Map<number, number>();
  for (const i of facts.indicators) {
    let n = 0;
    for (const due of dueDates({ start: i.start, end: i.end, everyMonths: i.everyMonths })) {
      if (due >= today) break;
      if (!answered.has(`${i.id}:${due}`)) n++;
    }
    overdueOf.set(i.measureId, (overdueOf.get(i.measureId) ?? 0) + n);
  }

  const measureTitle = new Map([...facts.measures.values()].map((m) => [m.id, m.title[lang]]));
  const progress: ReportProgress[] = facts.reports
    .filter((r) => facts.measures.has(r.measureId))
    .map((r) => ({
      id: r.id,
      measureId: r.measureId,
      measure: measureTitle.get(r.measureId) ?? '',
      dueDate: r.dueDate,
      date: (r.reviewedAt ?? r.submittedAt ?? r.createdAt).slice(0, 10),
      status: r.status,
      text: r.text,
      value: r.value,
    }));
  const progressOf = new Map<number, ReportProgress[]>();
  for (const p of progress) progressOf.set(p.measureId, [...(progressOf.get(p.measureId) ?? []), p]);
  const latestOf = (id: number): ReportProgress | null => {
    const list = progressOf.get(id) ?? [];
    const pick = (status: ProgressReportStatus) =>
      list.filter((p) => p.status === status).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)[0];
    return pick('approved') ?? pick('submitted') ?? null;
  };

  const measures: ReportMeasure[] = [...facts.measures.values()].map((m) => ({
    id: m.id,
    title: m.title[lang],
    status: m.status,
    leadAgencies: m.leadAgencies.map((a) => a[lang]),
    targetDate: m.targetDate,
    latest: latestOf(m.id),
    reports: reportsOf.get(m.id)?.length ?? 0,
    overdue: overdueOf.get(m.id) ?? 0,
  }));
  const measureById = new Map(measures.map((m) => [m.id, m]));

  const recommendations = new Map<number, ReportRecommendation>();
  for (const r of facts.recommendations) {
    const status = statuses.get(r.id);
    recommendations.set(r.id, {
      id: r.id,
      paragraph: r.paragraph,
      text: r.translations.get(lang) ?? r.text,
      recommendedBy: r.recommendedBy.map((s) => s[lang]),
      position: r.position,
      government: status?.government ?? 'not_started',
      civilSociety: (status?.civilSociety ?? []).map((a) => ({
        organization: facts.organizations.get(a.organizationId)?.[lang] ?? String(a.organizationId),
        status: a.status,
      })),
      measureIds: (facts.directMeasures.get(r.id) ?? []).filter((id) => measureById.has(id)),
    });
  }

  const cluster = (
    id: number | null,
    title: string,
    recIds: number[],
    measureIds: number[],
  ): ReportCluster => {
    const recs = recIds.flatMap((rid) => recommendations.get(rid) ?? []);
    const ids = new Set([...measureIds, ...recs.flatMap((r) => r.measureIds)]);
    const byStatus = zeros(IMPLEMENTATION_STATUS_VALUES);
    for (const r of recs) byStatus[r.government]++;
    return {
      id,
      title,
      byStatus,
      recommendations: recs,
      measures: [...ids].sort((a, b) => a - b).flatMap((m) => measureById.get(m) ?? []),
    };
  };
  const clustered = new Set(facts.clusters.flatMap((c) => c.recommendationIds));
  const clusters = facts.clusters.map((c) => cluster(c.id, c.title[lang], c.recommendationIds, c.measureIds));
  const rest = facts.recommendations.filter((r) => !clustered.has(r.id)).map((r) => r.id);
  if (rest.length > 0) clusters.push(cluster(null, input.otherTitle, rest, []));

  const byPosition = zeros(POSITIONS);
  const byStatus = zeros(IMPLEMENTATION_STATUS_VALUES);
  for (const r of recommendations.values()) {
    byPosition[r.position]++;
    byStatus[r.government]++;
  }
  const byMeasureStatus = zeros(MEASURE_STATUSES);
  for (const m of measures) byMeasureStatus[m.status]++;
  const byReportStatus = zeros(PROGRESS_REPORT_STATUSES);
  for (const p of progress) byReportStatus[p.status]++;

  return {
    kind: input.kind,
    lang,
    state: { iso3: facts.state.iso3, name: facts.state[lang] },
    cycle: input.cycle,
    generatedOn: today,
    figures: {
      recommendations: recommendations.size,
      byPosition,
      byStatus,
      measures: measures.length,
      byMeasureStatus,
      progressReports: progress.length,
      byReportStatus,
      overdue: measures.reduce((n, m) => n + m.overdue, 0),
    },
    clusters,
    measures,
    progress,
  };
}
