/** Generic CSV and XLSX files in the UPR Tracker template (see template.ts), read as streams. */
import ExcelJS from 'exceljs';
import { readCsvRows } from './csv-rows.ts';
import { FileFormatError, type ParseEvent } from './stream.ts';
import { type TemplateColumn, templateHeader, templateRowToEvent } from './template.ts';

export async function* parseTemplateCsv(
  text: NodeJS.ReadableStream,
  columnMap: Map<TemplateColumn, string>,
  file?: string,
): AsyncGenerator<ParseEvent> {
  yield* templateRows(
    (async function* () {
      for await (const row of readCsvRows(text)) yield row;
    })(),
    columnMap,
    file,
  );
}

export async function* parseTemplateXlsx(
  path: string,
  columnMap: Map<TemplateColumn, string>,
  file?: string,
): AsyncGenerator<ParseEvent> {
  yield* templateRows(xlsxRows(path), columnMap, file);
}

async function* templateRows(
  rows: AsyncIterable<{ line: number; cells: string[] }>,
  columnMap: Map<TemplateColumn, string>,
  file?: string,
): AsyncGenerator<ParseEvent> {
  let index: Map<TemplateColumn, number> | undefined;
  for await (const row of rows) {
    if (!index) {
      const header = templateHeader(row.cells, columnMap, row.line);
      index = header.index;
      if (header.ignored.length)
        yield { type: 'note', note: `columns ignored: ${header.ignored.join(', ')}` };
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    yield templateRowToEvent(row.cells, index, row.line, file);
  }
  if (!index) throw new FileFormatError('empty file: no header and no rows');
}

/** The first worksheet's rows as text cells, streamed. */
async function* xlsxRows(path: string): AsyncGenerator<{ line: number; cells: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    entries: 'emit',
    sharedStrings: 'cache',
    worksheets: 'emit',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        yield { line: row.number, cells: Array.from(cells, (c) => c ?? '') };
      }
      return; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(`not a readable XLSX workbook: ${(error as Error).message}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}
