/**
 * Auto-tagging rules: train a model from the recommendations whose UPR Info issues were imported or
 * confirmed, evaluate it on other sessions, write its suggestions for recommendations that have none
 * (issues as `suggested` links, the action category apart), and let a person accept or reject them, one
 * by one or in bulk above a confidence. Every write is audited; nothing suggested is ever confirmed unless
 * a person accepts it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { badRequest, notFound } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { type Evaluation, evaluate, type SetMetrics } from './classify.metrics.ts';
import { ClassifierModel, type Prediction, type TrainingExample } from './classify.model.ts';
import {
  ClassifyRepository,
  type ClassifyRow,
  ISSUE_TAXONOMY,
  type RowFilter,
  type TermLabels,
  THEME_TAXONOMY,
} from './classify.repository.ts';
import { type Trained, type Trainer, trainHere } from './classify.trainer.ts';

export const ACTION_TAXONOMY = 'action-category';

export interface SessionRange {
  from: number;
  to: number;
}

/** `1-16` or `7` as a range of sessions; a clear error otherwise. */
export function parseSessions(text: string, what = 'sessions'): SessionRange {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(text);
  if (!match) throw badRequest(`${what}: expected a session or a range like 1-16, got "${text}"`);
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (from < 1 || to < from) throw badRequest(`${what}: "${text}" is not a range of sessions`);
  return { from, to };
}

