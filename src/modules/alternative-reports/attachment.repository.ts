/** Uploaded documents of alternative reports and consultations: all their SQL. */
import type { Insertable, Kysely } from 'kysely';
import type { AttachmentOwner, AttachmentRow, AttachmentsTable, DB } from '../../db/schema.ts';

export type AttachmentMeta = Omit<AttachmentRow, 'content' | 'text'>;

const META = [
  'id',
  'owner_type',
  'owner_id',
  'file_name',
  'kind',
  'size',
  'checksum',
  'created_by',
  'created_at',
] as const;

export class AttachmentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(ownerType: AttachmentOwner, ownerIds: number[]): Promise<AttachmentMeta[]> {
    if (ownerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('attachments')
      .select(META)
      .where('owner_type', '=', ownerType)
      .where('owner_id', 'in', ownerIds)
      .orderBy('id')
      .execute();
  }

  find(ownerType: AttachmentOwner, ownerId: number, id: number): Promise<AttachmentRow | undefined> {
    return this.db
      .selectFrom('attachments')
      .selectAll()
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insert(values: Insertable<AttachmentsTable>): Promise<AttachmentMeta> {
    return this.db.insertInto('attachments').values(values).returning(META).executeTakeFirstOrThrow();
  }

  /** Deletes the owner's attachment `id`; what it was, or undefined if the owner has no such attachment. */
  delete(ownerType: AttachmentOwner, ownerId: number, id: number): Promise<AttachmentMeta | undefined> {
    return this.db
      .deleteFrom('attachments')
      .where('owner_type', '=', ownerType)
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .returning(META)
      .executeTakeFirst();
  }
}
