/** Request schemas and the presenter of organizations. */
import { z } from 'zod';
import { ORGANIZATION_KINDS, type OrganizationRow } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';

const name = z.string().trim().min(1).max(500);

export const organizationDto = z.object({
  id: z.number().int(),
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type OrganizationDto = z.infer<typeof organizationDto>;

export const createOrganizationBody = z.object({
  nameEn: name,
  nameRu: name,
  nameKk: name,
  kind: z.enum(ORGANIZATION_KINDS),
});
export const updateOrganizationBody = z.object({
  version: z.number().int().positive(),
  nameEn: name.optional(),
  nameRu: name.optional(),
  nameKk: name.optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
});
export const organizationListQuery = z.object({
  q: z.string().max(200).optional(),
  includeArchived: z.stringbool().optional(),
});

export function presentOrganization(row: OrganizationRow, caller: Caller): OrganizationDto {
  return {
    id: row.id,
    nameEn: row.name_en,
    nameRu: row.name_ru,
    nameKk: row.name_kk,
    kind: row.kind,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: abilities(caller, 'organization', { id: row.id }),
  };
}
