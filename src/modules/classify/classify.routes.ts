/** HTTP routes of auto-tagging: a recommendation's suggestions, accepting or rejecting them, the model's evaluation. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { auditActorFrom, callerOf } from '../../http/auth.ts';
import { okSchema, responses } from '../../http/responses.ts';
import { TrainingJobs } from './classify.jobs.ts';
import {
  bulkAcceptBody,
  classifierDto,
  decisionBody,
  presentClassifier,
  presentSuggestions,
  recommendationIdParams,
  suggestionsDto,
  termDecisionParams,
  trainBody,
  trainingJobDto,
} from './classify.schema.ts';
import { ClassifyService, parseSessions } from './classify.service.ts';
import { trainInWorker } from './classify.trainer.ts';

const tags = ['auto-tagging'];
const readSuggestions = { resource: 'suggestion', action: 'read' } as const;
const decide = { resource: 'suggestion', action: 'update' } as const;
const readClassifier = { resource: 'classifier', action: 'read' } as const;
const train = { resource: 'classifier', action: 'update' } as const;

export const classifyRoutes: FastifyPluginAsyncZod<{ db: Kysely<DB> }> = async (app, { db }) => {
  const service = new ClassifyService(db, trainInWorker);
  const jobs = new TrainingJobs(service);
  // A training still running when the server closes ends before the database is closed.
  app.addHook('onClose', () => jobs.settled());

  app.get(
    '/api/recommendations/:id/suggestions',
    {
      schema: {
        tags,
        summary: "A recommendation's suggested issues and action category, with the model's confidence",
        params: recommendationIdParams,
        response: responses(suggestionsDto),
      },
      config: { policy: readSuggestions },
    },
    async (request) => presentSuggestions(await service.suggestionsOf(request.params.id), callerOf(request)),
  );

  app.post(
    '/api/recommendations/:id/suggestions/terms/:termId',
    {
      schema: {
        tags,
        summary: 'Accept (it becomes a confirmed link) or reject a suggested term',
        params: termDecisionParams,
        body: decisionBody,
        response: responses(okSchema),
      },
      config: { policy: decide },
    },
    async (request) => {
      const { id, termId } = request.params;
      await service.decideTerm(auditActorFrom(request), id, termId, request.body.decision === 'accept');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/recommendations/:id/suggestions/action-category',
    {
      schema: {
        tags,
        summary: 'Accept (it becomes the action category) or reject the suggested action category',
        params: recommendationIdParams,
        body: decisionBody,
        response: responses(okSchema),
      },
      config: { policy: decide },
    },
    async (request) => {
      await service.decideAction(
        auditActorFrom(request),
        request.params.id,
        request.body.decision === 'accept',
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/suggestions/accept',
    {
      schema: {
        tags,
        summary: "Accept every suggestion of a taxonomy at or above a confidence, in one state's cycle",
        body: bulkAcceptBody,
        response: responses(z.object({ accepted: z.number().int() })),
      },
      config: { policy: decide },
    },
    async (request) => service.bulkAccept(auditActorFrom(request), request.body),
  );

  app.get(
    '/api/classifier',
    {
      schema: {
        tags,
        summary: 'The auto-tagging model and its last evaluation (per label precision, recall, F1, support)',
        response: responses(classifierDto),
      },
      config: { policy: readClassifier },
    },
    async (request) => presentClassifier(await service.status(), jobs.latest, callerOf(request)),
  );

  app.post(
    '/api/classifier/train',
    {
      schema: {
        tags,
        summary:
          'Train a model on the labeled recommendations (in the background), then suggest for the unlabeled; poll GET /api/classifier for its progress',
        body: trainBody,
        response: responses(trainingJobDto, 202),
      },
      config: { policy: train },
    },
    async (request, reply) => {
      const { trainSessions, suggest } = request.body;
      const sessions = trainSessions ? parseSessions(trainSessions, 'trainSessions') : undefined;
      const job = jobs.start(auditActorFrom(request), { ...(sessions ? { sessions } : {}), suggest });
      return reply.code(202).send(job);
    },
  );
};
