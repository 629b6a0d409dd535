/** Request schemas and the presenter of clusters. */
import { z } from 'zod';
import type { ClusterRow } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import { idSchema, localized, noteSchema, titleSchema } from './common.ts';

const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code, e.g. KAZ')
  .transform((s) => s.toUpperCase());

export const createClusterBody = z.object({
  stateUnderReview: iso3,
  cycle: z.number().int().min(1).max(20).nullable().optional(),
  titleRu: titleSchema,
  titleKk: titleSchema.optional(),
  titleEn: titleSchema.optional(),
  description: noteSchema.optional(),
  recommendationIds: z.array(idSchema).max(2000).default([]).describe('all of the same state under review'),
});
export type CreateClusterInput = z.infer<typeof createClusterBody>;

export const updateClusterBody = z.object({
  version: z.number().int().positive(),
  titleRu: titleSchema.optional(),
  titleKk: titleSchema.optional(),
  titleEn: titleSchema.optional(),
  description: noteSchema.optional(),
  recommendationIds: z
    .array(idSchema)
    .max(2000)
    .optional()
    .describe('replaces the cluster’s recommendations'),
  archived: z.boolean().optional(),
});
export type UpdateClusterInput = z.infer<typeof updateClusterBody>;

export const clusterListQuery = z.object({
  state: iso3.optional(),
  cycle: z.coerce.number().int().positive().optional(),
  recommendationId: z.coerce.number().int().positive().optional(),
  includeArchived: z.stringbool().optional(),
});

export const clusterDto = z.object({
  id: z.number().int(),
  stateUnderReview: z.string(),
  cycle: z.number().int().nullable(),
  title: localized,
  description: z.string().nullable(),
  recommendationIds: z.array(z.number().int()),
  measureIds: z.array(z.number().int()),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type ClusterDto = z.infer<typeof clusterDto>;

export function presentCluster(
  row: ClusterRow,
  links: { recommendationIds: number[]; measureIds: number[] },
  caller: Caller,
): ClusterDto {
  return {
    id: row.id,
    stateUnderReview: row.state_under_review,
    cycle: row.cycle,
    title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
    description: row.description,
    ...links,
    archived: row.archived === 1,
    version: row.version,
    abilities: abilities(caller, 'cluster'),
  };
}
