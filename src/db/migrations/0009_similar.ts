/**
 * Languages and similar recommendations: the language detected in each text (beside the declared
 * `text_lang`), and the precomputed links from a recommendation to the similar ones its state received
 * in earlier cycles ("repeated recommendations").
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped database on purpose
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  for (const table of ['recommendations', 'recommendation_translations']) {
    await db.schema.alterTable(table).addColumn('detected_lang', 'text').execute();
    await db.schema.alterTable(table).addColumn('detected_lang_confidence', 'real').execute();
  }
  await db.schema
    .createTable('recommendation_repeats')
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('earlier_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_repeats_pk', ['recommendation_id', 'earlier_id'])
    .execute();
  // The similar-recommendations index is rebuilt when max(updated_at) moves: read from this index, not a scan.
  await db.schema
    .createIndex('recommendations_updated_at')
    .ifNotExists()
    .on('recommendations')
    .column('updated_at')
    .execute();
  await db.schema
    .createIndex('recommendation_repeats_earlier')
    .on('recommendation_repeats')
    .column('earlier_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('recommendation_repeats').execute();
  await db.schema.dropIndex('recommendations_updated_at').ifExists().execute();
  for (const table of ['recommendations', 'recommendation_translations']) {
    await db.schema.alterTable(table).dropColumn('detected_lang_confidence').execute();
    await db.schema.alterTable(table).dropColumn('detected_lang').execute();
  }
}
