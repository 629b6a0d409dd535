import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { seedReviewForReports } from './report.fixtures.ts';
import { ReportService } from './report.service.ts';

const TODAY = '2025-08-15';

async function pdfText(content: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(content));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe.each(testDialects())('review reports (%s)', (dialect) => {
  let database: TestDatabase;
  let service: ReportService;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await seedReviewForReports(database.db);
    service = new ReportService(database.db);
  });
  afterAll(() => database.cleanup());

  it('assembles per theme the recommendations, measures, latest progress and both statuses', async () => {
    const report = await service.build({ state: 'kaz', cycle: 3, kind: 'midterm', lang: 'en', today: TODAY });
    expect(report.figures).toMatchObject({
      recommendations: 4,
      byPosition: { supported: 2, supported_in_part: 1, noted: 1 },
      measures: 3,
      progressReports: 3,
      // Due 30 June was returned, not answered; 30 September is not due yet on 15 August.
      overdue: 1,
    });
    expect(report.clusters.map((c) => [c.title, c.recommendations.length, c.measures.length])).toEqual([
      ['Death penalty', 2, 2],
      ['Freedom of assembly', 1, 1],
      ['Recommendations outside any theme', 1, 0],
    ]);
    const [first] = report.clusters[0]?.recommendations ?? [];
    expect(first).toMatchObject({
      paragraph: '140.1',
      government: 'partially_implemented',
      recommendedBy: ['France', 'Germany'],
      civilSociety: [{ organization: 'Kazakhstan Bureau for Human Rights', status: 'partially_implemented' }],
    });
    const training = report.measures.find((m) => m.title === 'Train judges on the new code');
    expect(training?.latest?.text).toBe('Обучено 120 судей в Астане и Алматы');
    expect(training?.leadAgencies).toEqual(['Ministry of Justice']);
  });

  it('writes a mid-term report as DOCX with its sections, figures and chart (Russian)', async () => {
    const file = await service.generate({
      state: 'KAZ',
      cycle: 3,
      kind: 'midterm',
      format: 'docx',
      lang: 'ru',
      today: TODAY,
    });
    expect(file.fileName).toBe('upr-midterm-KAZ-cycle3-ru.docx');
    const { value: text } = await mammoth.extractRawText({ buffer: file.content });
    for (const expected of [
      'Казахстан: выполнение рекомендаций 3-го цикла Универсального периодического обзора',
      'Среднесрочный доклад',
      'Цифры',
      'Рекомендации по статусу выполнения',
      'Смертная казнь',
      'Свобода собраний',
      'Рекомендации вне тем',
      'Ратифицировать второй Факультативный протокол к МПГПП',
      'Обучено 120 судей в Астане и Алматы',
      'Министерство юстиции',
      'Казахстанское бюро по правам человека: Выполнено частично',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Просроченные отчёты о ходе выполнения\s+1/);
    const { value: html } = await mammoth.convertToHtml({ buffer: file.content });
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/);
  });

  it('writes the annex as PDF in Kazakh, readable back, and rendered to PNG for review', async () => {
    const file = await service.generate({
      state: 'KAZ',
      cycle: 3,
      kind: 'annex',
      format: 'pdf',
      lang: 'kk',
      today: TODAY,
    });
    expect(file.content.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(file.content);
    for (const expected of [
      'Ұлттық баяндамаға қосымша',
      'Өлім жазасы',
      'Бейбіт жиналыс бостандығы',
      'Ратификациялау туралы заң жобасын әзірлеу (Аяқталған)',
      'Обучено 120 судей в Астане и Алматы',
      'Қолдау тапты',
      'Орындалған',
    ])
      expect(text).toContain(expected);
    if (dialect === 'sqlite') {
      const dir = join(process.cwd(), 'test-results', 'reports');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'annex-kk.pdf'), file.content);
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        join(dir, 'annex-kk.pdf'),
        join(dir, 'annex-kk'),
      ]);
      const midterm = await service.generate({
        state: 'KAZ',
        cycle: 3,
        kind: 'midterm',
        format: 'pdf',
        lang: 'ru',
        today: TODAY,
      });
      writeFileSync(join(dir, 'midterm-ru.pdf'), midterm.content);
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        join(dir, 'midterm-ru.pdf'),
        join(dir, 'midterm-ru'),
      ]);
      expect(await pdfText(midterm.content)).toContain('Обучено 120 судей в Астане и Алматы');
    }
  });

  it('writes an XLSX workbook with summary, recommendations, measures and progress sheets (English)', async () => {
    const file = await service.generate({
      state: 'KAZ',
      cycle: 3,
      kind: 'midterm',
      format: 'xlsx',
      lang: 'en',
      today: TODAY,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.content as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Recommendations',
      'Measures',
      'Progress',
    ]);
    const recs = book.getWorksheet('Recommendations');
    expect(recs?.rowCount).toBe(5);
    expect(recs?.getRow(2).values).toContain('Ratify the Second Optional Protocol to the ICCPR');
    expect(book.getWorksheet('Progress')?.rowCount).toBe(4);
  });

  it('refuses an unknown state and a review that does not exist', async () => {
    await expect(service.build({ state: 'XXX', cycle: 3, kind: 'midterm', lang: 'en' })).rejects.toThrow(
      'no state with the ISO code "XXX"',
    );
    await expect(service.build({ state: 'KAZ', cycle: 1, kind: 'midterm', lang: 'en' })).rejects.toThrow(
      'no review of KAZ in cycle 1',
    );
  });
});
