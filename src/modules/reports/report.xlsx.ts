/** The review report as an Excel workbook (`exceljs`): summary, recommendations, measures and progress sheets. */
import ExcelJS from 'exceljs';
import { figureRows, labelsFor, statusRows } from './report.labels.ts';
import type { ReviewReport } from './report.model.ts';

/** A sheet of one table: bold header row frozen at the top, then a row per item. */
function tableSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: ExcelJS.CellValue[][],
): void {
  const sheet = book.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function renderXlsx(report: ReviewReport): Promise<Buffer> {
  const l = labelsFor(report);
  const book = new ExcelJS.Workbook();
  book.creator = 'UPR Tracker';
  book.title = l.title;
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };

  const summary = book.addWorksheet(l.t('doc.sheetSummary'));
  summary.columns = [{ width: 60 }, { width: 14 }, { width: 10 }];
  bold(summary.addRow([l.title]));
  summary.addRow([l.subtitle]);
  summary.addRow([l.t('doc.generated', { date: l.date(report.generatedOn) })]);
  summary.addRow([]);
  bold(summary.addRow([l.t('doc.figures'), l.t('doc.count')]));
  for (const row of figureRows(report, l)) summary.addRow(row);
  summary.addRow([]);
  bold(summary.addRow([l.t('doc.byStatus'), l.t('doc.count'), l.t('doc.share')]));
  for (const row of statusRows(report, l)) summary.addRow(row);

  tableSheet(
    book,
    l.t('doc.sheetRecommendations'),
    [
      { header: l.t('doc.cluster'), width: 30 },
      { header: l.t('doc.no'), width: 10 },
      { header: l.t('doc.recommendation'), width: 80 },
      { header: l.t('doc.recommendedBy'), width: 30 },
      { header: l.t('doc.position'), width: 18 },
      { header: l.t('doc.governmentStatus'), width: 20 },
      { header: l.t('doc.csStatus'), width: 40 },
    ],
    report.clusters.flatMap((c) =>
      c.recommendations.map((r) => [
        c.title,
        r.paragraph ?? String(r.id),
        r.text,
        r.recommendedBy.join(', '),
        l.t(`position.${r.position}`),
        l.t(`status.${r.government}`),
        r.civilSociety.map((a) => `${a.organization}: ${l.t(`status.${a.status}`)}`).join('; '),
      ]),
    ),
  );

  tableSheet(
    book,
    l.t('doc.sheetMeasures'),
    [
      { header: 'ID', width: 8 },
      { header: l.t('doc.measure'), width: 50 },
      { header: l.t('doc.leadAgency'), width: 30 },
      { header: l.t('doc.target'), width: 14 },
      { header: l.t('doc.measureStatus'), width: 16 },
      { header: l.t('doc.progressReports'), width: 12 },
      { header: l.t('doc.overdue'), width: 12 },
      { header: l.t('doc.latest'), width: 60 },
    ],
    report.measures.map((m) => [
      m.id,
      m.title,
      m.leadAgencies.join(', '),
      m.targetDate ?? '',
      l.t(`measureStatus.${m.status}`),
      m.reports,
      m.overdue,
      m.latest ? `${m.latest.date}: ${m.latest.text}` : '',
    ]),
  );

  tableSheet(
    book,
    l.t('doc.sheetProgress'),
    [
      { header: 'ID', width: 8 },
      { header: l.t('doc.measure'), width: 50 },
      { header: l.t('doc.dueDate'), width: 14 },
      { header: l.t('doc.date'), width: 14 },
      { header: l.t('doc.status'), width: 14 },
      { header: l.t('doc.value'), width: 12 },
      { header: l.t('doc.text'), width: 80 },
    ],
    report.progress.map((p) => [
      p.id,
      p.measure,
      p.dueDate ?? '',
      p.date,
      l.t(`reportStatus.${p.status}`),
      p.value ?? '',
      p.text,
    ]),
  );

  return Buffer.from(await book.xlsx.writeBuffer());
}
