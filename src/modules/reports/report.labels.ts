/** Labels of a report in its language, and the bundled DejaVu fonts (Cyrillic and Kazakh letters). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImplementationStatus } from '../../db/schema.ts';
import type { Language } from '../../i18n/index.ts';
import { formatDate, translate } from '../summaries/summary.template.ts';
import type { ReportCluster, ReportMeasure, ReportRecommendation, ReviewReport } from './report.model.ts';

const require = createRequire(import.meta.url);

/** Paths of the bundled fonts: no download, no system fonts. */
export const FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let fontCache: { regular: Buffer; bold: Buffer } | null = null;
export function fontData(): { regular: Buffer; bold: Buffer } {
  fontCache ??= { regular: readFileSync(FONTS.regular), bold: readFileSync(FONTS.bold) };
  return fontCache;
}

/** Colours of the implementation statuses, the same in the chart and the tables. */
export const STATUS_COLOURS: Record<ImplementationStatus, string> = {
  not_started: '#9aa0a6',
  in_progress: '#1a73e8',
  partially_implemented: '#f29900',
  implemented: '#188038',
  not_applicable: '#d2d4d7',
};

export interface Labels {
  lang: Language;
  t(key: string, vars?: Record<string, string | number>): string;
  date(iso: string | null): string;
  title: string;
  subtitle: string;
}

export function labelsFor(report: ReviewReport): Labels {
  const { lang } = report;
  const t = (key: string, vars: Record<string, string | number> = {}) =>
    translate(lang, `reports.${key}`, vars);
  return {
    lang,
    t,
    date: (iso) => (iso ? formatDate(lang, iso) : t('doc.none')),
    title: t('doc.title', { state: report.state.name, cycle: report.cycle }),
    subtitle: t(report.kind === 'midterm' ? 'doc.subtitleMidterm' : 'doc.subtitleAnnex'),
  };
}

/** The summary figures as label–count rows, shared by every format. */
export function figureRows(report: ReviewReport, l: Labels): [string, number][] {
  const f = report.figures;
  return [
    [l.t('doc.recommendations'), f.recommendations],
    [l.t('doc.supported'), f.byPosition.supported],
    [l.t('doc.supportedInPart'), f.byPosition.supported_in_part],
    [l.t('doc.noted'), f.byPosition.noted],
    [l.t('doc.otherPosition'), f.byPosition.pending + f.byPosition.unknown],
    [l.t('doc.measures'), f.measures],
    [l.t('doc.progressReports'), f.progressReports],
    [l.t('doc.overdue'), f.overdue],
  ];
}

/** "Implemented (45%)"-style rows of the status distribution. */
export function statusRows(report: ReviewReport, l: Labels): [string, number, string][] {
  const total = report.figures.recommendations || 1;
  return (Object.entries(report.figures.byStatus) as [ImplementationStatus, number][]).map(([status, n]) => [
    l.t(`status.${status}`),
    n,
    `${Math.round((n / total) * 100)}%`,
  ]);
}

/** A measure in one cell of the annex: title, status and the latest progress, if any. */
export function measureSummary(
  m: { title: string; status: string; latest: { date: string; text: string } | null },
  l: Labels,
): string {
  const head = `${m.title} (${l.t(`measureStatus.${m.status}`)})`;
  return m.latest ? `${head}\n${l.date(m.latest.date)}: ${m.latest.text}` : head;
}

/** A theme's table as both documents show it: the header, then rows of cells (lines split on `\n`). */
export interface ThemeTable {
  header: string[];
  rows: string[][];
}

const recommendationText = (r: ReportRecommendation, l: Labels) =>
  r.recommendedBy.length > 0
    ? `${r.text}\n${l.t('doc.recommendedBy')}: ${r.recommendedBy.join(', ')}`
    : r.text;

const civilSociety = (r: ReportRecommendation, l: Labels) =>
  r.civilSociety.length === 0
    ? l.t('doc.none')
    : r.civilSociety.map((a) => `${a.organization}: ${l.t(`status.${a.status}`)}`).join('\n');

const latest = (m: ReportMeasure, l: Labels) =>
  m.latest
    ? `${l.date(m.latest.date)} (${l.t(`reportStatus.${m.latest.status}`)})\n${m.latest.text}`
    : l.t('doc.noProgress');

/** The mid-term report's table of a theme's recommendations. */
export function recommendationsTable(c: ReportCluster, l: Labels): ThemeTable {
  return {
    header: [
      l.t('doc.no'),
      l.t('doc.recommendation'),
      l.t('doc.position'),
      l.t('doc.governmentStatus'),
      l.t('doc.csStatus'),
    ],
    rows: c.recommendations.map((r) => [
      r.paragraph ?? String(r.id),
      recommendationText(r, l),
      l.t(`position.${r.position}`),
      l.t(`status.${r.government}`),
      civilSociety(r, l),
    ]),
  };
}

/** The mid-term report's table of a theme's measures (empty rows when it has none). */
export function measuresTable(c: ReportCluster, l: Labels): ThemeTable {
  return {
    header: [
      l.t('doc.measure'),
      l.t('doc.leadAgency'),
      l.t('doc.target'),
      l.t('doc.measureStatus'),
      l.t('doc.latest'),
    ],
    rows: c.measures.map((m) => [
      m.title,
      m.leadAgencies.join(', ') || l.t('doc.none'),
      l.date(m.targetDate),
      l.t(`measureStatus.${m.status}`),
      latest(m, l),
    ]),
  };
}

/** The annex's table of a theme: each recommendation with its own measures (else the theme's). */
export function annexTable(c: ReportCluster, l: Labels, measures: Map<number, ReportMeasure>): ThemeTable {
  const clusterMeasures = c.measures.map((m) => measureSummary(m, l));
  return {
    header: [
      l.t('doc.no'),
      l.t('doc.recommendation'),
      l.t('doc.position'),
      l.t('doc.measures'),
      l.t('doc.governmentStatus'),
      l.t('doc.csStatus'),
    ],
    rows: c.recommendations.map((r) => {
      const own = r.measureIds.flatMap((id) => {
        const m = measures.get(id);
        return m ? [measureSummary(m, l)] : [];
      });
      const list = own.length > 0 ? own : clusterMeasures;
      return [
        r.paragraph ?? String(r.id),
        recommendationText(r, l),
        l.t(`position.${r.position}`),
        list.length > 0 ? list.join('\n') : l.t('doc.none'),
        l.t(`status.${r.government}`),
        civilSociety(r, l),
      ];
    }),
  };
}
