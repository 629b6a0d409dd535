/**
 * The implementation status of a recommendation, as the government reports it and as civil society assesses it.
 *
 * The government's status is derived from the measures answering the recommendation (linked to it directly or
 * through one of its clusters; archived measures do not count), unless the coordinator overrides it with a
 * reason. The rule, in order:
 *   1. cancelled measures are left out: a cancelled plan implements nothing;
 *   2. no measure left → `not_started` (only an override may say `not_applicable`, with its reason);
 *   3. every measure completed → `implemented`;
 *   4. some completed → `partially_implemented`;
 *   5. any in progress → `in_progress`;
 *   6. otherwise (all planned) → `not_started`.
 * The recommendation is in disagreement when a civil-society assessment differs from the government's status.
 */
import type { Kysely } from 'kysely';
import {
  type DB,
  IMPLEMENTATION_STATUS_VALUES,
  type ImplementationStatus,
  type MeasureStatus,
} from '../../db/schema.ts';
import { StatusRepository } from './status.repository.ts';

export const IMPLEMENTATION_STATUSES = IMPLEMENTATION_STATUS_VALUES;
export type { ImplementationStatus };

export function deriveStatus(measureStatuses: readonly MeasureStatus[]): ImplementationStatus {
  const active = measureStatuses.filter((s) => s !== 'cancelled');
  if (active.length === 0) return 'not_started';
  const completed = active.filter((s) => s === 'completed').length;
  if (completed === active.length) return 'implemented';
  if (completed > 0) return 'partially_implemented';
  if (active.includes('in_progress')) return 'in_progress';
  return 'not_started';
}

export interface ImplementationStatusView {
  derived: ImplementationStatus;
  override: { status: ImplementationStatus; reason: string | null } | null;
  /** What the government reports: the override if any, else the derived status. */
  government: ImplementationStatus;
  civilSociety: { organizationId: number; status: ImplementationStatus }[];
  disagreement: boolean;
}

/** Whether any civil-society assessment differs from the government's status. */
export function disagrees(
  government: ImplementationStatus,
  civilSociety: { status: ImplementationStatus }[],
) {
  return civilSociety.some((a) => a.status !== government);
}

/**
 * The statuses of the given recommendations, every id present in the result (one query per table).
 *
 * @example const statuses = await implementationStatuses(db, [1, 2]); statuses.get(1)?.government
 */
export async function implementationStatuses(
  db: Kysely<DB>,
  recommendationIds: number[],
): Promise<Map<number, ImplementationStatusView>> {
  const facts = await new StatusRepository(db).facts(recommendationIds);
  const result = new Map<number, ImplementationStatusView>();
  for (const id of recommendationIds) {
    const derived = deriveStatus(facts.measures.get(id) ?? []);
    const override = facts.overrides.get(id) ?? null;
    const government = override?.status ?? derived;
    const civilSociety = facts.assessments.get(id) ?? [];
    result.set(id, {
      derived,
      override,
      government,
      civilSociety,
      disagreement: disagrees(government, civilSociety),
    });
  }
  return result;
}