export const formatSessions = (range: SessionRange | undefined) =>
  range ? (range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`) : 'all';

export interface TrainResult {
  modelId: number;
  examples: number;
  trainingSeconds: number;
  modelBytes: number;
  threshold: number;
}

export interface EvalResult {
  issues: { microF1: number; macroF1: number; exactMatch: number };
  action: { accuracy: number; macroF1: number };
  /** When the model learnt OHCHR themes and some test recommendations carry themes. */
  themes?: { microF1: number; macroF1: number; exactMatch: number };
  usPerRecommendation: number;
  modelBytes: number;
  trainingSeconds: number;
  examples: { train: number; test: number };
  evaluation: Evaluation;
}

export interface StoredEvaluation {
  trainSessions: string;
  testSessions: string;
  evaluatedAt: string;
  usPerRecommendation: number;
  evaluation: Evaluation;
}

export interface ClassifierStatus {
  model: {
    id: number;
    trainedAt: string;
    trainedBy: string;
    trainSessions: string;
    examples: number;
    modelBytes: number;
    trainingSeconds: number;
    threshold: number;
  } | null;
  evaluation: StoredEvaluation | null;
  /** The issues' and the OHCHR themes' labels in each language, by code. */
  issueLabels: Map<string, TermLabels>;
  themeLabels: Map<string, TermLabels>;
}

export type Progress = (phase: 'train' | 'suggest', done: number, total: number) => void;

const asExample = (row: ClassifyRow): TrainingExample => ({
  text: row.text,
  states: row.states,
  issues: row.issues,
  action: row.action,
  themes: row.themes,
  order: row.session,
});

/** What a model learns from: recommendations with confirmed issues or OHCHR themes. */
const labeled = (row: ClassifyRow) => row.issues.length > 0 || row.themes.length > 0;

export class ClassifyService {
  private readonly repository: ClassifyRepository;

  /** `trainer`: where models are trained (this thread by default; the server uses a worker thread). */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly trainer: Trainer = trainHere,
  ) {
    this.repository = new ClassifyRepository(db);
  }

  /** Trains on the labeled recommendations of the sessions (all when none given) and stores the model. */
  async train(
    actor: AuditActor,
    options: { sessions?: SessionRange; seed?: number; onProgress?: Progress } = {},
  ): Promise<TrainResult> {
    const rows = (await this.repository.rows(options.sessions ? { sessions: options.sessions } : {})).filter(
      labeled,
    );
    const trained = await this.fit(rows, options);
    const modelId = await this.store(actor, trained, formatSessions(options.sessions), rows.length);
    return {
      modelId,
      examples: rows.length,
      trainingSeconds: trained.seconds,
      modelBytes: trained.bytes.length,
      threshold: trained.model.threshold,
    };
  }

  /**
   * Trains on `train` sessions, predicts the labeled recommendations of `test` sessions and stores the
   * model with its evaluation (the one coordinators see).
   */
  async evaluate(
    actor: AuditActor,
    options: { train: SessionRange; test: SessionRange; seed?: number; onProgress?: Progress },
  ): Promise<EvalResult> {
    const trainRows = (await this.repository.rows({ sessions: options.train })).filter(labeled);
    const testRows = (await this.repository.rows({ sessions: options.test })).filter(labeled);
    if (testRows.length === 0)
      throw badRequest(`no labeled recommendations in sessions ${formatSessions(options.test)}`);
    const trained = await this.fit(trainRows, options);
    const model = ClassifierModel.deserialize(trained.bytes);
    // CPU time, not wall time: the figure should not depend on what else the machine is doing.
    const started = process.cpuUsage();
    const outcomes = testRows.map((row) => {
      const prediction = model.predict(row);
      return {
        truth: { issues: row.issues, action: row.action, themes: row.themes },
        predicted: {
          issues: prediction.issues.filter((i) => i.chosen).map((i) => i.label),
          action: prediction.action?.label ?? null,
          themes: prediction.themes.filter((t) => t.chosen).map((t) => t.label),
        },
      };
    });
    const used = process.cpuUsage(started);
    const usPerRecommendation = (used.user + used.system) / testRows.length;
    const evaluation = evaluate(outcomes);
    const modelId = await this.store(actor, trained, formatSessions(options.train), trainRows.length);
    const stored: StoredEvaluation = {
      trainSessions: formatSessions(options.train),
      testSessions: formatSessions(options.test),
      evaluatedAt: new Date().toISOString(),
      usPerRecommendation,
      evaluation,
    };
    await this.repository.saveEvaluation(modelId, JSON.stringify(stored), stored.evaluatedAt);
    return {
      issues: headline(evaluation.issues),
      action: { accuracy: evaluation.action.accuracy, macroF1: evaluation.action.macroF1 },
      ...(evaluation.themes ? { themes: headline(evaluation.themes) } : {}),
      usPerRecommendation,
      modelBytes: trained.bytes.length,
      trainingSeconds: trained.seconds,
      examples: { train: trainRows.length, test: testRows.length },
      evaluation,
    };
  }

  /** The latest model and the latest evaluation stored. */
  async status(): Promise<ClassifierStatus> {
    const latest = await this.repository.latestModelSummary();
    const evaluated = await this.repository.latestEvaluation();
    const issues = await this.repository.termsOf(ISSUE_TAXONOMY);
    const themes = await this.repository.termsOf(THEME_TAXONOMY);
    return {
      model: latest
        ? {
            id: latest.id,
            trainedAt: latest.trainedAt,
            trainedBy: latest.trainedBy,
            trainSessions: latest.trainSessions,
            examples: latest.examples,
            modelBytes: latest.modelBytes,
            trainingSeconds: latest.trainingSeconds,
            threshold: latest.threshold,
          }
        : null,
      evaluation: evaluated ? (JSON.parse(evaluated) as StoredEvaluation) : null,
      issueLabels: new Map([...issues].map(([code, term]) => [code, term.labels])),
      themeLabels: new Map([...themes].map(([code, term]) => [code, term.labels])),
    };
  }

  /**
   * Writes the latest model's suggestions for the recommendations of a state and cycle (all when none):
   * issues for those without a confirmed issue, the action category for those without one. Earlier
   * suggestions of those recommendations are replaced; rejected ones are never suggested again.
   */
  async suggest(
    actor: AuditActor,
    filter: { state?: string; cycle?: number; onProgress?: Progress } = {},
  ): Promise<{ recommendations: number; issues: number; actions: number; themes: number; modelId: number }> {
    const stored = await this.repository.latestModel();
    if (!stored) throw badRequest('no model yet: train one first (upr classify train)');
    const model = ClassifierModel.deserialize(stored.model);
    const rowFilter: RowFilter = {};
    if (filter.state) rowFilter.state = filter.state;
    if (filter.cycle !== undefined) rowFilter.cycle = filter.cycle;
    const learnsThemes = (model.parts.themeLabels?.length ?? 0) > 0;
    const rows = (await this.repository.rows(rowFilter)).filter(
      (r) => r.issues.length === 0 || r.action === null || (learnsThemes && r.themes.length === 0),
    );
    const issueIds = await this.repository.termsOf(ISSUE_TAXONOMY);
    const themeIds = learnsThemes ? await this.repository.termsOf(THEME_TAXONOMY) : new Map();
    const rejected = await this.repository.rejections(rows.map((r) => r.id));
    type TermSuggestion = { recommendationId: number; termId: number; confidence: number };
    const issueTerms: TermSuggestion[] = [];
    const themeTerms: TermSuggestion[] = [];
    const actions: { recommendationId: number; actionCategory: number; confidence: number }[] = [];
    /** The chosen labels of one taxonomy as suggested terms, but those rejected before. */
    const suggestTerms = (
      recommendationId: number,
      scores: Prediction['issues'],
      ids: Map<string, { id: number }>,
      into: TermSuggestion[],
    ) => {
      for (const { label, chosen, confidence } of scores) {
        const termId = ids.get(label)?.id;
        if (!chosen || termId === undefined || rejected.terms.has(`${recommendationId}:${termId}`)) continue;
        into.push({ recommendationId, termId, confidence: round(confidence) });
      }
    };
    for (const [n, row] of rows.entries()) {
      const prediction = model.predict(row);
      if (row.issues.length === 0) suggestTerms(row.id, prediction.issues, issueIds, issueTerms);
      if (row.themes.length === 0) suggestTerms(row.id, prediction.themes, themeIds, themeTerms);
      const action = prediction.action;
      if (row.action === null && action && !rejected.actions.has(`${row.id}:${action.label}`))
        actions.push({
          recommendationId: row.id,
          actionCategory: action.label,
          confidence: round(action.confidence),
        });
      if (n % 500 === 0) {
        filter.onProgress?.('suggest', n, rows.length);
        // Let the server answer other requests between batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    filter.onProgress?.('suggest', rows.length, rows.length);
    const at = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await new ClassifyRepository(trx).replaceSuggestions(
        rows.map((r) => r.id),
        [...issueTerms, ...themeTerms],
        actions,
        stored.id,
        at,
      );
      await new AuditService(trx).record({
        actor,
        action: 'suggest',
        entityType: 'classifier',
        entityId: stored.id,
        after: {
          state: filter.state ?? null,
          cycle: filter.cycle ?? null,
          recommendations: rows.length,
          issues: issueTerms.length,
          actions: actions.length,
          themes: themeTerms.length,
        },
      });
    });
    return {
      recommendations: rows.length,
      issues: issueTerms.length,
      actions: actions.length,
      themes: themeTerms.length,
      modelId: stored.id,
    };
  }

  /** The suggestions of one recommendation: issues (and any suggested term) and the action category. */
  async suggestionsOf(recommendationId: number) {
    const [terms, actions] = await Promise.all([
      this.repository.suggestedTerms({ recommendationId }),
      this.repository.suggestedActions({ recommendationId }),
    ]);
    return { terms, action: actions[0] ?? null };
  }

  /** Accepts or rejects one suggested term: accepted, it becomes a `manual` link; rejected, it goes for good. */
  async decideTerm(
    actor: AuditActor,
    recommendationId: number,
    termId: number,
    accept: boolean,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new ClassifyRepository(trx);
      const suggestion = (await repository.suggestedTerms({ recommendationId })).find(
        (t) => t.termId === termId,
      );
      if (!suggestion) throw notFound(`recommendation ${recommendationId} has no suggested term ${termId}`);
      if (accept) await repository.confirmTerm(recommendationId, termId);
      else {
        await repository.deleteSuggestedTerm(recommendationId, termId);
        await repository.recordRejection({
          recommendationId,
          termId,
          actionCategory: null,
          at: new Date().toISOString(),
          by: actor.label,
        });
      }
      await repository.touch(recommendationId, new Date().toISOString());
      await new AuditService(trx).record({
        actor,
        action: accept ? 'accept-suggestion' : 'reject-suggestion',
        entityType: 'recommendation',
        entityId: recommendationId,
        before: {
          term: `${suggestion.taxonomy}:${suggestion.code}`,
          origin: 'suggested',
          confidence: suggestion.confidence,
        },
        after: accept ? { term: `${suggestion.taxonomy}:${suggestion.code}`, origin: 'manual' } : null,
      });
    });
  }

  /** Accepts or rejects the suggested action category of one recommendation. */
  async decideAction(actor: AuditActor, recommendationId: number, accept: boolean): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new ClassifyRepository(trx);
      const [suggestion] = await repository.suggestedActions({ recommendationId });
      if (!suggestion) throw notFound(`recommendation ${recommendationId} has no suggested action category`);
      const at = new Date().toISOString();
      await repository.deleteSuggestedAction(recommendationId);
      if (accept) await repository.setActionCategory(recommendationId, suggestion.actionCategory, at);
      else
        await repository.recordRejection({
          recommendationId,
          termId: null,
          actionCategory: suggestion.actionCategory,
          at,
          by: actor.label,
        });
      await new AuditService(trx).record({
        actor,
        action: accept ? 'accept-suggestion' : 'reject-suggestion',
        entityType: 'recommendation',
        entityId: recommendationId,
        before: {
          actionCategory: null,
          suggested: suggestion.actionCategory,
          confidence: suggestion.confidence,
        },
        after: accept ? { actionCategory: suggestion.actionCategory } : null,
      });
    });
  }

  /**
   * Accepts every suggestion of a taxonomy (or `action-category`) at or above a confidence, for a state
   * and cycle: the review a coordinator signs off in one go. Returns how many were accepted.
   */
  async bulkAccept(
    actor: AuditActor,
    input: { state: string; cycle: number; taxonomy: string; minConfidence: number },
  ): Promise<{ accepted: number }> {
    if (input.minConfidence < 0 || input.minConfidence > 1)
      throw badRequest('minConfidence: a confidence between 0 and 1');
    return this.db.transaction().execute(async (trx) => {
      const repository = new ClassifyRepository(trx);
      const audit = new AuditService(trx);
      const at = new Date().toISOString();
      const filter = { state: input.state, cycle: input.cycle, minConfidence: input.minConfidence };
      if (input.taxonomy === ACTION_TAXONOMY) {
        const list = await repository.suggestedActions(filter);
        for (const s of list) {
          await repository.deleteSuggestedAction(s.recommendationId);
          await repository.setActionCategory(s.recommendationId, s.actionCategory, at);
        }
        await audit.record(
          ...list.map((s) => ({
            actor,
            action: 'accept-suggestion',
            entityType: 'recommendation',
            entityId: s.recommendationId,
            before: { actionCategory: null, suggested: s.actionCategory, confidence: s.confidence },
            after: { actionCategory: s.actionCategory },
          })),
        );
        return { accepted: list.length };
      }
      const list = await repository.suggestedTerms({ ...filter, taxonomy: input.taxonomy });
      for (const s of list) await repository.confirmTerm(s.recommendationId, s.termId);
      for (const id of new Set(list.map((s) => s.recommendationId))) await repository.touch(id, at);
      await audit.record(
        ...list.map((s) => ({
          actor,
          action: 'accept-suggestion',
          entityType: 'recommendation',
          entityId: s.recommendationId,
          before: { term: `${s.taxonomy}:${s.code}`, origin: 'suggested', confidence: s.confidence },
          after: { term: `${s.taxonomy}:${s.code}`, origin: 'manual' },
        })),
      );
      return { accepted: list.length };
    });
  }

  private async fit(
    rows: ClassifyRow[],
    options: { seed?: number; onProgress?: Progress },
  ): Promise<Trained> {
    if (rows.length === 0) throw badRequest('no recommendations with imported UPR Info issues to learn from');
    return this.trainer(rows.map(asExample), {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      onProgress: (done, total) => options.onProgress?.('train', done, total),
    });
  }

  private async store(
    actor: AuditActor,
    trained: Trained,
    trainSessions: string,
    examples: number,
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const id = await new ClassifyRepository(trx).insertModel({
        trainedAt: new Date().toISOString(),
        trainedBy: actor.label,
        trainSessions,
        examples,
        threshold: trained.model.threshold,
        model: trained.bytes,
        modelBytes: trained.bytes.length,
        trainingSeconds: trained.seconds,
      });
      await new AuditService(trx).record({
        actor,
        action: 'train',
        entityType: 'classifier',
        entityId: id,
        after: {
          trainSessions,
          examples,
          modelBytes: trained.bytes.length,
          threshold: trained.model.threshold,
        },
      });
      return id;
    });
  }
}

/** A set of labels' figures without the per label ones. */
function headline({ microF1, macroF1, exactMatch }: SetMetrics) {
  return { microF1, macroF1, exactMatch };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export { ISSUE_TAXONOMY };
