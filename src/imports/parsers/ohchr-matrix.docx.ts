/**
 * Just enough ZIP reading to look inside a DOCX without converting it: mammoth reads only the body, but
 * the matrix names its review ("UPR of Slovenia (3rd Cycle - 34th Session)") in the page header, and
 * format detection should not pay for a full conversion.
 */
import { inflateRawSync } from 'node:zlib';
import { decodeEntities } from '../../modules/taxonomies/term-label.ts';
import { FileFormatError } from './stream.ts';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The parts of a DOCX by name; throws a FileFormatError when the buffer is no DOCX. */
export function openDocx(buffer: Buffer, fileName?: string): Map<string, ZipEntry> {
  const entries = listZipEntries(buffer, fileName);
  if (!entries.has('word/document.xml')) throw notDocx(fileName, 'a ZIP archive without word/document.xml');
  return entries;
}

/** The text of one part, `undefined` when the DOCX does not have it. */
export function readPart(buffer: Buffer, entries: Map<string, ZipEntry>, name: string): string | undefined {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const offset = entry.localOffset;
  if (offset + 30 > buffer.length || buffer.readUInt32LE(offset) !== LOCAL_HEADER) {
    throw notDocx(undefined, `damaged ZIP entry ${name}`);
  }
  const start = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method !== 8) throw notDocx(undefined, `unsupported compression in ${name}`);
  try {
    return inflateRawSync(data).toString('utf8');
  } catch (error) {
    throw notDocx(undefined, `damaged ZIP entry ${name}: ${(error as Error).message}`);
  }
}

/** Paragraph texts of a WordprocessingML part (header, footer), runs joined, tabs and breaks as spaces. */
export function wordParagraphs(xml: string): string[] {
  return xml.split('</w:p>').map((paragraph) => {
    let text = '';
    for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g)) {
      text += match[1] === undefined ? ' ' : decodeEntities(match[1]);
    }
    return text.replace(/\s+/g, ' ').trim();
  });
}

/** The page-header paragraphs of a DOCX, in part order (header1.xml, header2.xml...). */
export function headerParagraphs(buffer: Buffer, entries: Map<string, ZipEntry>): string[] {
  const names = [...entries.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name)).sort();
  return names.flatMap((name) => wordParagraphs(readPart(buffer, entries, name) ?? ''));
}

export function notDocx(fileName: string | undefined, reason: string): FileFormatError {
  return new FileFormatError(`${fileName ? `${fileName}: ` : ''}not a valid DOCX file (${reason})`);
}

function listZipEntries(buffer: Buffer, fileName?: string): Map<string, ZipEntry> {
  const end = findEndOfDirectory(buffer);
  if (end < 0) throw notDocx(fileName, 'not a ZIP archive');
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw notDocx(fileName, 'damaged ZIP directory');
    }
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, {
      name,
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      localOffset: buffer.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The end-of-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB. */
function findEndOfDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= lowest; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}
