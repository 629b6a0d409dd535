import { describe, expect, it } from 'vitest';
import { checkAttachmentKind, checkAttachmentName } from './attachment.service.ts';

const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

describe('attachment checks', () => {
  it('takes plain file names, in any script', () => {
    expect(checkAttachmentName('Доклад № 2 (итог).pdf')).toBe('Доклад № 2 (итог).pdf');
  });

  it.each(['../secret.pdf', 'a/b.pdf', 'a\\b.docx', '..', 'x\u0000.pdf', ''])('refuses %j', (name) => {
    expect(() => checkAttachmentName(name)).toThrow(/may not contain a path/);
  });

  it('wants the bytes and the extension to agree on PDF or DOCX', () => {
    expect(checkAttachmentKind('a.pdf', Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(checkAttachmentKind('a.DOCX', zip)).toBe('docx');
    for (const [name, bytes] of [
      ['a.pdf', zip],
      ['a.docx', Buffer.from('%PDF-1.7')],
      ['a.txt', Buffer.from('%PDF-1.7')],
      ['a.pdf', Buffer.from('hello')],
      ['a.exe', zip],
    ] as const)
      expect(() => checkAttachmentKind(name, bytes), name).toThrow(/PDF or DOCX/);
  });
});
