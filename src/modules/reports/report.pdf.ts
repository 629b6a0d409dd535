/** The review report as PDF (`pdfkit`), set in the bundled DejaVu Sans so Kazakh and Russian letters render. */
import PDFDocument from 'pdfkit';
import { progressChartPng } from './report.chart.ts';
import {
  annexTable,
  figureRows,
  fontData,
  labelsFor,
  measuresTable,
  recommendationsTable,
  statusRows,
  type ThemeTable,
} from './report.labels.ts';
import type { ReviewReport } from './report.model.ts';

type Doc = InstanceType<typeof PDFDocument>;

const PAD = 3;

function heading(doc: Doc, text: string, size: number): void {
  doc
    .moveDown(0.6)
    .font('bold')
    .fontSize(size)
    .fillColor('#000000')
    .text(text)
    .font('regular')
    .fontSize(9)
    .moveDown(0.3);
}

/**
 * A table drawn cell by cell (pdfkit's own `table()` lays out ~50 ms per row, far too slow for 900 rows):
 * rows never split, the header repeats on every page, a cell taller than a page is cut with an ellipsis.
 */
function tableOf(doc: Doc, header: string[], rows: string[][], widths: number[]): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const columns = widths.map((w) => (w / 100) * usable);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const maxCell = (doc.page.height - doc.page.margins.top - doc.page.margins.bottom) / 2;
  const drawRow = (cells: string[], head: boolean) => {
    doc.font(head ? 'bold' : 'regular').fontSize(8);
    const heights = cells.map((text, i) =>
      Math.min(maxCell, doc.heightOfString(text || ' ', { width: (columns[i] ?? 0) - 2 * PAD })),
    );
    const height = Math.max(...heights) + 2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!head) drawRow(header, true);
      doc.font(head ? 'bold' : 'regular').fontSize(8);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const w = columns[i] ?? 0;
      if (head) doc.rect(x, y, w, height).fill('#e8eef7');
      doc.rect(x, y, w, height).lineWidth(0.5).stroke('#9aa0a6');
      doc
        .fillColor('#000000')
        .text(text, x + PAD, y + PAD, { width: w - 2 * PAD, height: maxCell, ellipsis: true });
      x += w;
    });
    doc.x = left;
    doc.y = y + height;
  };
  drawRow(header, true);
  for (const row of rows) drawRow(row, false);
  doc.font('regular').fontSize(9);
  doc.x = left;
  doc.moveDown(0.5);
}

const themeTable = (doc: Doc, { header, rows }: ThemeTable, widths: number[]) =>
  tableOf(doc, header, rows, widths);

export async function renderPdf(report: ReviewReport): Promise<Buffer> {
  const l = labelsFor(report);
  const fonts = fontData();
  const doc = new PDFDocument({
    size: 'A4',
    layout: report.kind === 'annex' ? 'landscape' : 'portrait',
    margin: 48,
    lang: report.lang,
    displayTitle: true,
    info: { Title: l.title, Subject: l.subtitle, Creator: 'UPR Tracker' },
    bufferPages: false,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  doc.font('bold').fontSize(18).text(l.title);
  doc.moveDown(0.3).fontSize(13).text(l.subtitle);
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(9)
    .fillColor('#444444')
    .text(l.t('doc.generated', { date: l.date(report.generatedOn) }));
  heading(doc, l.t('doc.summary'), 15);
  heading(doc, l.t('doc.figures'), 12);
  tableOf(
    doc,
    ['', l.t('doc.count')],
    figureRows(report, l).map(([label, n]) => [label, String(n)]),
    [70, 30],
  );
  heading(doc, l.t('doc.byStatus'), 12);
  tableOf(
    doc,
    [l.t('doc.status'), l.t('doc.count'), l.t('doc.share')],
    statusRows(report, l).map(([a, n, s]) => [a, String(n), s]),
    [60, 20, 20],
  );

  const chart = progressChartPng(report, l);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const height = (chart.height / chart.width) * width;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.image(chart.png, doc.page.margins.left, doc.y, { width });
  doc.y += height + 10;

  const measures = new Map(report.measures.map((m) => [m.id, m]));
  for (const c of report.clusters) {
    doc.addPage();
    heading(doc, c.title, 15);
    if (report.kind === 'midterm') {
      heading(doc, l.t('doc.recommendations'), 12);
      themeTable(doc, recommendationsTable(c, l), [9, 47, 13, 15, 16]);
      heading(doc, l.t('doc.measures'), 12);
      if (c.measures.length === 0) doc.text(l.t('doc.noMeasures'));
      else themeTable(doc, measuresTable(c, l), [24, 17, 12, 15, 32]);
    } else {
      themeTable(doc, annexTable(c, l, measures), [7, 38, 11, 22, 11, 11]);
    }
  }
  doc.end();
  return done;
}
