/** Request schemas and the presenter of consultations. */
import { z } from 'zod';
import { type ConsultationRow, FOLLOW_UP_STATUSES, PARTICIPANT_ROLES } from '../../db/schema.ts';
import type { AttachmentMeta } from '../alternative-reports/attachment.repository.ts';
import { attachmentDto } from '../alternative-reports/attachment.routes.ts';
import { presentAttachment } from '../alternative-reports/attachment.service.ts';
import { localizedDto } from '../people/person.schema.ts';
import { abilities, type Caller } from '../policies/policy.ts';
import { abilitiesSchema } from '../users/user.schema.ts';
import type { ConsultationLinks } from './consultation.repository.ts';

const id = z.number().int().positive();
const title = z.string().trim().min(1).max(1000);
const longText = z.string().trim().max(100_000).nullable();

const agendaItem = z
  .object({
    reportId: id.nullable().default(null),
    termId: id.nullable().default(null),
    recommendationId: id.nullable().default(null),
    note: z.string().trim().max(5000).nullable().default(null),
  })
  .refine((a) => a.reportId !== null || a.termId !== null || a.recommendationId !== null, {
    message: 'an agenda item names a report, a theme or a recommendation',
  });

const followUp = z.object({
  text: z.string().trim().min(1).max(10_000),
  ownerPersonId: id.nullable().default(null),
  ownerOrganizationId: id.nullable().default(null),
  dueOn: z.iso.date().nullable().default(null),
  status: z.enum(FOLLOW_UP_STATUSES).default('open'),
  recommendationIds: z.array(id).max(200).default([]),
});

export const createConsultationBody = z.object({
  titleRu: title,
  titleKk: title.optional(),
  titleEn: title.optional(),
  startsAt: z.iso.datetime({ offset: true }).describe('date and time, ISO 8601 with its offset'),
  stateIso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((s) => s.toUpperCase())
    .nullable()
    .optional()
    .describe('the state whose recommendations are discussed'),
  place: z.string().trim().max(1000).nullable().optional(),
  link: z.url().max(2000).nullable().optional(),
  organizerOrganizationId: id.nullable().optional(),
  chairPersonId: id.nullable().optional(),
  minutes: longText.optional(),
  decisions: longText.optional(),
  outcome: longText.optional(),
  organizationIds: z.array(id).max(500).optional().describe('participating bodies and organizations'),
  participants: z
    .array(z.object({ personId: id, role: z.enum(PARTICIPANT_ROLES) }))
    .max(500)
    .optional(),
  agenda: z.array(agendaItem).max(500).optional(),
  followUps: z.array(followUp).max(500).optional(),
});
export type CreateConsultationInput = z.infer<typeof createConsultationBody>;

export const updateConsultationBody = createConsultationBody.partial().extend({
  version: z.number().int().positive(),
  archived: z.boolean().optional(),
});
export type UpdateConsultationInput = z.infer<typeof updateConsultationBody>;

export const consultationListQuery = z.object({
  reportId: z.coerce.number().int().positive().optional(),
  termId: z.coerce.number().int().positive().optional(),
  recommendationId: z.coerce.number().int().positive().optional(),
  includeArchived: z.stringbool().optional(),
});

export const consultationDto = z.object({
  id: z.number().int(),
  title: localizedDto,
  startsAt: z.string(),
  stateIso3: z.string().nullable(),
  place: z.string().nullable(),
  link: z.string().nullable(),
  organizerOrganizationId: z.number().int().nullable(),
  chairPersonId: z.number().int().nullable(),
  minutes: z.string().nullable(),
  decisions: z.string().nullable(),
  outcome: z.string().nullable(),
  published: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
  organizationIds: z.array(z.number().int()),
  participants: z.array(z.object({ personId: z.number().int(), role: z.enum(PARTICIPANT_ROLES) })),
  agenda: z.array(
    z.object({
      id: z.number().int(),
      reportId: z.number().int().nullable(),
      termId: z.number().int().nullable(),
      recommendationId: z.number().int().nullable(),
      note: z.string().nullable(),
    }),
  ),
  followUps: z.array(
    z.object({
      id: z.number().int(),
      text: z.string(),
      ownerPersonId: z.number().int().nullable(),
      ownerOrganizationId: z.number().int().nullable(),
      dueOn: z.string().nullable(),
      status: z.enum(FOLLOW_UP_STATUSES),
      recommendationIds: z.array(z.number().int()),
    }),
  ),
  attachments: z.array(attachmentDto),
  abilities: abilitiesSchema,
});
export type ConsultationDto = z.infer<typeof consultationDto>;

/** A recommendation's or a theme's place in the dialogue. */
export const dialogueDto = z.object({
  reports: z.array(
    z.object({
      id: z.number().int(),
      coalitionId: z.number().int(),
      number: z.number().int(),
      title: localizedDto,
      status: z.string(),
      via: z.enum(['link', 'item', 'theme']),
    }),
  ),
  consultations: z.array(
    z.object({
      id: z.number().int(),
      title: localizedDto,
      startsAt: z.string(),
      via: z.enum(['agenda', 'report', 'theme']),
    }),
  ),
});
export type DialogueDto = z.infer<typeof dialogueDto>;

export function presentConsultation(
  row: ConsultationRow,
  links: ConsultationLinks,
  attachments: AttachmentMeta[],
  caller: Caller,
): ConsultationDto {
  return {
    id: row.id,
    title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
    startsAt: row.starts_at,
    stateIso3: row.state_iso3,
    place: row.place,
    link: row.link,
    organizerOrganizationId: row.organizer_organization_id,
    chairPersonId: row.chair_person_id,
    minutes: row.minutes,
    decisions: row.decisions,
    outcome: row.outcome,
    published: row.published === 1,
    archived: row.archived === 1,
    version: row.version,
    ...links,
    attachments: attachments.map(presentAttachment),
    abilities: abilities(caller, 'consultation', { published: row.published === 1 }),
  };
}
