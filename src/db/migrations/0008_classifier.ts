/**
 * Auto-tagging: the trained models (bytes and their last evaluation), the action categories the model
 * suggests (apart from the imported `recommendations.action_category`, so that a suggestion is never read
 * as confirmed), and the suggestions people rejected (never suggested again). Suggested issues and themes
 * live in `recommendation_terms` with `origin = 'suggested'`.
 */
import { isPostgresDb } from '../dialect.ts';
import { type AnyDb, idColumn } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  const postgres = isPostgresDb(db);
  const id = idColumn(db);

  await db.schema
    .createTable('classifier_models')
    .addColumn('id', 'integer', id)
    .addColumn('trained_at', 'text', (c) => c.notNull())
    .addColumn('trained_by', 'text', (c) => c.notNull())
    .addColumn('train_sessions', 'text', (c) => c.notNull())
    .addColumn('examples', 'integer', (c) => c.notNull())
    .addColumn('threshold', 'real', (c) => c.notNull())
    .addColumn('model', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('model_bytes', 'integer', (c) => c.notNull())
    .addColumn('training_seconds', 'real', (c) => c.notNull())
    .addColumn('evaluation_json', 'text')
    .addColumn('evaluated_at', 'text')
    .execute();

  await db.schema
    .createTable('action_category_suggestions')
    .addColumn('recommendation_id', 'integer', (c) => c.primaryKey().references('recommendations.id'))
    .addColumn('action_category', 'integer', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('model_id', 'integer', (c) => c.notNull().references('classifier_models.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('suggestion_rejections')
    .addColumn('id', 'integer', id)
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('term_id', 'integer', (c) => c.references('terms.id'))
    .addColumn('action_category', 'integer')
    .addColumn('rejected_at', 'text', (c) => c.notNull())
    .addColumn('rejected_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('suggestion_rejections_recommendation')
    .on('suggestion_rejections')
    .column('recommendation_id')
    .execute();
  await db.schema
    .createIndex('recommendation_terms_origin')
    .on('recommendation_terms')
    .columns(['origin', 'recommendation_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('recommendation_terms_origin').execute();
  await db.schema.dropTable('suggestion_rejections').execute();
  await db.schema.dropTable('action_category_suggestions').execute();
  await db.schema.dropTable('classifier_models').execute();
}
