import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDocumentKind, extractDocumentText } from './document-text.ts';

const data = (...parts: string[]) => path.resolve(process.cwd(), '../shared/data', ...parts);

/** A one-page PDF written by hand, with a correct cross-reference table. */
function minimalPdf(content: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('extractDocumentText', () => {
  it('reads the text layer of a PDF', async () => {
    const pdf = minimalPdf('BT /F1 24 Tf 72 72 Td (Hello) Tj ET');
    const result = await extractDocumentText(pdf, 'report.pdf');
    expect(result.kind).toBe('pdf');
    expect(result.text.trim()).toBe('Hello');
  });

  it('refuses a PDF with no text layer (a scan)', async () => {
    const pdf = minimalPdf('0 0 1 rg 10 10 100 50 re f');
    await expect(extractDocumentText(pdf, 'scan.pdf')).rejects.toThrow('scanned document: no text to import');
  });

  it('decodes the real Mac Roman, CR-only Working Group report text', async () => {
    const file = data('upr/uprs-terman/v1-wg-report-texts/kazakhstan2014.txt');
    const { text, kind } = await extractDocumentText(readFileSync(file), 'kazakhstan2014.txt');
    expect(kind).toBe('text');
    expect(text).not.toContain('\r');
    expect(text).toContain('Kazakhstan’s commitment');
    expect(text).toContain('“Dialogue Platform on the Human Dimension”');
    expect(text.split('\n').length).toBeGreaterThan(500);
  });

  it('reads a DOCX (OHCHR thematic list)', async () => {
    const file = data(
      'upr/slovenia-tracker/original-docx/UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
    );
    const { text, kind } = await extractDocumentText(readFileSync(file), path.basename(file));
    expect(kind).toBe('docx');
    expect(text).toContain('121.1');
  });

  it('keeps UTF-8 as UTF-8 and normalises CRLF', () => {
    expect(decodeText(Buffer.from('\uFEFFҚазақстан\r\nЁлка\rend', 'utf8'))).toBe('Қазақстан\nЁлка\nend');
    expect(decodeText(iconv.encode('caf\u00e9 \u2019', 'macintosh'))).toBe('caf\u00e9 \u2019');
  });

  it('detects the kind from magic bytes before the name', () => {
    expect(detectDocumentKind(Buffer.from('%PDF-1.7\n'), 'x.txt')).toBe('pdf');
    expect(detectDocumentKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), 'x')).toBe('docx');
    expect(detectDocumentKind(Buffer.from('plain'), 'notes.txt')).toBe('text');
  });
});
