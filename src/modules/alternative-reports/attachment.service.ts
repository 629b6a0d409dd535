/**
 * Attachments: PDF or DOCX only (by their bytes and their name), kept with a SHA-256 checksum, their text
 * extracted for search. A name carrying a path, or a file of another type, is refused, never renamed.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AttachmentOwner, DB } from '../../db/schema.ts';
import { badRequest, HttpProblem } from '../../http/problem.ts';
import { detectDocumentKind, extractDocumentText } from '../../imports/parsers/document-text.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type AttachmentMeta, AttachmentRepository } from './attachment.repository.ts';

export const ATTACHMENT_KINDS = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The name as sent, if it is a plain file name: no directories, no `..`, no control characters. */
export function checkAttachmentName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (!name || /[/\\\u0000-\u001f]/.test(name) || name.includes('..') || name.length > 200)
    throw badRequest(
      `the file name "${name.slice(0, 100)}" may not contain a path, ".." or control characters`,
    );
  return name.normalize('NFC');
}

/** `pdf` or `docx`, when the name's extension and the bytes agree; else 415. */
export function checkAttachmentKind(name: string, content: Buffer): 'pdf' | 'docx' {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const detected = detectDocumentKind(content);
  if (
    (ext === 'pdf' || ext === 'docx') &&
    detected === ext &&
    (ext !== 'pdf' || content.subarray(0, 5).toString() === '%PDF-')
  )
    return ext;
  throw new HttpProblem(415, 'Unsupported Media Type', 'attach a PDF or DOCX document (.pdf or .docx)');
}

export interface AttachmentDto {
  id: number;
  fileName: string;
  kind: 'pdf' | 'docx';
  size: number;
  checksum: string;
  createdAt: string;
}

export function presentAttachment(row: AttachmentMeta): AttachmentDto {
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    size: row.size,
    checksum: row.checksum,
    createdAt: row.created_at,
  };
}

export class AttachmentService {
  constructor(private readonly db: Kysely<DB>) {}

  list(ownerType: AttachmentOwner, ownerIds: number[]) {
    return new AttachmentRepository(this.db).list(ownerType, ownerIds);
  }

  find(ownerType: AttachmentOwner, ownerId: number, id: number) {
    return new AttachmentRepository(this.db).find(ownerType, ownerId, id);
  }

  async add(
    ownerType: AttachmentOwner,
    ownerId: number,
    file: { name: string; content: Buffer },
    actor: AuditActor,
  ): Promise<AttachmentMeta> {
    const fileName = checkAttachmentName(file.name);
    const kind = checkAttachmentKind(fileName, file.content);
    let text: string;
    try {
      text = (await extractDocumentText(file.content, fileName)).text;
    } catch {
      throw new HttpProblem(
        415,
        'Unsupported Media Type',
        `${fileName} is not a readable ${kind.toUpperCase()} document`,
      );
    }
    const checksum = createHash('sha256').update(file.content).digest('hex');
    return this.db.transaction().execute(async (trx) => {
      const row = await new AttachmentRepository(trx).insert({
        owner_type: ownerType,
        owner_id: ownerId,
        file_name: fileName,
        kind,
        size: file.content.length,
        checksum,
        content: file.content,
        text,
        created_by: actor.userId,
        created_at: new Date().toISOString(),
      });
      await new AuditService(trx).record({
        actor,
        action: 'attach',
        entityType: ownerType,
        entityId: ownerId,
        after: row,
      });
      return row;
    });
  }

  /**
   * Deletes the owner's attachment and audits it with what identifies the file (name, kind, size,
   * checksum), never its content; undefined, with nothing written, when the owner has no such attachment.
   */
  remove(
    ownerType: AttachmentOwner,
    ownerId: number,
    id: number,
    actor: AuditActor,
  ): Promise<AttachmentMeta | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const row = await new AttachmentRepository(trx).delete(ownerType, ownerId, id);
      if (!row) return undefined;
      await new AuditService(trx).record({
        actor,
        action: 'detach',
        entityType: ownerType,
        entityId: ownerId,
        before: {
          id: row.id,
          file_name: row.file_name,
          kind: row.kind,
          size: row.size,
          checksum: row.checksum,
        },
      });
      return row;
    });
  }
}
