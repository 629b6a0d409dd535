/** Request schemas and the presenter of saved views. */
import { z } from 'zod';
import type { SavedViewRow } from '../../db/schema.ts';

export const savedViewBody = z.object({
  name: z.string().trim().min(1).max(200),
  query: z
    .string()
    .max(4_000)
    .describe("the explorer's URL query string, without the leading `?`")
    .transform((q) => q.replace(/^\?/, '')),
});
export type SavedViewInput = z.infer<typeof savedViewBody>;

export const savedViewIdParams = z.object({ id: z.coerce.number().int().positive() });

export const savedViewDto = z.object({
  id: z.number().int(),
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedViewDto = z.infer<typeof savedViewDto>;

export function presentSavedView(row: SavedViewRow): SavedViewDto {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
