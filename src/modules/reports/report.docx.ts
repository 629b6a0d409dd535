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
import { figureRows, type Labels, labelsFor, measureSummary, statusRows } from './report.labels.ts';
import type { ReportCluster, ReportMeasure, ReportRecommendation, ReviewReport } from './report.model.ts';

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

function recommendationText(r: ReportRecommendation, l: Labels): string[] {
  const lines = [r.text];
  if (r.recommendedBy.length > 0) lines.push(`${l.t('doc.recommendedBy')}: ${r.recommendedBy.join(', ')}`);
  return lines;
}

function civilSociety(r: ReportRecommendation, l: Labels): string[] {
  return r.civilSociety.length === 0
    ? [l.t('doc.none')]
    : r.civilSociety.map((a) => `${a.organization}: ${l.t(`status.${a.status}`)}`);
}

function latest(m: ReportMeasure, l: Labels): string[] {
  if (!m.latest) return [l.t('doc.noProgress')];
  return [`${l.date(m.latest.date)} (${l.t(`reportStatus.${m.latest.status}`)})`, m.latest.text];
}

function midtermCluster(c: ReportCluster, l: Labels): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(c.title, HeadingLevel.HEADING_1)];
  out.push(heading(l.t('doc.recommendations'), HeadingLevel.HEADING_2));
  out.push(
    table(
      [
        l.t('doc.no'),
        l.t('doc.recommendation'),
        l.t('doc.position'),
        l.t('doc.governmentStatus'),
        l.t('doc.csStatus'),
      ],
      c.recommendations.map((r) => [
        r.paragraph ?? String(r.id),
        recommendationText(r, l),
        l.t(`position.${r.position}`),
        l.t(`status.${r.government}`),
        civilSociety(r, l),
      ]),
      [8, 50, 12, 14, 16],
    ),
  );
  out.push(heading(l.t('doc.measures'), HeadingLevel.HEADING_2));
  if (c.measures.length === 0) out.push(para(l.t('doc.noMeasures')));
  else
    out.push(
      table(
        [
          l.t('doc.measure'),
          l.t('doc.leadAgency'),
          l.t('doc.target'),
          l.t('doc.measureStatus'),
          l.t('doc.latest'),
        ],
        c.measures.map((m) => [
          m.title,
          m.leadAgencies.join(', ') || l.t('doc.none'),
          l.date(m.targetDate),
          l.t(`measureStatus.${m.status}`),
          latest(m, l),
        ]),
        [24, 17, 12, 15, 32],
      ),
    );
  return out;
}

function annexCluster(
  c: ReportCluster,
  l: Labels,
  measures: Map<number, ReportMeasure>,
): (Paragraph | Table)[] {
  const clusterMeasures = c.measures.map((m) => measureSummary(m, l));
  return [
    heading(c.title, HeadingLevel.HEADING_1),
    table(
      [
        l.t('doc.no'),
        l.t('doc.recommendation'),
        l.t('doc.position'),
        l.t('doc.measures'),
        l.t('doc.governmentStatus'),
        l.t('doc.csStatus'),
      ],
      c.recommendations.map((r) => {
        const own = r.measureIds.flatMap((id) => {
          const m = measures.get(id);
          return m ? [measureSummary(m, l)] : [];
        });
        const list = own.length > 0 ? own : clusterMeasures;
        return [
          r.paragraph ?? String(r.id),
          recommendationText(r, l),
          l.t(`position.${r.position}`),
          list.length > 0 ? list : [l.t('doc.none')],
          l.t(`status.${r.government}`),
          civilSociety(r, l),
        ];
      }),
      [7, 38, 11, 22, 11, 11],
    ),
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
