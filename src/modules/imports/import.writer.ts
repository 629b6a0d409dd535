/**
 * Writes one batch of resolved records: new ones inserted, known ones merged (or, for our own template
 * files, replaced), the rest counted. Rows held by the paragraph pairing are written at the end of the file.
 */
import type { Kysely } from 'kysely';
import type { DB, RecommendationRow } from '../../db/schema.ts';
import { type LanguageDetector, languageDetector } from '../languages/language.detector.ts';
import { detectedColumns } from '../languages/language.service.ts';
import {
  type RecommendationLinks,
  RecommendationRepository,
} from '../recommendations/recommendation.repository.ts';
import { TaxonomyRepository } from '../taxonomies/taxonomy.repository.ts';
import { combineRows, type Disagreement, type MergePlan, type Prefer, planMerge } from './import.merge.ts';
import type { ParagraphPairing } from './import.pairing.ts';
import { ImportRepository } from './import.repository.ts';
import type { RecordResolver, ResolvedRecommendation } from './resolve.ts';

export interface BatchCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface WriteContext {
  trx: Kysely<DB>;
  resolver: RecordResolver;
  batchId: number;
  report: {
    createdTerms: { taxonomy: string; code: string; label: string }[];
    disagreements: Disagreement[];
  };
  /** `replace` for our own template files (the file is the record); `merge` for every other source. */
  mode: 'replace' | 'merge';
  prefer?: Prefer;
  /** Pairs paragraph-less rows with a review's paragraphs (merge mode). */
  pairing?: ParagraphPairing;
}

export async function writeBatch(
  context: WriteContext,
  records: ResolvedRecommendation[],
): Promise<BatchCounts> {
  const { trx, batchId } = context;
  await createPendingTerms(trx, records, context.resolver, context.report);
  const repository = new RecommendationRepository(trx);
  const existing = new Map(
    (await repository.findByKeys(records.map((r) => r.naturalKey))).map((row) => [row.natural_key, row]),
  );
  const links = await repository.linksOf([...existing.values()].map((row) => row.id));
  const now = new Date().toISOString();
  const counts: BatchCounts = { added: 0, updated: 0, unchanged: 0 };
  const detector = await languageDetector();

  let fresh = records.filter((r) => !existing.has(r.naturalKey));
  if (context.pairing) fresh = await context.pairing.take(fresh);
  const ids = await repository.insertMany(
    fresh.map((r) => ({
      ...columnsOf(r),
      ...detectedColumns(detector, r.text),
      natural_key: r.naturalKey,
      batch_id: batchId,
      created_at: now,
      updated_at: now,
    })),
  );
  const states: { recommendation_id: number; state_iso3: string }[] = [];
  const terms: { recommendation_id: number; term_id: number; origin: 'imported'; confidence: null }[] = [];
  const translations: Parameters<RecommendationRepository['addTranslations']>[0] = [];
  fresh.forEach((record, i) => {
    const id = ids[i] as number;
    for (const state_iso3 of record.recommendingStates) states.push({ recommendation_id: id, state_iso3 });
    for (const term_id of record.termIds)
      terms.push({ recommendation_id: id, term_id, origin: 'imported', confidence: null });
    for (const [lang, text] of Object.entries(record.translations))
      translations.push({ recommendation_id: id, lang, text, ...detectedColumns(detector, text) });
  });
  await repository.addRecommendingStates(states);
  await repository.addTerms(terms);
  await repository.addTranslations(translations);
  counts.added = fresh.length;

  for (const record of records) {
    const row = existing.get(record.naturalKey);
    if (!row) continue;
    const current = links.get(row.id) as RecommendationLinks;
    if (context.mode === 'merge') {
      const plan = planMerge(row, current, record, context.prefer ? { prefer: context.prefer } : {});
      context.report.disagreements.push(...plan.disagreements);
      if (plan.changed) await applyPlan(repository, detector, row.id, plan, batchId, now);
      counts[plan.changed ? 'updated' : 'unchanged']++;
      continue;
    }
    const change = differences(record, row, current);
    if (!change.any) {
      counts.unchanged++;
      continue;
    }
    if (change.columns)
      await repository.update(row.id, {
        ...columnsOf(record),
        ...detectedColumns(detector, record.text),
        batch_id: batchId,
        updated_at: now,
      });
    else await repository.update(row.id, { batch_id: batchId, updated_at: now });
    if (change.states) await repository.replaceRecommendingStates(row.id, record.recommendingStates);
    if (change.terms) await repository.replaceTerms(row.id, 'imported', record.termIds);
    if (change.translations) await repository.replaceTranslations(row.id, record.translations);
    counts.updated++;
  }
  return counts;
}

