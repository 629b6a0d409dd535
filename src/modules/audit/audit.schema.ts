/** Query and response schemas of the audit trail. */
import { z } from 'zod';

export const auditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.coerce.number().int().positive().optional(),
  action: z.string().max(50).optional(),
  since: z.iso.datetime().optional().describe('ISO-8601, inclusive'),
  until: z.iso.datetime().optional().describe('ISO-8601, exclusive'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional().describe('cursor: the id of the last entry seen'),
});

export const auditEntryDto = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ userId: z.number().int().nullable(), label: z.string() }),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  diff: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
});

export const auditPageDto = z.object({
  items: z.array(auditEntryDto),
  nextCursor: z.number().int().nullable().describe('pass as `before` for the next page'),
});
