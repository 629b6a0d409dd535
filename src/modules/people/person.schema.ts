/** Request schemas and presenters of people and coalition membership. */
import { z } from 'zod';
import type { PersonRow } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';

const name = z.string().trim().min(1).max(300);
const position = z.string().trim().max(500).nullable();

/** A text in the three languages of the product. */
export const localizedDto = z.object({
  ru: z.string().nullable(),
  kk: z.string().nullable(),
  en: z.string().nullable(),
});

export const personDto = z.object({
  id: z.number().int(),
  name: localizedDto,
  position: localizedDto,
  organizationId: z.number().int().nullable(),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type PersonDto = z.infer<typeof personDto>;

export const createPersonBody = z.object({
  nameRu: name,
  nameKk: name.optional(),
  nameEn: name.optional(),
  positionRu: position.optional(),
  positionKk: position.optional(),
  positionEn: position.optional(),
  organizationId: z.number().int().positive().nullable().optional(),
});
export type CreatePersonInput = z.infer<typeof createPersonBody>;

export const updatePersonBody = createPersonBody.partial().extend({
  version: z.number().int().positive(),
  archived: z.boolean().optional(),
});
export type UpdatePersonInput = z.infer<typeof updatePersonBody>;

export const personListQuery = z.object({
  q: z.string().max(200).optional(),
  organizationId: z.coerce.number().int().positive().optional(),
  includeArchived: z.stringbool().optional(),
});

export const membersDto = z.object({ coalitionId: z.number().int(), memberIds: z.array(z.number().int()) });
export const membersBody = z.object({ memberIds: z.array(z.number().int().positive()).max(500) });

export function presentPerson(row: PersonRow, caller: Caller): PersonDto {
  return {
    id: row.id,
    name: { ru: row.name_ru, kk: row.name_kk, en: row.name_en },
    position: { ru: row.position_ru, kk: row.position_kk, en: row.position_en },
    organizationId: row.organization_id,
    archived: row.archived === 1,
    version: row.version,
    abilities: abilities(caller, 'person', { organizationId: row.organization_id }),
  };
}
