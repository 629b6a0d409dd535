/** Read-only reference data (states, mechanisms, cycles, sessions) and taxonomies with their terms. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB, TermRow } from '../db/schema.ts';
import { AuditService } from '../modules/audit/audit.service.ts';
import { StateRepository } from '../modules/states/state.repository.ts';
import { TaxonomyRepository } from '../modules/taxonomies/taxonomy.repository.ts';
import { auditActorFrom } from './auth.ts';
import { HttpProblem, notFound } from './problem.ts';
import { ReferenceRepository } from './reference.repository.ts';
import { responses } from './responses.ts';

const reference = { resource: 'reference', action: 'read' } as const;
const taxonomyRead = { resource: 'taxonomy', action: 'read' } as const;

const stateDto = z.object({
  iso3: z.string(),
  iso2: z.string(),
  m49: z.string(),
  kind: z.string(),
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
  regionalGroup: z.string().nullable(),
});
const mechanismDto = z.object({
  code: z.string(),
  kind: z.string(),
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
});
const cycleDto = z.object({
  number: z.number().int(),
  firstSession: z.number().int(),
  lastSession: z.number().int(),
  startYear: z.number().int(),
  endYear: z.number().int(),
});
const sessionDto = z.object({ number: z.number().int(), cycle: z.number().int(), year: z.number().int() });
const taxonomyDto = z.object({
  code: z.string(),
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
  multiple: z.boolean(),
});
const termDto = z.object({
  id: z.number().int(),
  taxonomy: z.string(),
  code: z.string(),
  parentId: z.number().int().nullable(),
  labelEn: z.string(),
  labelRu: z.string().nullable(),
  labelKk: z.string().nullable(),
});
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const label = z.string().trim().min(1).max(500);

function presentTerm(t: TermRow) {
  return {
    id: t.id,
    taxonomy: t.taxonomy_code,
    code: t.code,
    parentId: t.parent_id,
    labelEn: t.label_en,
    labelRu: t.label_ru,
    labelKk: t.label_kk,
  };
}

export const referenceRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const repository = new ReferenceRepository(db);
  const taxonomies = new TaxonomyRepository(db);

  app.get(
    '/api/states',
    {
      schema: {
        tags: ['reference'],
        summary: 'States with names in en/ru/kk and regional group',
        response: responses(items(stateDto)),
      },
      config: { policy: reference },
    },
    async () => ({
      items: (await new StateRepository(db).list()).map((s) => ({
        iso3: s.iso3,
        iso2: s.iso2,
        m49: s.m49,
        kind: s.kind,
        nameEn: s.name_en,
        nameRu: s.name_ru,
        nameKk: s.name_kk,
        regionalGroup: s.regional_group,
      })),
    }),
  );

  app.get(
    '/api/states/:iso3',
    {
      schema: {
        tags: ['reference'],
        summary: 'One state',
        params: z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/) }),
        response: responses(stateDto),
      },
      config: { policy: reference },
    },
    async (request) => {
      const s = await repository.state(request.params.iso3.toUpperCase());
      if (!s) throw notFound(`no state ${request.params.iso3}`);
      return {
        iso3: s.iso3,
        iso2: s.iso2,
        m49: s.m49,
        kind: s.kind,
        nameEn: s.name_en,
        nameRu: s.name_ru,
        nameKk: s.name_kk,
        regionalGroup: s.regional_group,
      };
    },
  );

  app.get(
    '/api/mechanisms',
    {
      schema: {
        tags: ['reference'],
        summary: 'Mechanisms (UPR, treaty bodies, special procedures)',
        response: responses(items(mechanismDto)),
      },
      config: { policy: reference },
    },
    async () => ({
      items: (await repository.mechanisms()).map((m) => ({
        code: m.code,
        kind: m.kind,
        nameEn: m.name_en,
        nameRu: m.name_ru,
        nameKk: m.name_kk,
      })),
    }),
  );

  app.get(
    '/api/cycles',
    {
      schema: { tags: ['reference'], summary: 'UPR cycles', response: responses(items(cycleDto)) },
      config: { policy: reference },
    },
    async () => ({
      items: (await repository.cycles()).map((c) => ({
        number: c.number,
        firstSession: c.first_session,
        lastSession: c.last_session,
        startYear: c.start_year,
        endYear: c.end_year,
      })),
    }),
  );

  app.get(
    '/api/sessions',
    {
      schema: {
        tags: ['reference'],
        summary: 'UPR Working Group sessions',
        querystring: z.object({ cycle: z.coerce.number().int().min(1).max(9).optional() }),
        response: responses(items(sessionDto)),
      },
      config: { policy: reference },
    },
    async (request) => ({ items: await repository.sessions(request.query.cycle) }),
  );

  app.get(
    '/api/taxonomies',
    {
      schema: { tags: ['taxonomies'], summary: 'Taxonomies', response: responses(items(taxonomyDto)) },
      config: { policy: taxonomyRead },
    },
    async () => ({
      items: (await taxonomies.listTaxonomies()).map((t) => ({
        code: t.code,
        nameEn: t.name_en,
        nameRu: t.name_ru,
        nameKk: t.name_kk,
        multiple: t.multiple === 1,
      })),
    }),
  );

  const taxonomyParams = z.object({ code: z.string().max(50) });

  app.get(
    '/api/taxonomies/:code/terms',
    {
      schema: {
        tags: ['taxonomies'],
        summary: 'Terms of a taxonomy',
        params: taxonomyParams,
        response: responses(items(termDto)),
      },
      config: { policy: taxonomyRead },
    },
    async (request) => {
      if (!(await repository.taxonomy(request.params.code)))
        throw notFound(`no taxonomy ${request.params.code}`);
      return { items: (await taxonomies.listTerms(request.params.code)).map(presentTerm) };
    },
  );

  app.post(
    '/api/taxonomies/:code/terms',
    {
      schema: {
        tags: ['taxonomies'],
        summary: 'Add a term',
        params: taxonomyParams,
        body: z.object({ code: z.string().trim().min(1).max(100), labelEn: label }),
        response: responses(termDto, 201),
      },
      config: { policy: { resource: 'taxonomy', action: 'create' } },
    },
    async (request, reply) => {
      const { code } = request.params;
      if (!(await repository.taxonomy(code))) throw notFound(`no taxonomy ${code}`);
      if (await repository.termByCode(code, request.body.code))
        throw new HttpProblem(409, 'Conflict', `term ${request.body.code} exists in ${code}`);
      const term = await db.transaction().execute(async (trx) => {
        const id = await new TaxonomyRepository(trx).createTerm(
          code,
          request.body.code,
          request.body.labelEn,
        );
        const row = (await new ReferenceRepository(trx).term(id)) as TermRow;
        await new AuditService(trx).record({
          actor: auditActorFrom(request),
          action: 'create',
          entityType: 'term',
          entityId: id,
          after: presentTerm(row),
        });
        return row;
      });
      reply.code(201);
      return presentTerm(term);
    },
  );

  app.patch(
    '/api/terms/:id',
    {
      schema: {
        tags: ['taxonomies'],
        summary: 'Relabel a term (en, ru, kk)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: z.object({
          labelEn: label.optional(),
          labelRu: label.nullable().optional(),
          labelKk: label.nullable().optional(),
        }),
        response: responses(termDto),
      },
      config: { policy: { resource: 'taxonomy', action: 'update' } },
    },
    async (request) => {
      const before = await repository.term(request.params.id);
      if (!before) throw notFound(`no term ${request.params.id}`);
      const { labelEn, labelRu, labelKk } = request.body;
      const after = await db.transaction().execute(async (trx) => {
        const row = await new ReferenceRepository(trx).updateTerm(before.id, {
          ...(labelEn !== undefined ? { label_en: labelEn } : {}),
          ...(labelRu !== undefined ? { label_ru: labelRu } : {}),
          ...(labelKk !== undefined ? { label_kk: labelKk } : {}),
        });
        await new AuditService(trx).record({
          actor: auditActorFrom(request),
          action: 'update',
          entityType: 'term',
          entityId: before.id,
          before: presentTerm(before),
          after: presentTerm(row),
        });
        return row;
      });
      return presentTerm(after);
    },
  );
};
