/**
 * Recognises a file's format from its content (the extension only breaks ties) and opens it as one
 * stream of parse events, whatever the format.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileFormatError, type ParseEvent } from './parsers/stream.ts';
import { parseTemplateCsv, parseTemplateXlsx } from './parsers/tabular.ts';
import {
  parseColumnMap,
  TEMPLATE_COLUMNS,
  type TemplateColumn,
  templateHeader,
  templateRowToEvent,
} from './parsers/template.ts';
import { openText, readHead, sniffText, type TextEncoding } from './parsers/text-source.ts';
import { isUprInfoHeader, parseUprInfoCsv } from './parsers/upr-info-csv.ts';

export const IMPORT_FORMATS = ['upr-info-csv', 'csv', 'xlsx', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Record<ImportFormat, string> = {
  'upr-info-csv': 'UPR Info database export (CSV)',
  csv: 'UPR Tracker CSV template',
  xlsx: 'UPR Tracker XLSX template',
  json: 'UPR Tracker JSON export',
};

export interface OpenedSource {
  format: ImportFormat;
  events: AsyncIterable<ParseEvent>;
  /** Bytes of the file, for progress. */
  size: number;
  document?: { stateUnderReview?: string; cycle?: number; session?: number; symbol?: string };
}

export interface SourceOptions {
  format?: ImportFormat | 'auto';
  map?: string[];
  encoding?: TextEncoding;
  onBytes?: (bytes: number) => void;
}

function acceptedFormats(): string {
  return IMPORT_FORMATS.map((f) => `${f} (${FORMAT_DESCRIPTIONS[f]})`).join(', ');
}

export async function detectFormat(path: string): Promise<ImportFormat> {
  const head = await readHead(path, 4096);
  if (head.length === 0) throw new FileFormatError('empty file: nothing to import');
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const listing = head.toString('latin1');
    if (listing.includes('xl/') || extname(path).toLowerCase() === '.xlsx') return 'xlsx';
    throw new FileFormatError(
      `a ZIP-based file that is not an XLSX workbook; accepted formats: ${acceptedFormats()}`,
    );
  }
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/^\s*[[{]/.test(text)) return 'json';
  if (isUprInfoHeader(firstLine)) return 'upr-info-csv';
  if (firstLine.includes(',') || extname(path).toLowerCase() === '.csv') return 'csv';
  throw new FileFormatError(`unrecognised file format; accepted formats: ${acceptedFormats()}`);
}

export async function openSource(path: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const { size } = await stat(path);
  if (size === 0) throw new FileFormatError('empty file: nothing to import');
  const format = !options.format || options.format === 'auto' ? await detectFormat(path) : options.format;
  const columnMap = parseColumnMap(options.map ?? []);
  const encoding = options.encoding ?? (await sniffText(path)).encoding;
  switch (format) {
    case 'upr-info-csv':
      return {
        format,
        size,
        events: lazy(() => parseUprInfoCsv(openText(path, encoding, options.onBytes), path)),
      };
    case 'csv':
      return {
        format,
        size,
        events: lazy(() => parseTemplateCsv(openText(path, encoding, options.onBytes), columnMap, path)),
      };
    case 'xlsx':
      return { format, size, events: parseTemplateXlsx(path, columnMap, path) };
    case 'json':
      return { format, size, events: parseTemplateJson(path, columnMap) };
  }
}

/** Opens the file only when reading starts, so that no stream error fires before anyone listens. */
async function* lazy(open: () => AsyncIterable<ParseEvent>): AsyncGenerator<ParseEvent> {
  yield* open();
}

/** Our own JSON export: an array of objects with the template's columns. */
async function* parseTemplateJson(
  path: string,
  columnMap: Map<TemplateColumn, string>,
): AsyncGenerator<ParseEvent> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new FileFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new FileFormatError('a JSON import must be an array of recommendations');
  const header = [...TEMPLATE_COLUMNS] as string[];
  const { index } = templateHeader(
    header.map((c) => columnMap.get(c as TemplateColumn) ?? c),
    columnMap,
  );
  let row = 0;
  for (const item of data) {
    row++;
    if (typeof item !== 'object' || item === null) {
      yield { type: 'problem', problem: { file: path, row, message: 'not an object' } };
      continue;
    }
    const record = item as Record<string, unknown>;
    const cells = header.map((column) => {
      const value = record[columnMap.get(column as TemplateColumn) ?? column];
      if (value === undefined || value === null) return '';
      if (Array.isArray(value)) return value.join('; ');
      return String(value);
    });
    yield templateRowToEvent(cells, index, row, path);
  }
}
