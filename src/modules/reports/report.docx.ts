/** The review report as a Word document (`docx`): headings, tables of figures, the chart, one part per theme. */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { progressChartPng } from './report.chart.ts';
import {
  annexTable,
  figureRows,
  type Labels,
  labelsFor,
  measuresTable,
  recommendationsTable,
  statusRows,
  type ThemeTable,
} from './report.labels.ts';
import type { ReportCluster, ReportMeasure, ReviewReport } from './report.model.ts';

const FONT = 'DejaVu Sans';

function cell(
  text: string | string[],
  options: { bold?: boolean; fill?: string; width?: number } = {},
): TableCell {
  const lines = (Array.isArray(text) ? text : [text]).flatMap((t) => t.split('\n'));
  return new TableCell({
    children: lines.map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold ?? false })] }),
    ),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function table(header: string[], rows: (string | string[])[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) =>
          cell(h, { bold: true, fill: 'E8EEF7', ...(widths?.[i] ? { width: widths[i] } : {}) }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ children: row.map((c, i) => cell(c, widths?.[i] ? { width: widths[i] } : {})) }),
      ),
    ],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });
const para = (text: string) => new Paragraph({ text });

const tableOf = ({ header, rows }: ThemeTable, widths: number[]) => table(header, rows, widths);

function midtermCluster(c: ReportCluster, l: Labels): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(c.title, HeadingLevel.HEADING_1)];
  out.push(heading(l.t('doc.recommendations'), HeadingLevel.HEADING_2));
  out.push(tableOf(recommendationsTable(c, l), [8, 50, 12, 14, 16]));
  out.push(heading(l.t('doc.measures'), HeadingLevel.HEADING_2));
  if (c.measures.length === 0) out.push(para(l.t('doc.noMeasures')));
  else out.push(tableOf(measuresTable(c, l), [24, 17, 12, 15, 32]));
  return out;
}

function annexCluster(
  c: ReportCluster,
  l: Labels,
  measures: Map<number, ReportMeasure>,
): (Paragraph | Table)[] {
  return [
    heading(c.title, HeadingLevel.HEADING_1),
    tableOf(annexTable(c, l, measures), [7, 38, 11, 22, 11, 11]),
  ];
}

export async function renderDocx(report: ReviewReport): Promise<Buffer> {
  const l = labelsFor(report);
  const chart = progressChartPng(report, l);
  const scale = 600 / chart.width;
  const measures = new Map(report.measures.map((m) => [m.id, m]));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: l.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: l.subtitle, bold: true, size: 28 })] }),
    para(l.t('doc.generated', { date: l.date(report.generatedOn) })),
    heading(l.t('doc.summary'), HeadingLevel.HEADING_1),
    heading(l.t('doc.figures'), HeadingLevel.HEADING_2),
    table(
      ['', l.t('doc.count')],
      figureRows(report, l).map(([label, n]) => [label, String(n)]),
      [70, 30],
    ),
    heading(l.t('doc.byStatus'), HeadingLevel.HEADING_2),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [l.t('doc.status'), l.t('doc.count'), l.t('doc.share')].map((h) =>
            cell(h, { bold: true, fill: 'E8EEF7' }),
          ),
        }),
        ...statusRows(report, l).map(
          ([label, n, share]) => new TableRow({ children: [cell(label), cell(String(n)), cell(share)] }),
        ),
      ],
    }),
    heading(l.t('doc.chart'), HeadingLevel.HEADING_2),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: {
            width: Math.round(chart.width * scale),
            height: Math.round(chart.height * scale),
          },
          altText: { name: 'chart', title: l.t('doc.chart'), description: l.t('doc.chart') },
        }),
      ],
    }),
  ];
  for (const c of report.clusters)
    children.push(...(report.kind === 'midterm' ? midtermCluster(c, l) : annexCluster(c, l, measures)));
  const doc = new Document({
    creator: 'UPR Tracker',
    title: l.title,
    description: l.subtitle,
    styles: { default: { document: { run: { font: FONT, size: 18 } } } },
    sections: [
      {
        properties: report.kind === 'annex' ? { page: { size: { orientation: 'landscape' } } } : {},
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
