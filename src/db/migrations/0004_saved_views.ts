/** Saved views of the explorer: a user's named filters, sort and columns (a URL query string). */
import { type AnyDb, idColumn } from './columns.ts';

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('saved_views_user_name')
    .on('saved_views')
    .columns(['user_id', 'name'])
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('saved_views').execute();
}
