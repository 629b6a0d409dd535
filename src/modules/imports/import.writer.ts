/** Writes one batch of resolved records: new ones inserted, changed ones updated, the rest counted. */
import type { Kysely } from 'kysely';
import type { DB, RecommendationRow } from '../../db/schema.ts';
import {
  type RecommendationLinks,
  RecommendationRepository,
} from '../recommendations/recommendation.repository.ts';
import { TaxonomyRepository } from '../taxonomies/taxonomy.repository.ts';
import type { RecordResolver, ResolvedRecommendation } from './resolve.ts';

export interface BatchCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export async function writeBatch(
  trx: Kysely<DB>,
  records: ResolvedRecommendation[],
  resolver: RecordResolver,
  batchId: number,
  report: { createdTerms: { taxonomy: string; code: string; label: string }[] },
): Promise<BatchCounts> {
  await createPendingTerms(trx, records, resolver, report);
  const repository = new RecommendationRepository(trx);
  const existing = new Map(
    (await repository.findByKeys(records.map((r) => r.naturalKey))).map((row) => [row.natural_key, row]),
  );
  const links = await repository.linksOf([...existing.values()].map((row) => row.id));
  const now = new Date().toISOString();
  const counts: BatchCounts = { added: 0, updated: 0, unchanged: 0 };

  const fresh = records.filter((r) => !existing.has(r.naturalKey));
  const ids = await repository.insertMany(
    fresh.map((r) => ({
      ...columnsOf(r),
      natural_key: r.naturalKey,
      batch_id: batchId,
      created_at: now,
      updated_at: now,
    })),
  );
  const states: { recommendation_id: number; state_iso3: string }[] = [];
  const terms: { recommendation_id: number; term_id: number; origin: 'imported'; confidence: null }[] = [];
  const translations: { recommendation_id: number; lang: string; text: string }[] = [];
  fresh.forEach((record, i) => {
    const id = ids[i] as number;
    for (const state_iso3 of record.recommendingStates) states.push({ recommendation_id: id, state_iso3 });
    for (const term_id of record.termIds)
      terms.push({ recommendation_id: id, term_id, origin: 'imported', confidence: null });
    for (const [lang, text] of Object.entries(record.translations))
      translations.push({ recommendation_id: id, lang, text });
  });
  await repository.addRecommendingStates(states);
  await repository.addTerms(terms);
  await repository.addTranslations(translations);
  counts.added = fresh.length;

  for (const record of records) {
    const row = existing.get(record.naturalKey);
    if (!row) continue;
    const current = links.get(row.id) as RecommendationLinks;
    const change = differences(record, row, current);
    if (!change.any) {
      counts.unchanged++;
      continue;
    }
    if (change.columns)
      await repository.update(row.id, { ...columnsOf(record), batch_id: batchId, updated_at: now });
    else await repository.update(row.id, { batch_id: batchId, updated_at: now });
    if (change.states) await repository.replaceRecommendingStates(row.id, record.recommendingStates);
    if (change.terms) await repository.replaceTerms(row.id, 'imported', record.termIds);
    if (change.translations) await repository.replaceTranslations(row.id, record.translations);
    counts.updated++;
  }
  return counts;
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
