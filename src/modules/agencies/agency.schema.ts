/** Request schemas and the presenter of agencies. */
import { z } from 'zod';
import type { AgencyRow } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';

const name = z.string().trim().min(1).max(500);

export const agencyDto = z.object({
  id: z.number().int(),
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type AgencyDto = z.infer<typeof agencyDto>;

export const createAgencyBody = z.object({ nameEn: name, nameRu: name, nameKk: name });
export const updateAgencyBody = z.object({
  version: z.number().int().positive(),
  nameEn: name.optional(),
  nameRu: name.optional(),
  nameKk: name.optional(),
});
export const agencyListQuery = z.object({
  q: z.string().max(200).optional(),
  includeArchived: z.stringbool().optional(),
});

export function presentAgency(row: AgencyRow, caller: Caller): AgencyDto {
  return {
    id: row.id,
    nameEn: row.name_en,
    nameRu: row.name_ru,
    nameKk: row.name_kk,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: abilities(caller, 'agency', { id: row.id }),
  };
}
