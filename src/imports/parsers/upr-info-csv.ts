/**
 * The UPR Info database export: `To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session`,
 * one row per recommendation and recommending State (a joint recommendation is repeated per State).
 */
import { decodeEntities } from '../../modules/taxonomies/term-label.ts';
import { type CsvRow, readCsvRows } from './csv-rows.ts';
import { FileFormatError, type ParseEvent } from './stream.ts';
import type { ParsedPosition } from './types.ts';

export const UPR_INFO_COLUMNS = [
  'To',
  'To-Rgrp',
  'To-Org',
  'Text',
  'From',
  'From-Rgrp',
  'From-Org',
  'Response',
  'Action',
  'Issue',
  'Session',
] as const;
const REQUIRED = ['To', 'Text', 'From', 'Response', 'Session'] as const;

/** True when a CSV header line is UPR Info's. */
export function isUprInfoHeader(firstLine: string): boolean {
  return /^\s*"?To"?,"?To-Rgrp"?,/.test(firstLine.replace(/^\uFEFF/, ''));
}

const RESPONSES: Record<string, ParsedPosition> = {
  accepted: 'supported',
  supported: 'supported',
  'partially accepted': 'supported_in_part',
  'supported in part': 'supported_in_part',
  noted: 'noted',
  rejected: 'noted',
  pending: 'pending',
  '': 'unknown',
};

/** UPR Info writes "(Unknown)" (HTML-escaped) when it could not tell the recommending State. */
const UNKNOWN_STATE = '(unknown)';

export async function* parseUprInfoCsv(
  text: NodeJS.ReadableStream,
  file?: string,
): AsyncGenerator<ParseEvent> {
  let columns: Map<string, number> | undefined;
  let pledges = 0;
  let unknownFrom = 0;
  let rows = 0;
  for await (const row of readCsvRows(text)) {
    if (!columns) {
      columns = headerColumns(row);
      continue;
    }
    rows++;
    const cell = (name: string) => (row.cells[columns?.get(name) ?? -1] ?? '').trim();
    if (row.cells.length < columns.size) {
      yield problem(file, row, undefined, `truncated row: ${row.cells.length} of ${columns.size} columns`);
      continue;
    }
    const response = cell('Response');
    if (/voluntary pledge/i.test(response)) {
      pledges++;
      continue;
    }
    const position = RESPONSES[response.toLowerCase()];
    if (!position) {
      yield problem(file, row, 'Response', `unknown response "${response}" (expected Accepted or Noted)`);
      continue;
    }
    const sessionText = cell('Session');
    const session = /^\d+$/.test(sessionText) ? Number(sessionText) : Number.NaN;
    if (!Number.isInteger(session)) {
      yield problem(file, row, 'Session', `session "${sessionText}" is not a number`);
      continue;
    }
    const actionText = cell('Action');
    if (actionText !== '' && !/^[1-5]$/.test(actionText)) {
      yield problem(file, row, 'Action', `action category "${actionText}" is not 1-5`);
      continue;
    }
    const recommendationText = cell('Text');
    if (!recommendationText) {
      yield problem(file, row, 'Text', 'empty recommendation text');
      continue;
    }
    const from = decodeEntities(cell('From'));
    if (from.toLowerCase() === UNKNOWN_STATE) unknownFrom++;
    const issues = decodeEntities(cell('Issue'))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    yield {
      type: 'recommendation',
      recommendation: {
        row: row.line,
        mechanism: 'UPR',
        stateUnderReview: decodeEntities(cell('To')),
        session,
        text: decodeEntities(recommendationText),
        textLang: 'en',
        recommendingStates: from && from.toLowerCase() !== UNKNOWN_STATE ? [from] : [],
        position,
        positionSource: 'UPR Info',
        ...(actionText ? { actionCategory: Number(actionText) } : {}),
        terms: { 'upr-info-issue': issues },
      },
    };
  }
  if (!columns) throw new FileFormatError('empty file: no header and no rows');
  if (pledges > 0 && pledges === rows) {
    throw new FileFormatError(
      `the file holds ${pledges} voluntary pledges and no recommendations: pledges are not imported as recommendations`,
    );
  }
  if (pledges > 0)
    yield { type: 'note', note: `${pledges} voluntary pledges left out: they are not recommendations` };
  if (unknownFrom > 0) {
    yield {
      type: 'note',
      note: `${unknownFrom} rows name no recommending State ("(Unknown)" in the source): imported without one`,
    };
  }
}

function headerColumns(row: CsvRow): Map<string, number> {
  const columns = new Map(row.cells.map((name, index) => [name.trim(), index]));
  const missing = REQUIRED.filter((name) => !columns.has(name));
  if (missing.length > 0) {
    throw new FileFormatError(
      `wrong header on line ${row.line}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
        `(a UPR Info export has ${UPR_INFO_COLUMNS.join(',')})`,
      row.line,
    );
  }
  return columns;
}

function problem(
  file: string | undefined,
  row: CsvRow,
  column: string | undefined,
  message: string,
): ParseEvent {
  return { type: 'problem', problem: { file, row: row.line, ...(column ? { column } : {}), message } };
}
