/**
 * The auto-tagging tests' data: Kazakhstan's UPR Info rows (sessions 7 and 20, labeled) and three real texts of
 * session 20 entered again for cycle 3 without any issue or action category, for the model to label.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { sharedData } from '../../test/databases.ts';
import { recommendationInput } from '../../test/recommendations.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { ImportService } from '../imports/import.service.ts';
import type { Actor } from '../policies/policy.ts';
import { RecommendationService } from '../recommendations/recommendation.service.ts';

export const KAZAKHSTAN = sharedData(
  'upr',
  'uprs-terman',
  'derived',
  'kazakhstan-upr-info-sessions-7-20.utf8.csv',
);

export const CORPUS = parse(readFileSync(KAZAKHSTAN), { columns: true }) as Record<string, string>[];
export const UNLABELED = ['Death penalty', 'Disabilities', 'Freedom of religion and belief'].map(
  (issue) => CORPUS.find((r) => r.Session === '20' && r.Issue === issue)?.Text as string,
);

const COORDINATOR: Actor = { userId: 1, role: 'coordinator', agencyId: null, organizationId: null };

/** Imports the labeled rows and enters the unlabeled texts as KAZ cycle 3 (130.1-130.3); their ids. */
export async function seedLabeledAndUnlabeled(db: Kysely<DB>): Promise<number[]> {
  const report = await new ImportService(db).importFile(KAZAKHSTAN);
  if (!report.ok) throw new Error(`import of ${KAZAKHSTAN} failed: ${report.error}`);
  const recommendations = new RecommendationService(db);
  const ids: number[] = [];
  for (const [n, text] of UNLABELED.entries()) {
    const created = await recommendations.create(
      recommendationInput({
        cycle: 3,
        session: 34,
        paragraph: `130.${n + 1}`,
        text,
      }),
      COORDINATOR,
      SYSTEM_ACTOR,
    );
    ids.push(created.id);
  }
  return ids;
}

/** Slovenia's OHCHR thematic lists of cycles 2, 3 and 4 (sessions 20, 34, 48): 632 recommendations with themes. */
export const SLOVENIA_MATRICES = [
  'UPR20__Slovenia_ThematicListRecommendations_E.docx',
  'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
  'upr48-slovenia-thematic-list-of-recommendatio.docx',
].map((file) => sharedData('upr', 'slovenia-tracker', 'original-docx', file));

/** Imports Slovenia's three thematic lists, with their themes. */
export async function importSloveniaMatrices(db: Kysely<DB>): Promise<void> {
  for (const file of SLOVENIA_MATRICES) {
    const report = await new ImportService(db).importFile(file);
    if (!report.ok) throw new Error(`import of ${file} failed: ${report.error}`);
  }
}
