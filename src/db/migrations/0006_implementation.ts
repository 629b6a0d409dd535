/**
 * Implementation tracking: clusters of recommendations, measures (actions) with their agencies and links,
 * indicators with reporting schedules, progress reports, the government's status override per recommendation
 * and civil society's own assessments.
 */
import { isPostgresDb } from '../dialect.ts';
import { type AnyDb, idColumn, versioned } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  const _postgres = isPostgresDb(db);
  const id = idColumn(db);

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'integer', id)
    .addColumn('state_under_review', 'text', (c) => c.notNull().references('states.iso3'))
    .addColumn('cycle', 'integer')
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('clusters_review')
    .on('clusters')
    .columns(['state_under_review', 'cycle'])
    .execute();
  await db.schema
    .createTable('cluster_recommendations')
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addPrimaryKeyConstraint('cluster_recommendations_pk', ['cluster_id', 'recommendation_id'])
    .execute();
  await db.schema
    .createIndex('cluster_recommendations_recommendation')
    .on('cluster_recommendations')
    .column('recommendation_id')
    .execute();

  await db.schema
    .createTable('measures')
    .addColumn('id', 'integer', id)
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('start_date', 'text')
    .addColumn('target_date', 'text')
    .addColumn('budget_note', 'text')
    .addColumn('expected_outcome', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();
  await db.schema
    .createTable('measure_agencies')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_agencies_pk', ['measure_id', 'agency_id'])
    .execute();
  await db.schema.createIndex('measure_agencies_agency').on('measure_agencies').column('agency_id').execute();
  await db.schema
    .createTable('measure_recommendations')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addPrimaryKeyConstraint('measure_recommendations_pk', ['measure_id', 'recommendation_id'])
    .execute();
  await db.schema
    .createIndex('measure_recommendations_recommendation')
    .on('measure_recommendations')
    .column('recommendation_id')
    .execute();
  await db.schema
    .createTable('measure_clusters')
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id'))
    .addColumn('cluster_id', 'integer', (c) => c.notNull().references('clusters.id'))
    .addPrimaryKeyConstraint('measure_clusters_pk', ['measure_id', 'cluster_id'])
    .execute();
  await db.schema
    .createIndex('measure_clusters_cluster')
    .on('measure_clusters')
    .column('cluster_id')
    .execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'integer', id)
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id'))
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('baseline', 'text')
    .addColumn('target', 'text')
    .addColumn('schedule_start', 'text')
    .addColumn('schedule_end', 'text')
    .addColumn('every_months', 'integer')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();
  await db.schema.createIndex('indicators_measure').on('indicators').column('measure_id').execute();

  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'integer', id)
    .addColumn('measure_id', 'integer', (c) => c.notNull().references('measures.id'))
    .addColumn('indicator_id', 'integer', (c) => c.references('indicators.id'))
    .addColumn('due_date', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_comment', 'text')
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('progress_reports_measure')
    .on('progress_reports')
    .column('measure_id')
    .execute();
  await db.schema
    .createIndex('progress_reports_indicator_due')
    .on('progress_reports')
    .columns(['indicator_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('recommendation_status')
    .addColumn('recommendation_id', 'integer', (c) => c.primaryKey().references('recommendations.id'))
    .addColumn('override_status', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('overridden_by', 'integer', (c) => c.references('users.id'))
    .addColumn('overridden_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('cs_assessments')
    .addColumn('id', 'integer', id)
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'integer', (c) => c.references('users.id'))
    .$call(versioned)
    .addUniqueConstraint('cs_assessments_organization', ['recommendation_id', 'organization_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'cs_assessments',
    'recommendation_status',
    'progress_reports',
    'indicators',
    'measure_clusters',
    'measure_recommendations',
    'measure_agencies',
    'measures',
    'cluster_recommendations',
    'clusters',
  ])
    await db.schema.dropTable(table).execute();
}
