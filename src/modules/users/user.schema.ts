/** Request schemas and the presenter of accounts: the password hash never leaves the server. */
import { z } from 'zod';
import { ROLES, type UserRow } from '../../db/schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';

export const LOCALES = ['ru', 'kk', 'en'] as const;

export const abilitiesSchema = z
  .record(z.string(), z.boolean())
  .describe("the caller's abilities on this record");

export const userDto = z.object({
  id: z.number().int(),
  email: z.string(),
  role: z.enum(ROLES),
  agencyId: z.number().int().nullable(),
  organizationId: z.number().int().nullable(),
  locale: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: abilitiesSchema,
});
export type UserDto = z.infer<typeof userDto>;

const email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());

export const createUserBody = z.object({
  email,
  role: z.enum(ROLES),
  password: z.string().min(1).max(256).optional().describe('omit to have a one-time password generated'),
  agencyId: z.number().int().positive().nullable().optional(),
  organizationId: z.number().int().positive().nullable().optional(),
  locale: z.enum(LOCALES).optional(),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  version: z.number().int().positive(),
  role: z.enum(ROLES).optional(),
  agencyId: z.number().int().positive().nullable().optional(),
  organizationId: z.number().int().positive().nullable().optional(),
  locale: z.enum(LOCALES).optional(),
  disabled: z.boolean().optional(),
  /** Clears a lockout. */
  unlock: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const userListQuery = z.object({
  role: z.enum(ROLES).optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  organizationId: z.coerce.number().int().positive().optional(),
  q: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export function presentUser(row: UserRow, caller: Caller): UserDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    agencyId: row.agency_id,
    organizationId: row.organization_id,
    locale: row.locale,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    abilities: abilities(caller, 'user', { id: row.id }),
  };
}

/** What the audit trail keeps of an account: everything but the password hash. */
export function auditShapeOfUser(row: UserRow): Record<string, unknown> {
  const { password_hash: _hash, ...rest } = row;
  return rest;
}
