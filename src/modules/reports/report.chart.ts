/**
 * The progress chart: for each theme, a 100% stacked bar of its recommendations by government status,
 * written as SVG by hand and rasterised to PNG with resvg and the bundled font (for DOCX and PDF).
 */
import { Resvg } from '@resvg/resvg-js';
import type { ImplementationStatus } from '../../db/schema.ts';
import { IMPLEMENTATION_STATUS_VALUES } from '../../db/schema.ts';
import { FONTS, type Labels, STATUS_COLOURS } from './report.labels.ts';
import type { ReviewReport } from './report.model.ts';

/** Themes shown: the largest ones, so that the chart stays readable. */
const MAX_ROWS = 14;
const WIDTH = 900;
const LABEL_W = 300;
const BAR_W = 520;
const ROW_H = 26;

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function progressChartSvg(report: ReviewReport, l: Labels): string {
  const rows = [...report.clusters]
    .filter((c) => c.recommendations.length > 0)
    .sort((a, b) => b.recommendations.length - a.recommendations.length)
    .slice(0, MAX_ROWS);
  const top = 36;
  const legendY = top + rows.length * ROW_H + 18;
  const height = legendY + 3 * 22 + 10;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">${xml(clip(l.t('doc.chart'), 110))}</text>`,
  ];
  rows.forEach((cluster, i) => {
    const y = top + i * ROW_H;
    const total = cluster.recommendations.length;
    parts.push(
      `<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end">${xml(clip(cluster.title, 42))}</text>`,
    );
    let x = LABEL_W;
    for (const status of IMPLEMENTATION_STATUS_VALUES) {
      const n = cluster.byStatus[status];
      if (n === 0) continue;
      const w = (n / total) * BAR_W;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 6}" fill="${STATUS_COLOURS[status]}"/>`,
      );
      if (w > 22)
        parts.push(
          `<text x="${(x + w / 2).toFixed(1)}" y="${y + 17}" text-anchor="middle" fill="#ffffff" font-size="11">${n}</text>`,
        );
      x += w;
    }
    parts.push(`<text x="${LABEL_W + BAR_W + 8}" y="${y + 16}">${total}</text>`);
  });
  IMPLEMENTATION_STATUS_VALUES.forEach((status: ImplementationStatus, i) => {
    const x = 10 + (i % 3) * 295;
    const y = legendY + Math.floor(i / 3) * 22;
    parts.push(`<rect x="${x}" y="${y}" width="14" height="14" fill="${STATUS_COLOURS[status]}"/>`);
    parts.push(`<text x="${x + 20}" y="${y + 12}">${xml(l.t(`status.${status}`))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The chart as PNG, twice the SVG's size for print; `width`/`height` are the SVG's (for layout). */
export function progressChartPng(
  report: ReviewReport,
  l: Labels,
): { png: Buffer; width: number; height: number } {
  const svg = progressChartSvg(report, l);
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: [FONTS.regular, FONTS.bold],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: 2 },
  });
  const image = resvg.render();
  return { png: Buffer.from(image.asPng()), width: image.width / 2, height: image.height / 2 };
}
