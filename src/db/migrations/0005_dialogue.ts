/**
 * The dialogue with civil society: coalition membership, people, alternative reports (themes, linked
 * recommendations, authors, own recommendation items), consultations (participants, agenda, follow-ups),
 * uploaded attachments and public summaries.
 */
import { isPostgresDb } from '../dialect.ts';
import { type AnyDb, idColumn, versioned } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  const postgres = isPostgresDb(db);
  const id = idColumn(db);

  await db.schema
    .createTable('organization_members')
    .addColumn('coalition_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addPrimaryKeyConstraint('organization_members_pk', ['coalition_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', id)
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('name_kk', 'text', (c) => c.notNull())
    .addColumn('position_en', 'text')
    .addColumn('position_ru', 'text')
    .addColumn('position_kk', 'text')
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('alternative_reports')
    .addColumn('id', 'integer', id)
    .addColumn('coalition_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text', (c) => c.notNull())
    .addColumn('coordinating_organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('summary', 'text')
    .addColumn('findings', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text')
    .addColumn('discussed_on', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .addUniqueConstraint('alternative_reports_number', ['coalition_id', 'number'])
    .execute();
  await db.schema
    .createTable('alternative_report_terms')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('alternative_reports.id'))
    .addColumn('term_id', 'integer', (c) => c.notNull().references('terms.id'))
    .addPrimaryKeyConstraint('alternative_report_terms_pk', ['report_id', 'term_id'])
    .execute();
  await db.schema
    .createTable('alternative_report_recommendations')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('alternative_reports.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('alternative_report_recommendations_pk', ['report_id', 'recommendation_id'])
    .execute();
  await db.schema
    .createTable('alternative_report_people')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('alternative_reports.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alternative_report_people_pk', ['report_id', 'person_id', 'role'])
    .execute();
  await db.schema
    .createTable('alternative_report_items')
    .addColumn('id', 'integer', id)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('alternative_reports.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('alternative_report_item_recommendations')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('alternative_report_items.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addPrimaryKeyConstraint('alternative_report_item_recommendations_pk', ['item_id', 'recommendation_id'])
    .execute();

  await db.schema
    .createTable('consultations')
    .addColumn('id', 'integer', id)
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text', (c) => c.notNull())
    .addColumn('title_kk', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('state_iso3', 'text', (c) => c.references('states.iso3'))
    .addColumn('place', 'text')
    .addColumn('link', 'text')
    .addColumn('organizer_organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('chair_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('minutes', 'text')
    .addColumn('decisions', 'text')
    .addColumn('outcome', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(versioned)
    .execute();
  await db.schema
    .createTable('consultation_organizations')
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id'))
    .addPrimaryKeyConstraint('consultation_organizations_pk', ['consultation_id', 'organization_id'])
    .execute();
  await db.schema
    .createTable('consultation_participants')
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_participants_pk', ['consultation_id', 'person_id', 'role'])
    .execute();
  await db.schema
    .createTable('consultation_agenda_items')
    .addColumn('id', 'integer', id)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('alternative_reports.id'))
    .addColumn('term_id', 'integer', (c) => c.references('terms.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.references('recommendations.id'))
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'integer', id)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('owner_organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('follow_up_recommendations')
    .addColumn('follow_up_id', 'integer', (c) => c.notNull().references('follow_ups.id'))
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('recommendations.id'))
    .addPrimaryKeyConstraint('follow_up_recommendations_pk', ['follow_up_id', 'recommendation_id'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', id)
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('content', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['owner_type', 'owner_id'])
    .execute();

  await db.schema
    .createTable('public_summaries')
    .addColumn('id', 'integer', id)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('consultations.id'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .$call(versioned)
    .addUniqueConstraint('public_summaries_lang', ['consultation_id', 'lang'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'public_summaries',
    'attachments',
    'follow_up_recommendations',
    'follow_ups',
    'consultation_agenda_items',
    'consultation_participants',
    'consultation_organizations',
    'consultations',
    'alternative_report_item_recommendations',
    'alternative_report_items',
    'alternative_report_people',
    'alternative_report_recommendations',
    'alternative_report_terms',
    'alternative_reports',
    'people',
    'organization_members',
  ])
    await db.schema.dropTable(table).execute();
}
