/** Auto-tagging over HTTP: request schemas and the presenters of suggestions and of the model's evaluation. */
import { z } from 'zod';
import type { Caller } from '../policies/policy.ts';
import { abilities } from '../policies/policy.ts';
import type { SetMetrics } from './classify.metrics.ts';
import type { SuggestedAction, SuggestedTerm, TermLabels } from './classify.repository.ts';
import type { ClassifierStatus } from './classify.service.ts';
import type { TrainingJob } from './classify.training-job.ts';

export const recommendationIdParams = z.object({ id: z.coerce.number().int().positive() });
export const termDecisionParams = z.object({
  id: z.coerce.number().int().positive(),
  termId: z.coerce.number().int().positive(),
});
export const decisionBody = z.object({
  decision: z
    .enum(['accept', 'reject'])
    .describe('accept: the link becomes confirmed; reject: never suggested again'),
});
export const bulkAcceptBody = z.object({
  state: z.string().regex(/^[A-Z]{3}$/, 'an ISO3 code such as KAZ'),
  cycle: z.number().int().min(1),
  taxonomy: z.string().min(1).describe('`upr-info-issue` (or another taxonomy), or `action-category`'),
  minConfidence: z.number().min(0).max(1),
});
export const trainBody = z.object({
  trainSessions: z
    .string()
    .trim()
    .regex(/^\d+(\s*-\s*\d+)?$/, 'a session or a range like 1-16')
    .optional()
    .describe('the sessions to learn from (all when absent)'),
  suggest: z
    .boolean()
    .default(true)
    .describe('then write suggestions for the recommendations without issues or action category'),
});

export const trainingJobDto = z.object({
  id: z.number().int(),
  phase: z.enum(['train', 'suggest', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  startedAt: z.string(),
  startedBy: z.string(),
  finishedAt: z.string().nullable(),
  trainSessions: z.string(),
  suggest: z.boolean(),
  result: z
    .object({
      modelId: z.number().int(),
      examples: z.number().int(),
      suggested: z
        .object({
          recommendations: z.number().int(),
          issues: z.number().int(),
          actions: z.number().int(),
          themes: z.number().int(),
        })
        .nullable(),
    })
    .nullable(),
  error: z.string().nullable(),
});

const abilitiesSchema = z.record(z.string(), z.boolean());
const termLabels = z.object({ en: z.string(), ru: z.string().nullable(), kk: z.string().nullable() });

export const suggestionsDto = z.object({
  terms: z.array(
    z.object({
      termId: z.number().int(),
      taxonomy: z.string(),
      code: z.string(),
      label: z.string(),
      labels: termLabels,
      confidence: z.number(),
    }),
  ),
  actionCategory: z.object({ value: z.number().int(), confidence: z.number() }).nullable(),
  abilities: abilitiesSchema,
});
export type SuggestionsDto = z.infer<typeof suggestionsDto>;

export function presentSuggestions(
  list: { terms: SuggestedTerm[]; action: SuggestedAction | null },
  caller: Caller,
): SuggestionsDto {
  return {
    terms: list.terms.map((t) => ({
      termId: t.termId,
      taxonomy: t.taxonomy,
      code: t.code,
      label: t.label,
      labels: t.labels,
      confidence: t.confidence,
    })),
    actionCategory: list.action
      ? { value: list.action.actionCategory, confidence: list.action.confidence }
      : null,
    abilities: abilities(caller, 'suggestion'),
  };
}

const labelMetrics = z.object({
  label: z.string().describe('an issue code, or an action category 1-5'),
  labels: termLabels.nullable().describe("an issue's label in each language"),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  support: z.number().int(),
});

/** The figures of a set of labels (issues, themes). */
const setMetrics = z.object({
  microF1: z.number(),
  macroF1: z.number(),
  exactMatch: z.number(),
  labels: z.array(labelMetrics),
});

export const classifierDto = z.object({
  model: z
    .object({
      trainedAt: z.string(),
      trainedBy: z.string(),
      trainSessions: z.string(),
      examples: z.number().int(),
      modelBytes: z.number().int(),
      trainingSeconds: z.number(),
      threshold: z.number(),
    })
    .nullable(),
  evaluation: z
    .object({
      trainSessions: z.string(),
      testSessions: z.string(),
      evaluatedAt: z.string(),
      examples: z.number().int(),
      usPerRecommendation: z.number(),
      issues: setMetrics,
      action: z.object({ accuracy: z.number(), macroF1: z.number(), labels: z.array(labelMetrics) }),
      themes: setMetrics
        .nullable()
        .describe('OHCHR themes, when the model learnt them (enough recommendations carry themes)'),
    })
    .nullable(),
  job: trainingJobDto.nullable().describe('the latest training started from the web, running or ended'),
  abilities: abilitiesSchema,
});
export type ClassifierDto = z.infer<typeof classifierDto>;

export function presentClassifier(
  status: ClassifierStatus,
  job: TrainingJob | null,
  caller: Caller,
): ClassifierDto {
  const e = status.evaluation;
  return {
    model: status.model
      ? {
          trainedAt: status.model.trainedAt,
          trainedBy: status.model.trainedBy,
          trainSessions: status.model.trainSessions,
          examples: status.model.examples,
          modelBytes: status.model.modelBytes,
          trainingSeconds: status.model.trainingSeconds,
          threshold: status.model.threshold,
        }
      : null,
    evaluation: e
      ? {
          trainSessions: e.trainSessions,
          testSessions: e.testSessions,
          evaluatedAt: e.evaluatedAt,
          examples: e.evaluation.examples,
          usPerRecommendation: e.usPerRecommendation,
          issues: withTermLabels(e.evaluation.issues, status.issueLabels),
          action: {
            ...e.evaluation.action,
            labels: e.evaluation.action.labels.map((l) => ({ ...l, labels: null })),
          },
          themes: e.evaluation.themes ? withTermLabels(e.evaluation.themes, status.themeLabels) : null,
        }
      : null,
    job,
    abilities: {
      ...abilities(caller, 'classifier'),
      accept: abilities(caller, 'suggestion').update ?? false,
    },
  };
}

/** A set's figures with each label's names in every language. */
function withTermLabels(set: SetMetrics, names: Map<string, TermLabels>) {
  return { ...set, labels: set.labels.map((l) => ({ ...l, labels: names.get(l.label) ?? null })) };
}
