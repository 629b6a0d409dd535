/** The registry: reference data (states, mechanisms, cycles, sessions, taxonomies) and recommendations. */
import { type AnyDb, idColumn, versioned } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('states')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text', (c) => c.notNull())
    .addColumn('m49', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('regional_group', 'text')
    .execute();

  await db.schema
    .createTable('state_aliases')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('iso3', 'text', (c) => c.notNull().references('states.iso3'))
    .execute();

  await db.schema
    .createTable('mechanisms')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('cycles')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('first_session', 'integer', (c) => c.notNull())
    .addColumn('last_session', 'integer', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('cycle', 'integer', (c) => c.notNull().references('cycles.number'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('natural_key', 'text', (c) => c.notNull().unique())
    .addColumn('mechanism_code', 'text', (c) => c.notNull().references('mechanisms.code'))
    .addColumn('state_under_review', 'text', (c) => c.notNull().references('states.iso3'))
    .addColumn('cycle', 'integer', (c) => c.references('cycles.number'))
    .addColumn('session', 'integer', (c) => c.references('sessions.number'))
    .addColumn('paragraph', 'text')
    .addColumn('document_symbol', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_lang', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('position_source', 'text')
    .addColumn('action_category', 'integer')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('batch_id', 'integer', (c) => c.references('import_batches.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('recommendations_review')
    .on('recommendations')
    .columns(['state_under_review', 'cycle', 'session'])
    .execute();
  await db.schema.createIndex('recommendations_session').on('recommendations').column('session').execute();
  await db.schema.createIndex('recommendations_position').on('recommendations').column('position').execute();

  await db.schema
    .createTable('recommendation_translations')
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_translations_pk', ['recommendation_id', 'lang'])
    .execute();

  await db.schema
    .createTable('recommending_states')
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('state_iso3', 'text', (c) => c.notNull().references('states.iso3'))
    .addPrimaryKeyConstraint('recommending_states_pk', ['recommendation_id', 'state_iso3'])
    .execute();
  await db.schema
    .createIndex('recommending_states_state')
    .on('recommending_states')
    .column('state_iso3')
    .execute();

  await db.schema
    .createTable('taxonomies')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('multiple', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('terms')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('taxonomy_code', 'text', (c) => c.notNull().references('taxonomies.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('terms.id'))
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_ru', 'text')
    .addColumn('label_kk', 'text')
    .addUniqueConstraint('terms_taxonomy_code', ['taxonomy_code', 'code'])
    .execute();

  await db.schema
    .createTable('term_aliases')
    .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('term_aliases_pk', ['term_id', 'alias'])
    .execute();

  await db.schema
    .createTable('recommendation_terms')
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real')
    .addPrimaryKeyConstraint('recommendation_terms_pk', ['recommendation_id', 'term_id'])
    .execute();
  await db.schema
    .createIndex('recommendation_terms_term')
    .on('recommendation_terms')
    .column('term_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'recommendation_terms',
    'term_aliases',
    'terms',
    'taxonomies',
    'recommending_states',
    'recommendation_translations',
    'recommendations',
    'import_batches',
    'sessions',
    'cycles',
    'mechanisms',
    'state_aliases',
    'states',
    'meta',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
