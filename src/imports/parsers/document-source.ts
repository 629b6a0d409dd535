/**
 * UN documents as import sources: an OHCHR thematic list (DOCX) or a Working Group report (text, DOCX or
 * PDF), recognised from their content and turned into the same parse events as the tabular formats.
 * Documents are small (a review is a few hundred recommendations), so they are read whole.
 *
 * @example
 * const sniffed = await sniffDocument(await readFile('UPR34_Slovenia.docx'), 'UPR34_Slovenia.docx');
 * // sniffed → { format: 'ohchr-matrix' }
 */
import { extractDocumentText } from './document-text.ts';
import { notDocx, openDocx } from './ohchr-matrix.docx.ts';
import { looksLikeOhchrMatrix, parseOhchrMatrix } from './ohchr-matrix.ts';
import { FileFormatError, type ParseEvent } from './stream.ts';
import type { ParseResult } from './types.ts';
import { looksLikeWgReport, parseWgReport } from './wg-report.ts';

export type DocumentFormat = 'ohchr-matrix' | 'wg-report';

export interface ParsedDocument {
  events: ParseEvent[];
  document?: ParseResult['document'];
}

/** What a DOCX or PDF holds: a matrix, a report, or neither (`undefined`); a damaged file throws. */
export async function sniffDocument(
  buffer: Buffer,
  fileName: string,
): Promise<{ format: DocumentFormat; text?: string } | { format?: undefined; kind: 'docx' | 'pdf' }> {
  const kind = isPdf(buffer) ? 'pdf' : 'docx';
  if (kind === 'docx') {
    openDocx(buffer); // throws "not a valid DOCX file (...)" on a damaged archive
    if (await looksLikeOhchrMatrix(buffer)) return { format: 'ohchr-matrix' };
  }
  const text = await documentText(buffer, fileName);
  if (looksLikeWgReport(text)) return { format: 'wg-report', text };
  return { kind };
}

/** Parses a document in the given format; `text` is the text already extracted while sniffing. */
export async function parseDocument(
  format: DocumentFormat,
  buffer: Buffer,
  fileName: string,
  text?: string,
): Promise<ParsedDocument> {
  const result =
    format === 'ohchr-matrix'
      ? await withoutFileName(fileName, () => parseOhchrMatrix(buffer, fileName))
      : parseWgReport(text ?? (await documentText(buffer, fileName)), fileName);
  // A document with no recommendation at all is the wrong document, not a list of bad rows.
  if (result.recommendations.length === 0) {
    const reason = result.problems.find((p) => p.row === undefined)?.message ?? 'no recommendations found';
    const what = format === 'ohchr-matrix' ? 'an OHCHR thematic list' : 'a Working Group report';
    throw new FileFormatError(`read as ${what}, but ${reason}`);
  }
  const events: ParseEvent[] = [
    ...result.recommendations.map((recommendation) => ({ type: 'recommendation' as const, recommendation })),
    ...result.problems.map((problem) => ({ type: 'problem' as const, problem })),
    ...(result.notes ?? []).map((note) => ({ type: 'note' as const, note })),
  ];
  return { events, ...(result.document ? { document: result.document } : {}) };
}

/** The text of a text file, DOCX or PDF; a PDF without a text layer or a damaged file is a FileFormatError. */
export async function documentText(buffer: Buffer, fileName: string): Promise<string> {
  try {
    return (await extractDocumentText(buffer, fileName)).text;
  } catch (error) {
    const message = (error as Error).message;
    if (/scanned document/.test(message)) throw new FileFormatError(message);
    if (isPdf(buffer)) throw new FileFormatError(`not a readable PDF (${message})`);
    throw notDocx(undefined, message);
  }
}

/** The report already names the file: parser messages need not repeat it. */
async function withoutFileName<T>(fileName: string, parse: () => Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (error instanceof FileFormatError && error.message.startsWith(`${fileName}: `)) {
      throw new FileFormatError(error.message.slice(fileName.length + 2));
    }
    throw error;
  }
}

export function isPdf(head: Buffer): boolean {
  return head.subarray(0, 1024).includes('%PDF-');
}
