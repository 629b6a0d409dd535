/** Accounts, sign-in sessions, API tokens, agencies, organizations, the audit trail and publishing. */
import { type AnyDb, idColumn, versioned } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('agency_id', 'integer', (c) => c.references('agencies.id'))
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('ru'))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('user_sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_sessions_user').on('user_sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('diff_json', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_user_id').execute();

  await db.schema
    .createTable('recommendation_agencies')
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('recommendation_agencies_pk', ['recommendation_id', 'agency_id'])
    .execute();
  await db.schema
    .createIndex('recommendation_agencies_agency')
    .on('recommendation_agencies')
    .column('agency_id')
    .execute();

  // Everything in the registry so far came from UN documents, which are public.
  await db.schema
    .alterTable('recommendations')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Covers the list's most common filters (cycle, position, and the public's archived/published), so
  // that counting a filtered list reads the index only.
  await db.schema
    .createIndex('recommendations_cycle_position')
    .on('recommendations')
    .columns(['cycle', 'position', 'archived', 'published'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('recommendations_cycle_position').execute();
  await db.schema.alterTable('recommendations').dropColumn('published').execute();
  for (const table of [
    'recommendation_agencies',
    'audit_log',
    'api_tokens',
    'user_sessions',
    'users',
    'organizations',
    'agencies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
