/**
 * Reads a CSV text stream as header + rows, with limits that turn bad files into clear errors:
 * an over-long record (a lost quote, a binary file) and an unclosed quote at the end.
 */
import { parse } from 'csv-parse';

/** The longest CSV record accepted; a recommendation is a few kilobytes at most. */
export const MAX_RECORD_BYTES = 1_000_000;

export interface CsvRow {
  /** 1-based line of the record's start in the file (the header is line 1). */
  line: number;
  cells: string[];
}

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/** Yields the header row first, then every record; throws CsvFormatError with the line on malformed CSV. */
export async function* readCsvRows(text: NodeJS.ReadableStream): AsyncGenerator<CsvRow> {
  const parser = parse({
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
    skip_empty_lines: true,
    info: true,
    bom: true,
  });
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: startLine(record), cells: record.record };
    }
  } catch (error) {
    throw toFormatError(error);
  }
}

function startLine(record: { record: string[]; info: { lines: number } }): number {
  // info.lines is the line where the record ends; count back the newlines inside quoted cells.
  const inner = record.record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
  return record.info.lines - inner;
}

function toFormatError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const withCode = error as Error & { code?: string; lines?: number; line?: number };
  if ('line' in withCode && typeof withCode.line === 'number' && !(error instanceof CsvFormatError)) {
    return error; // InvalidTextError from the decoder carries its own line.
  }
  const line = withCode.lines;
  switch (withCode.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return new CsvFormatError(
        `line ${line}: a record longer than ${MAX_RECORD_BYTES / 1_000_000} MB (an unclosed quote or not a CSV file)`,
        line,
      );
    case 'CSV_QUOTE_NOT_CLOSED':
      return new CsvFormatError(`line ${line}: a quoted cell is never closed (the file is truncated?)`, line);
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new CsvFormatError(`line ${line}: a quote inside a cell is not doubled ("")`, line);
    default:
      return error;
  }
}
