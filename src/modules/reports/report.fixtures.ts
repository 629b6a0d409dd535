/**
 * A small, hand-built review plan for report tests: four recommendations to Kazakhstan in cycle 3, two
 * themes (one with a Kazakh title), three measures with lead agencies, an indicator with a schedule,
 * progress reports in several states and a civil-society assessment that disagrees.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

const AT = '2025-01-10T10:00:00Z';

export async function seedReviewForReports(
  db: Kysely<DB>,
): Promise<{ recommendations: number[]; measures: number[] }> {
  const id = <T extends { id: number }>(row: T) => row.id;
  const agency = id(
    await db
      .insertInto('agencies')
      .values({
        name_en: 'Ministry of Justice',
        name_ru: 'Министерство юстиции',
        name_kk: 'Әділет министрлігі',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const ngo = id(
    await db
      .insertInto('organizations')
      .values({
        name_en: 'Kazakhstan Bureau for Human Rights',
        name_ru: 'Казахстанское бюро по правам человека',
        name_kk: 'Қазақстан адам құқықтары бюросы',
        kind: 'ngo',
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const recs: {
    paragraph: string;
    text: string;
    position: DB['recommendations']['position'];
    ru?: string;
    by: string[];
  }[] = [
    {
      paragraph: '140.1',
      text: 'Ratify the Second Optional Protocol to the ICCPR',
      position: 'supported',
      ru: 'Ратифицировать второй Факультативный протокол к МПГПП',
      by: ['FRA', 'DEU'],
    },
    {
      paragraph: '140.2',
      text: 'Abolish the death penalty in law for all crimes',
      position: 'supported',
      by: ['ITA'],
    },
    { paragraph: '140.3', text: 'Guarantee freedom of peaceful assembly', position: 'noted', by: ['USA'] },
    {
      paragraph: '140.4',
      text: 'Adopt a comprehensive anti-discrimination law',
      position: 'supported_in_part',
      by: ['CAN'],
    },
  ];
  const recommendations: number[] = [];
  for (const [i, r] of recs.entries()) {
    const rid = id(
      await db
        .insertInto('recommendations')
        .values({
          natural_key: `fixture-${i}`,
          mechanism_code: 'UPR',
          state_under_review: 'KAZ',
          cycle: 3,
          session: 34,
          paragraph: r.paragraph,
          document_symbol: 'A/HRC/41/10',
          text: r.text,
          text_lang: 'en',
          position: r.position,
          position_source: null,
          action_category: null,
          archived: 0,
          batch_id: null,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    recommendations.push(rid);
    if (r.ru)
      await db
        .insertInto('recommendation_translations')
        .values({ recommendation_id: rid, lang: 'ru', text: r.ru })
        .execute();
    await db
      .insertInto('recommending_states')
      .values(r.by.map((s) => ({ recommendation_id: rid, state_iso3: s })))
      .execute();
  }
  const cluster = async (en: string, ru: string, kk: string, members: number[]) => {
    const cid = id(
      await db
        .insertInto('clusters')
        .values({
          state_under_review: 'KAZ',
          cycle: 3,
          title_en: en,
          title_ru: ru,
          title_kk: kk,
          description: null,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    await db
      .insertInto('cluster_recommendations')
      .values(members.map((m) => ({ cluster_id: cid, recommendation_id: m })))
      .execute();
    return cid;
  };
  const [r1, r2, r3] = recommendations as [number, number, number, number];
  const deathPenalty = await cluster('Death penalty', 'Смертная казнь', 'Өлім жазасы', [r1, r2]);
  await cluster('Freedom of assembly', 'Свобода собраний', 'Бейбіт жиналыс бостандығы', [r3]);
  const measure = async (en: string, ru: string, kk: string, status: DB['measures']['status']) => {
    const mid = id(
      await db
        .insertInto('measures')
        .values({
          title_en: en,
          title_ru: ru,
          title_kk: kk,
          description: null,
          start_date: '2025-01-01',
          target_date: '2026-06-30',
          budget_note: null,
          expected_outcome: null,
          status,
          created_at: AT,
          updated_at: AT,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    await db
      .insertInto('measure_agencies')
      .values({ measure_id: mid, agency_id: agency, role: 'lead' })
      .execute();
    return mid;
  };
  const m1 = await measure(
    'Draft the ratification law',
    'Подготовить закон о ратификации',
    'Ратификациялау туралы заң жобасын әзірлеу',
    'completed',
  );
  const m2 = await measure(
    'Train judges on the new code',
    'Обучить судей новому кодексу',
    'Судьяларды жаңа кодекске оқыту',
    'in_progress',
  );
  const m3 = await measure(
    'Amend the law on assemblies',
    'Изменить закон о собраниях',
    'Жиналыстар туралы заңға өзгерту енгізу',
    'planned',
  );
  await db
    .insertInto('measure_recommendations')
    .values([
      { measure_id: m1, recommendation_id: r1 },
      { measure_id: m3, recommendation_id: r3 },
    ])
    .execute();
  await db.insertInto('measure_clusters').values({ measure_id: m2, cluster_id: deathPenalty }).execute();
  const indicator = id(
    await db
      .insertInto('indicators')
      .values({
        measure_id: m2,
        name_en: 'Judges trained',
        name_ru: 'Обучено судей',
        name_kk: 'Оқытылған судьялар',
        unit: null,
        baseline: '0',
        target: '300',
        schedule_start: '2025-03-31',
        schedule_end: '2025-12-31',
        every_months: 3,
        created_at: AT,
        updated_at: AT,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  const report = (values: Partial<DB['progress_reports']>) =>
    db
      .insertInto('progress_reports')
      .values({
        measure_id: m2,
        indicator_id: indicator,
        due_date: null,
        text: '',
        value: null,
        links: '[]',
        status: 'draft',
        review_comment: null,
        author_id: null,
        submitted_at: null,
        reviewed_by: null,
        reviewed_at: null,
        created_at: AT,
        updated_at: AT,
        ...values,
      } as never)
      .execute();
  await report({
    due_date: '2025-03-31',
    status: 'approved',
    text: 'Обучено 120 судей в Астане и Алматы',
    value: '120',
    submitted_at: '2025-03-28T09:00:00Z',
    reviewed_at: '2025-04-02T09:00:00Z',
  });
  await report({
    due_date: '2025-06-30',
    status: 'returned',
    text: 'Обучено ещё 40 судей',
    value: '160',
    review_comment: 'Уточните регионы',
  });
  await report({
    measure_id: m1,
    indicator_id: null,
    status: 'approved',
    text: 'Закон о ратификации принят Мажилисом',
    submitted_at: '2025-02-01T09:00:00Z',
    reviewed_at: '2025-02-03T09:00:00Z',
  });
  await db
    .insertInto('cs_assessments')
    .values({
      recommendation_id: r1,
      organization_id: ngo,
      status: 'partially_implemented',
      evidence: null,
      links: '[]',
      assessed_by: null,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
  return { recommendations, measures: [m1, m2, m3] };
}
