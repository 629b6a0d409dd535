/**
 * Recognises a file's format from its content (the extension only breaks ties) and opens it as one
 * stream of parse events, whatever the format.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  type DocumentFormat,
  documentText,
  isPdf,
  parseDocument,
  sniffDocument,
} from './parsers/document-source.ts';
import { decodeText } from './parsers/document-text.ts';
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
import type { ParsedRecommendation } from './parsers/types.ts';
import { looksLikeUhriJson, parseUhriJson, type UhriStreamItem } from './parsers/uhri-json.ts';
import { isUprInfoHeader, parseUprInfoCsv } from './parsers/upr-info-csv.ts';
import { looksLikeWgReport } from './parsers/wg-report.ts';

export const IMPORT_FORMATS = [
  'upr-info-csv',
  'ohchr-matrix',
  'wg-report',
  'uhri-json',
  'csv',
  'xlsx',
  'json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Record<ImportFormat, string> = {
  'upr-info-csv': 'UPR Info database export (CSV)',
  'ohchr-matrix': 'OHCHR thematic list of recommendations (DOCX)',
  'wg-report': 'UPR Working Group report (text, DOCX or PDF)',
  'uhri-json': 'OHCHR Universal Human Rights Index export (JSON)',
  csv: 'UPR Tracker CSV template',
  xlsx: 'UPR Tracker XLSX template',
  json: 'UPR Tracker JSON export',
};

/** Formats whose rows are our own export: the file is the record, so an import replaces, never merges. */
export const TEMPLATE_FORMATS: ReadonlySet<ImportFormat> = new Set(['csv', 'xlsx', 'json']);

/** Documents are read whole; anything larger is not a UN document. */
const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;
/** A Working Group report is recognised from its first pages. */
const TEXT_SNIFF_BYTES = 256 * 1024;

export interface OpenedSource {
  format: ImportFormat;
  events: AsyncIterable<ParseEvent>;
  /** Bytes of the file, for progress. */
  size: number;
  /** What a document says of itself (state, cycle, session, symbol): the defaults for its rows. */
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
  return (await sniff(path)).format;
}

interface Sniffed {
  format: ImportFormat;
  /** The whole file, when sniffing had to read it (documents). */
  buffer?: Buffer;
  /** The document's text, when sniffing extracted it (reports). */
  text?: string;
}

async function sniff(path: string): Promise<Sniffed> {
  const head = await readHead(path, TEXT_SNIFF_BYTES);
  if (head.length === 0) throw new FileFormatError('empty file: nothing to import');
  const ext = extname(path).toLowerCase();
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const listing = head.subarray(0, 4096).toString('latin1');
    if (listing.includes('xl/') || ext === '.xlsx') return { format: 'xlsx' };
    if (!listing.includes('word/') && ext !== '.docx') {
      throw new FileFormatError(
        `a ZIP-based file that is neither a DOCX document nor an XLSX workbook; accepted formats: ${acceptedFormats()}`,
      );
    }
    return sniffWhole(path, 'a DOCX');
  }
  if (isPdf(head)) return sniffWhole(path, 'a PDF');
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (/^\s*[[{]/.test(text))
    return { format: looksLikeUhriJson(text.slice(0, 65_536)) ? 'uhri-json' : 'json' };
  if (isUprInfoHeader(firstLine)) return { format: 'upr-info-csv' };
  // A .csv is a table even when a recommendation quotes a report's title.
  if (ext !== '.csv' && looksLikeWgReport(decodeText(head))) return { format: 'wg-report' };
  if (firstLine.includes(',') || ext === '.csv') return { format: 'csv' };
  throw new FileFormatError(`unrecognised file format; accepted formats: ${acceptedFormats()}`);
}

/** A DOCX or PDF: read whole and looked into, since only its content tells a matrix from a report. */
async function sniffWhole(path: string, what: string): Promise<Sniffed> {
  const buffer = await readDocument(path);
  const found = await sniffDocument(buffer, basename(path));
  if (found.format) return { ...found, buffer };
  throw new FileFormatError(
    `${what} that is neither an OHCHR thematic list nor a Working Group report ` +
      `(no recommendation table, no "Conclusions and/or recommendations" section); accepted formats: ${acceptedFormats()}`,
  );
}

async function readDocument(path: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new FileFormatError(`${size} bytes is too large for a UN document`);
  }
  return readFile(path);
}

export async function openSource(path: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const { size } = await stat(path);
  if (size === 0) throw new FileFormatError('empty file: nothing to import');
  const sniffed: Sniffed =
    !options.format || options.format === 'auto' ? await sniff(path) : { format: options.format };
  const format = sniffed.format;
  const columnMap = parseColumnMap(options.map ?? []);
  switch (format) {
    case 'upr-info-csv': {
      const encoding = options.encoding ?? (await sniffText(path)).encoding;
      return {
        format,
        size,
        events: lazy(() => parseUprInfoCsv(openText(path, encoding, options.onBytes), path)),
      };
    }
    case 'csv': {
      const encoding = options.encoding ?? (await sniffText(path)).encoding;
      return {
        format,
        size,
        events: lazy(() => parseTemplateCsv(openText(path, encoding, options.onBytes), columnMap, path)),
      };
    }
    case 'xlsx':
      return { format, size, events: parseTemplateXlsx(path, columnMap, path) };
    case 'json':
      return { format, size, events: parseTemplateJson(path, columnMap) };
    case 'uhri-json':
      return { format, size, events: lazy(() => uhriEvents(path, options.onBytes)) };
    case 'ohchr-matrix':
    case 'wg-report':
      return openDocument(path, format, sniffed, size, options.onBytes);
  }
}

async function openDocument(
  path: string,
  format: DocumentFormat,
  sniffed: Sniffed,
  size: number,
  onBytes?: (bytes: number) => void,
): Promise<OpenedSource> {
  const name = basename(path);
  const buffer = sniffed.buffer ?? (await readDocument(path));
  const text = format === 'wg-report' ? (sniffed.text ?? (await documentText(buffer, name))) : undefined;
  const parsed = await parseDocument(format, buffer, name, text);
  onBytes?.(size);
  return {
    format,
    size,
    events: fromArray(parsed.events),
    ...(parsed.document ? { document: parsed.document } : {}),
  };
}

async function* fromArray(events: ParseEvent[]): AsyncGenerator<ParseEvent> {
  yield* events;
}

/** The UHRI export, streamed: a 200 MB array is never held in memory. */
async function* uhriEvents(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<ParseEvent> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
  for await (const item of parseUhriJson(file, { fileName: basename(path) })) yield uhriEvent(item);
}

function uhriEvent(item: UhriStreamItem): ParseEvent {
  if (item.kind === 'problem') return { type: 'problem', problem: item.problem };
  if (item.kind === 'note') return { type: 'note', note: item.note };
  return { type: 'recommendation', recommendation: uhriRecommendation(item.recommendation) };
}

/**
 * A UPR recommendation with a paragraph number is keyed by its paragraph, as the report and the thematic
 * list key it, so that the three meet in one record; others keep UHRI's AnnotationId.
 */
function uhriRecommendation(rec: ParsedRecommendation): ParsedRecommendation {
  const out: ParsedRecommendation = { ...rec };
  if (out.mechanism === 'UPR' && out.paragraph && out.cycle !== undefined) delete out.key;
  if (out.position && !out.positionSource)
    out.positionSource = `UHRI${out.documentSymbol ? ` ${out.documentSymbol}` : ''}`;
  return out;
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