/** Merges the rows the pairing held into their paragraphs, one write per paragraph. */
export async function writePaired(context: WriteContext): Promise<BatchCounts> {
  const counts: BatchCounts = { added: 0, updated: 0, unchanged: 0 };
  const groups = context.pairing?.paired() ?? [];
  if (groups.length === 0) return counts;
  const repository = new RecommendationRepository(context.trx);
  const ids = groups.map((g) => g.recordId);
  const rows = await new ImportRepository(context.trx).rowsByIds(ids);
  const links = await repository.linksOf(ids);
  const now = new Date().toISOString();
  const detector = await languageDetector();
  for (const group of groups) {
    const row = rows.get(group.recordId) as RecommendationRow;
    const incoming = combineRows(group.rows);
    const plan = planMerge(row, links.get(row.id) as RecommendationLinks, incoming, {
      fuzzy: true,
      ...(context.prefer ? { prefer: context.prefer } : {}),
    });
    context.report.disagreements.push(...plan.disagreements);
    if (plan.changed) await applyPlan(repository, detector, row.id, plan, context.batchId, now);
    counts[plan.changed ? 'updated' : 'unchanged']++;
  }
  return counts;
}

async function applyPlan(
  repository: RecommendationRepository,
  detector: LanguageDetector,
  id: number,
  plan: MergePlan,
  batchId: number,
  now: string,
): Promise<void> {
  const detected = plan.columns.text === undefined ? {} : detectedColumns(detector, plan.columns.text);
  await repository.update(id, { ...plan.columns, ...detected, batch_id: batchId, updated_at: now });
  await repository.addRecommendingStates(
    plan.addStates.map((state_iso3) => ({ recommendation_id: id, state_iso3 })),
  );
  await repository.addTerms(
    plan.addTerms.map((term_id) => ({
      recommendation_id: id,
      term_id,
      origin: 'imported' as const,
      confidence: null,
    })),
  );
  if (plan.translations) await repository.replaceTranslations(id, plan.translations);
}

function columnsOf(r: ResolvedRecommendation) {
  return {
    mechanism_code: r.mechanism,
    state_under_review: r.stateUnderReview,
    cycle: r.cycle,
    session: r.session,
    paragraph: r.paragraph,
    document_symbol: r.documentSymbol,
    text: r.text,
    text_lang: r.textLang,
    position: r.position,
    position_source: r.positionSource,
    action_category: r.actionCategory,
    archived: r.archived ? 1 : 0,
  };
}

function differences(record: ResolvedRecommendation, row: RecommendationRow, links: RecommendationLinks) {
  const wanted = columnsOf(record);
  const columns = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => wanted[k] !== row[k]);
  const states = record.recommendingStates.join() !== [...links.recommendingStates].sort().join();
  const imported = links.terms
    .filter((t) => t.origin === 'imported')
    .map((t) => t.termId)
    .sort((a, b) => a - b);
  const terms = record.termIds.join() !== imported.join();
  const sortedEntries = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort());
  const translations = sortedEntries(record.translations) !== sortedEntries(links.translations);
  return { any: columns || states || terms || translations, columns, states, terms, translations };
}

/** Creates the terms first met in this batch and replaces their placeholder ids. */
async function createPendingTerms(
  trx: Kysely<DB>,
  records: ResolvedRecommendation[],
  resolver: RecordResolver,
  report: { createdTerms: { taxonomy: string; code: string; label: string }[] },
): Promise<void> {
  const repository = new TaxonomyRepository(trx);
  const real = new Map<number, number>();
  for (const pending of resolver.newTerms.values()) {
    if (pending.id > 0) {
      real.set(pending.id, pending.id);
      continue;
    }
    const placeholder = pending.id;
    if (!records.some((r) => r.termIds.includes(placeholder))) continue;
    const id = await repository.createTerm(pending.taxonomy, pending.code, pending.label);
    real.set(placeholder, id);
    pending.id = id;
    report.createdTerms.push({ taxonomy: pending.taxonomy, code: pending.code, label: pending.label });
  }
  for (const record of records) {
    if (record.termIds.some((id) => id < 0)) {
      record.termIds = record.termIds.map((id) => real.get(id) ?? id).sort((a, b) => a - b);
    }
  }
}
