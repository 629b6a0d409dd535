/** Labels of a report in its language, and the bundled DejaVu fonts (Cyrillic and Kazakh letters). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ImplementationStatus } from '../../db/schema.ts';
import type { Language } from '../../i18n/index.ts';
import { formatDate, translate } from '../summaries/summary.template.ts';
import type { ReviewReport } from './report.model.ts';

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
