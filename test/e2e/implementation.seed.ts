/**
 * A small implementation plan for the browser tests, made through the services on top of the dialogue's
 * fixture recommendations (`upr demo seed-event`, Kazakhstan, third cycle): three agencies, a civil-society
 * organization, a coordinator, a focal point of the Ministry of Justice and a contributor (one password);
 * two theme clusters; a measure led by the Ministry of Justice with a six-monthly indicator and a submitted
 * report, and a measure led by the Ministry of Internal Affairs.
 */
import type { Kysely } from 'kysely';
import { seedEvent, serviceClient } from '../../src/cli/demo-event.ts';
import type { DB } from '../../src/db/schema.ts';
import { AgencyService } from '../../src/modules/agencies/agency.service.ts';
import { SYSTEM_ACTOR } from '../../src/modules/audit/audit.service.ts';
import { ClusterService } from '../../src/modules/implementation/cluster.service.ts';
import { MeasureService } from '../../src/modules/implementation/measure.service.ts';
import { ProgressReportService } from '../../src/modules/implementation/progress-report.service.ts';
import { OrganizationService } from '../../src/modules/organizations/organization.service.ts';
import type { Actor } from '../../src/modules/policies/policy.ts';
import { UserService } from '../../src/modules/users/user.service.ts';

export const PASSWORD = 'correct horse battery staple 42';
export const COORDINATOR = 'coordinator@example.org';
export const FOCAL_POINT = 'focal.justice@example.org';
export const CONTRIBUTOR = 'monitor@example.org';

export interface SeededPlan {
  justice: number;
  interior: number;
  ojsc: number;
  deathPenalty: number[];
  justiceRecs: number[];
  ratify: number;
  police: number;
  submitted: number;
}

export async function seedPlan(db: Kysely<DB>): Promise<SeededPlan> {
  const seeded = await seedEvent(serviceClient(db, SYSTEM_ACTOR));
  const agencies = new AgencyService(db);
  const justice = await agencies.create(
    {
      nameEn: 'Ministry of Justice',
      nameRu: 'Министерство юстиции',
      nameKk: 'Әділет министрлігі',
    },
    SYSTEM_ACTOR,
  );
  const interior = await agencies.create(
    {
      nameEn: 'Ministry of Internal Affairs',
      nameRu: 'Министерство внутренних дел',
      nameKk: 'Ішкі істер министрлігі',
    },
    SYSTEM_ACTOR,
  );
  const prosecutor = await agencies.create(
    {
      nameEn: 'Prosecutor General’s Office',
      nameRu: 'Генеральная прокуратура',
      nameKk: 'Бас прокуратура',
    },
    SYSTEM_ACTOR,
  );
  const ojsc = await new OrganizationService(db).create(
    {
      nameEn: 'Public Monitoring Commission',
      nameRu: 'Общественная наблюдательная комиссия',
      nameKk: 'Қоғамдық бақылау комиссиясы',
      kind: 'ngo',
    },
    SYSTEM_ACTOR,
  );
  const users = new UserService(db);
  const { user: coordinator } = await users.create(
    { email: COORDINATOR, role: 'coordinator', password: PASSWORD, locale: 'en' },
    SYSTEM_ACTOR,
  );
  const { user: focal } = await users.create(
    {
      email: FOCAL_POINT,
      role: 'agency_focal_point',
      agencyId: justice.id,
      password: PASSWORD,
      locale: 'en',
    },
    SYSTEM_ACTOR,
  );
  await users.create(
    {
      email: CONTRIBUTOR,
      role: 'cs_contributor',
      organizationId: ojsc.id,
      password: PASSWORD,
      locale: 'en',
    },
    SYSTEM_ACTOR,
  );
  const asCoordinator: Actor = {
    userId: coordinator.id,
    role: 'coordinator',
    agencyId: null,
    organizationId: null,
  };
  const asFocal: Actor = {
    userId: focal.id,
    role: 'agency_focal_point',
    agencyId: justice.id,
    organizationId: null,
  };
  const audit = (userId: number) => ({ userId, label: 'test' });
  const deathPenalty = seeded.recommendationIds.slice(0, 3);
  const justiceRecs = seeded.recommendationIds.slice(-3);
  const clusters = new ClusterService(db);
  const dp = await clusters.create(
    {
      stateUnderReview: 'KAZ',
      cycle: 3,
      titleRu: 'Смертная казнь',
      titleKk: 'Өлім жазасы',
      titleEn: 'Death penalty',
      recommendationIds: deathPenalty,
    },
    asCoordinator,
    audit(coordinator.id),
  );
  const courts = await clusters.create(
    {
      stateUnderReview: 'KAZ',
      cycle: 3,
      titleRu: 'Правосудие',
      titleKk: 'Сот төрелігі',
      titleEn: 'Justice',
      recommendationIds: justiceRecs,
    },
    asCoordinator,
    audit(coordinator.id),
  );
  const measures = new MeasureService(db);
  const ratify = await measures.create(
    {
      titleRu: 'Ратифицировать Второй факультативный протокол к МПГПП',
      titleKk: 'АСҚХП-ға екінші факультативтік хаттаманы ратификациялау',
      titleEn: 'Ratify the Second Optional Protocol to the ICCPR',
      startDate: '2024-01-15',
      targetDate: '2026-12-31',
      status: 'in_progress',
      budgetNote: 'Within the ministry’s budget',
      expectedOutcome: 'The protocol ratified and the death penalty abolished in law',
      agencies: [
        { agencyId: justice.id, role: 'lead' },
        { agencyId: prosecutor.id, role: 'supporting' },
      ],
      clusterIds: [dp.id],
    },
    asCoordinator,
    audit(coordinator.id),
  );
  const indicator = await measures.addIndicator(
    ratify.id,
    {
      nameRu: 'Этапы ратификации',
      nameKk: 'Ратификациялау кезеңдері',
      nameEn: 'Ratification steps completed',
      unit: 'steps',
      baseline: '0',
      target: '4',
      schedule: { start: '2025-01-31', end: '2026-12-31', everyMonths: 6 },
    },
    asCoordinator,
    audit(coordinator.id),
  );
  const police = await measures.create(
    {
      titleRu: 'Обучение полиции по стандартам справедливого суда',
      titleKk: 'Полицияны әділ сот стандарттарына оқыту',
      titleEn: 'Train the police in fair-trial standards',
      startDate: '2024-03-01',
      targetDate: '2025-12-31',
      status: 'planned',
      agencies: [{ agencyId: interior.id, role: 'lead' }],
      clusterIds: [courts.id],
    },
    asCoordinator,
    audit(coordinator.id),
  );
  const reports = new ProgressReportService(db);
  const draft = await reports.create(
    {
      measureId: ratify.id,
      indicatorId: indicator.id,
      dueDate: '2025-01-31',
      text: 'The draft law on ratification was sent to the Government.',
      value: '1',
      links: ['https://example.org/draft-law'],
    },
    asFocal,
    audit(focal.id),
  );
  const submitted = await reports.submit(draft.id, draft.version, asFocal, audit(focal.id));
  return {
    justice: justice.id,
    interior: interior.id,
    ojsc: ojsc.id,
    deathPenalty,
    justiceRecs,
    ratify: ratify.id,
    police: police.id,
    submitted: submitted.id,
  };
}
