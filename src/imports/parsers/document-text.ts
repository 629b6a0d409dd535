/**
 * Plain text out of an uploaded document (DOCX, PDF or a text file), so that text parsers such as the
 * Working Group report parser never see file formats or encodings.
 *
 * @example
 * const { text, kind } = await extractDocumentText(await readFile('A_HRC_28_10.pdf'), 'A_HRC_28_10.pdf');
 */
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

export type DocumentKind = 'text' | 'docx' | 'pdf';

export interface DocumentText {
  text: string;
  kind: DocumentKind;
}

export async function extractDocumentText(buffer: Buffer, fileName?: string): Promise<DocumentText> {
  const kind = detectDocumentKind(buffer, fileName);
  if (kind === 'pdf') return { text: normaliseLineEndings(await pdfText(buffer)), kind };
  if (kind === 'docx') {
    const { value } = await mammoth.extractRawText({ buffer });
    return { text: normaliseLineEndings(value), kind };
  }
  return { text: decodeText(buffer), kind };
}

/** Magic bytes first (uploads are often misnamed), the file name only to tell a DOCX from another zip. */
export function detectDocumentKind(buffer: Buffer, fileName?: string): DocumentKind {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (buffer.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const isZip = buffer.length >= 4 && buffer.readUInt32BE(0) === 0x504b0304;
  if (isZip) return 'docx';
  if (ext === 'pdf' || ext === 'docx') return ext;
  return 'text';
}

/** UTF-8 when the bytes are valid UTF-8, else Mac Roman: the legacy research exports we meet are old-Mac files. */
export function decodeText(buffer: Buffer): string {
  let text: string;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) text = buffer.subarray(2).toString('utf16le');
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      text = iconv.decode(buffer, 'macintosh');
    }
  }
  return normaliseLineEndings(text.replace(/^\uFEFF/, ''));
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

async function pdfText(buffer: Buffer): Promise<string> {
  // pdf.js takes ownership of (detaches) the array it is given, so hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    if (!text.trim()) throw new Error('scanned document: no text to import');
    return text;
  } finally {
    await pdf.destroy();
  }
}
