/**
 * Seeds the reference data every database needs: states with aliases, mechanisms, cycles, sessions and
 * the built-in taxonomies. Safe to run on every start: it adds what is missing and refreshes labels.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CYCLES, MECHANISMS, sessions } from '../modules/reference/reference-data.ts';
import { normalizeStateName, referenceStates } from '../modules/states/state-names.ts';
import { SEED_TAXONOMIES } from '../modules/taxonomies/taxonomy.seed-data.ts';
import { normalizeLabel } from '../modules/taxonomies/term-label.ts';
import { insertBatchSize } from './dialect.ts';
import type { DB } from './schema.ts';

/** Seeds what is missing or changed; a fingerprint of the reference data makes repeated starts cheap. */
export async function seedReferenceData(db: Kysely<DB>): Promise<void> {
  const fingerprint = createHash('sha1')
    .update(JSON.stringify([referenceStates(), MECHANISMS, CYCLES, sessions(), SEED_TAXONOMIES]))
    .digest('hex');
  const current = await db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'reference_data')
    .executeTakeFirst();
  if (current?.value === fingerprint) return;
  await db.transaction().execute(async (trx) => {
    await seedStates(trx);
    await seedFrame(trx);
    await seedTaxonomies(trx);
    await trx
      .insertInto('meta')
      .values({ key: 'reference_data', value: fingerprint })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
      .execute();
  });
}

async function seedStates(db: Kysely<DB>): Promise<void> {
  const states = referenceStates();
  for (const s of states) {
    const row = {
      iso3: s.iso3,
      iso2: s.iso2,
      m49: s.m49,
      kind: s.kind,
      name_en: s.nameEn,
      name_ru: s.nameRu,
      name_kk: s.nameKk,
      regional_group: s.regionalGroup,
    };
    await db
      .insertInto('states')
      .values(row)
      .onConflict((oc) => oc.column('iso3').doUpdateSet(row))
      .execute();
  }
  // An alias claimed by two states is ambiguous ("Congo"): it resolves to neither, unless listed as extra.
  const owners = new Map<string, Set<string>>();
  for (const s of states) {
    for (const alias of [s.nameEn, ...s.aliases]) {
      const key = normalizeStateName(alias);
      if (!key) continue;
      owners.set(key, (owners.get(key) ?? new Set()).add(s.iso3));
    }
  }
  const rows = [...owners]
    .filter(([, iso]) => iso.size === 1)
    .map(([alias, iso]) => ({ alias, iso3: [...iso][0] as string }));
  for (const [alias, iso] of owners) {
    if (iso.size > 1) {
      const preferred = states.find((s) => iso.has(s.iso3) && normalizeStateName(s.nameEn) === alias);
      if (preferred) rows.push({ alias, iso3: preferred.iso3 });
    }
  }
  const size = insertBatchSize(2);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto('state_aliases')
      .values(rows.slice(i, i + size))
      .onConflict((oc) => oc.column('alias').doUpdateSet((eb) => ({ iso3: eb.ref('excluded.iso3') })))
      .execute();
  }
}

async function seedFrame(db: Kysely<DB>): Promise<void> {
  for (const m of MECHANISMS) {
    const row = { code: m.code, kind: m.kind, name_en: m.nameEn, name_ru: m.nameRu, name_kk: m.nameKk };
    await db
      .insertInto('mechanisms')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet(row))
      .execute();
  }
  for (const c of CYCLES) {
    const row = {
      number: c.number,
      first_session: c.firstSession,
      last_session: c.lastSession,
      start_year: c.startYear,
      end_year: c.endYear,
    };
    await db
      .insertInto('cycles')
      .values(row)
      .onConflict((oc) => oc.column('number').doUpdateSet(row))
      .execute();
  }
  await db
    .insertInto('sessions')
    .values(sessions())
    .onConflict((oc) => oc.column('number').doUpdateSet((eb) => ({ year: eb.ref('excluded.year') })))
    .execute();
}

async function seedTaxonomies(db: Kysely<DB>): Promise<void> {
  for (const t of SEED_TAXONOMIES) {
    const row = {
      code: t.code,
      name_en: t.nameEn,
      name_ru: t.nameRu,
      name_kk: t.nameKk,
      multiple: t.multiple ? 1 : 0,
    };
    await db
      .insertInto('taxonomies')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet(row))
      .execute();
    const existing = new Map(
      (await db.selectFrom('terms').select(['id', 'code']).where('taxonomy_code', '=', t.code).execute()).map(
        (r) => [r.code, r.id],
      ),
    );
    const aliasRows: { term_id: number; alias: string }[] = [];
    for (const term of t.terms) {
      const values = {
        taxonomy_code: t.code,
        code: term.code,
        parent_id: term.parent ? (existing.get(term.parent) ?? null) : null,
        label_en: term.labelEn,
        label_ru: term.labelRu,
        label_kk: term.labelKk,
      };
      let id = existing.get(term.code);
      if (id === undefined) {
        const inserted = await db
          .insertInto('terms')
          .values(values)
          .returning('id')
          .executeTakeFirstOrThrow();
        id = inserted.id;
        existing.set(term.code, id);
      } else {
        await db.updateTable('terms').set(values).where('id', '=', id).execute();
      }
      for (const alias of new Set([term.labelEn, ...(term.aliases ?? [])].map(normalizeLabel))) {
        aliasRows.push({ term_id: id, alias });
      }
    }
    const size = insertBatchSize(2);
    for (let i = 0; i < aliasRows.length; i += size) {
      await db
        .insertInto('term_aliases')
        .values(aliasRows.slice(i, i + size))
        .onConflict((oc) => oc.columns(['term_id', 'alias']).doNothing())
        .execute();
    }
  }
}
