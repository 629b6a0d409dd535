/**
 * `upr demo seed-event`: the seed's scenario (a ministry news item of 7 November 2024) in the current
 * database. A coalition with eight numbered alternative reports, No. 1 discussed at an earlier meeting;
 * reports No. 2 and No. 8 on the right to life, liberty and security of person, freedom from torture, the
 * rights of prisoners and fair trial; fixture recommendations of Kazakhstan's third-cycle review on those
 * themes (16 on the death penalty, 8 on torture, 5 on judicial reform: written for the demo, paragraph
 * numbers 900.x so that they never collide with imported ones); the consultation itself.
 *
 * The scenario is written once against `DialogueClient`; the CLI drives the services, the end-to-end
 * test drives the HTTP API with the same steps.
 */
import type { Kysely } from 'kysely';
import type { DB, OrganizationKind } from '../db/schema.ts';
import type { CreateReportInput } from '../modules/alternative-reports/alternative-report.schema.ts';
import { AlternativeReportService } from '../modules/alternative-reports/alternative-report.service.ts';
import type { AuditActor } from '../modules/audit/audit.service.ts';
import type { CreateConsultationInput } from '../modules/consultations/consultation.schema.ts';
import { ConsultationService } from '../modules/consultations/consultation.service.ts';
import { OrganizationService } from '../modules/organizations/organization.service.ts';
import type { CreatePersonInput } from '../modules/people/person.schema.ts';
import { PersonService } from '../modules/people/person.service.ts';
import type { Actor } from '../modules/policies/policy.ts';
import type { CreateRecommendationInput } from '../modules/recommendations/recommendation.schema.ts';
import { RecommendationService } from '../modules/recommendations/recommendation.service.ts';

/** The writes the scenario needs, each answering the new record's id. */
export interface DialogueClient {
  termId(taxonomy: string, code: string): Promise<number>;
  organization(input: {
    nameRu: string;
    nameKk: string;
    nameEn: string;
    kind: OrganizationKind;
  }): Promise<number>;
  members(coalitionId: number, memberIds: number[]): Promise<void>;
  person(input: CreatePersonInput): Promise<number>;
  recommendation(input: CreateRecommendationInput): Promise<number>;
  report(input: CreateReportInput): Promise<number>;
  consultation(input: CreateConsultationInput): Promise<number>;
}

export const COALITION_NAME_RU = 'Коалиция НПО РК';

type Fixture = [paragraph: string, state: string, position: 'supported' | 'noted', text: string];

/** Death penalty: 16. */
const DEATH_PENALTY: Fixture[] = [
  [
    '900.1',
    'AUS',
    'noted',
    'Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty',
  ],
  [
    '900.2',
    'FRA',
    'noted',
    'Abolish the death penalty in law for all crimes, including terrorism-related offences, and ratify the Second Optional Protocol to the Covenant',
  ],
  [
    '900.3',
    'DEU',
    'noted',
    'Remove all provisions on the death penalty from the Constitution and the Criminal Code',
  ],
  [
    '900.4',
    'ESP',
    'supported',
    'Maintain the moratorium on executions with a view to the complete abolition of the death penalty',
  ],
  [
    '900.5',
    'ITA',
    'supported',
    'Take further steps towards the full abolition of the death penalty, in line with the moratorium in force since 2003',
  ],
  [
    '900.6',
    'PRT',
    'noted',
    'Accede to the Second Optional Protocol to the International Covenant on Civil and Political Rights',
  ],
  ['900.7', 'NOR', 'noted', 'Abolish the death penalty for all crimes, in law and in practice'],
  ['900.8', 'SWE', 'noted', 'Abolish the death penalty completely and commute all existing death sentences'],
  [
    '900.9',
    'BEL',
    'noted',
    'Ratify the Second Optional Protocol and abolish the death penalty for all offences, including in wartime',
  ],
  ['900.10', 'NLD', 'supported', 'Consider abolishing the death penalty for all crimes'],
  [
    '900.11',
    'CHE',
    'noted',
    'Abolish the death penalty de jure and ratify the Second Optional Protocol to the Covenant',
  ],
  [
    '900.12',
    'ISL',
    'noted',
    'Formally abolish capital punishment and ratify the relevant international instruments',
  ],
  ['900.13', 'LTU', 'noted', 'Amend the Constitution to abolish the death penalty for all crimes'],
  [
    '900.14',
    'MNG',
    'supported',
    'Continue efforts towards the abolition of the death penalty, building on the existing moratorium',
  ],
  [
    '900.15',
    'URY',
    'noted',
    'Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights',
  ],
  [
    '900.16',
    'ARG',
    'noted',
    'Abolish the death penalty and ratify the Second Optional Protocol to the Covenant',
  ],
];

/** Torture and ill-treatment: 8. */
const TORTURE: Fixture[] = [
  [
    '901.1',
    'GBR',
    'supported',
    'Ensure prompt, impartial and thorough investigations into all allegations of torture and ill-treatment, and bring perpetrators to justice',
  ],
  [
    '901.2',
    'CAN',
    'supported',
    'Establish an independent mechanism to investigate complaints of torture by law enforcement and penitentiary officials',
  ],
  [
    '901.3',
    'IRL',
    'supported',
    'Eradicate torture and ill-treatment in places of detention and ensure redress for victims',
  ],
  [
    '901.4',
    'AUT',
    'supported',
    'Bring the definition of torture in the Criminal Code into line with article 1 of the Convention against Torture',
  ],
  [
    '901.5',
    'DNK',
    'supported',
    'Strengthen the national preventive mechanism and guarantee its unhindered access to all places of deprivation of liberty',
  ],
  [
    '901.6',
    'CZE',
    'supported',
    'Ensure that evidence obtained under torture is inadmissible in all proceedings',
  ],
  [
    '901.7',
    'EST',
    'supported',
    'Provide for timely, transparent and comprehensive investigation of reports of torture, with penalties commensurate with the gravity of the crime',
  ],
  [
    '901.8',
    'NZL',
    'supported',
    'Improve conditions of detention and prevent ill-treatment of prisoners, including through independent monitoring',
  ],
];

/** Judicial and law-enforcement reform: 5. */
const JUSTICE: Fixture[] = [
  [
    '902.1',
    'FIN',
    'supported',
    'Guarantee the full independence of the judiciary, including in the selection, appointment and dismissal of judges',
  ],
  [
    '902.2',
    'LVA',
    'supported',
    'Continue the reform of the judicial and law-enforcement system to ensure the right to a fair trial for all',
  ],
  [
    '902.3',
    'CHL',
    'supported',
    'Strengthen the adversarial principle and the equality of arms between prosecution and defence',
  ],
  [
    '902.4',
    'MEX',
    'supported',
    'Ensure the independence of lawyers and access to legal aid from the moment of detention',
  ],
  [
    '902.5',
    'SVN',
    'supported',
    'Reform the law-enforcement bodies to guarantee accountability and respect for due process',
  ],
];

const REPORT_TITLES: [number, string, string, string][] = [
  [
    1,
    'Свобода выражения мнений, мирных собраний и объединений',
    'Сөз бостандығы, бейбіт жиналыстар және бірлестіктер бостандығы',
    'Freedom of expression, peaceful assembly and association',
  ],
  [
    2,
    'Право на жизнь, право на свободу и личную неприкосновенность, свобода от пыток и других видов жестокого обращения и наказания',
    'Өмір сүру құқығы, бостандық және жеке басқа қол сұғылмаушылық құқығы, азаптаудан және қатыгез қарым-қатынастан азат болу',
    'Right to life, liberty and security of person; freedom from torture and other cruel treatment or punishment',
  ],
  [
    3,
    'Права женщин и гендерное равенство',
    'Әйелдер құқықтары және гендерлік теңдік',
    'Women’s rights and gender equality',
  ],
  [4, 'Права детей', 'Балалар құқықтары', 'Rights of the child'],
  [
    5,
    'Права лиц с инвалидностью',
    'Мүгедектігі бар адамдардың құқықтары',
    'Rights of persons with disabilities',
  ],
  [
    6,
    'Права мигрантов, беженцев и лиц без гражданства',
    'Мигранттардың, босқындардың және азаматтығы жоқ адамдардың құқықтары',
    'Rights of migrants, refugees and stateless persons',
  ],
  [
    7,
    'Экономические, социальные и культурные права',
    'Экономикалық, әлеуметтік және мәдени құқықтар',
    'Economic, social and cultural rights',
  ],
  [
    8,
    'Права заключённых, право на справедливый суд',
    'Сотталғандардың құқықтары, әділ сот төрелігіне құқық',
    'Rights of prisoners; right to a fair trial',
  ],
];

export interface SeededEvent {
  coalitionId: number;
  reportIds: Record<number, number>;
  consultationId: number;
  earlierConsultationId: number;
  chairId: number;
  recommendationIds: number[];
}

export async function seedEvent(client: DialogueClient): Promise<SeededEvent> {
  const issue = (code: string) => client.termId('upr-info-issue', code);
  const [deathPenalty, torture, justice, detention] = await Promise.all(
    ['death-penalty', 'torture-and-other-cid-treatment', 'justice', 'detention'].map(issue),
  );
  const ministry = await client.organization({
    nameRu: 'Министерство юстиции Республики Казахстан',
    nameKk: 'Қазақстан Республикасының Әділет министрлігі',
    nameEn: 'Ministry of Justice of the Republic of Kazakhstan',
    kind: 'state_body',
  });
  const coalition = await client.organization({
    nameRu: COALITION_NAME_RU,
    nameKk: 'ҚР ҮЕҰ коалициясы',
    nameEn: 'Coalition of NGOs of Kazakhstan',
    kind: 'coalition',
  });
  const bureau = await client.organization({
    nameRu: 'ОО «Казахстанское международное бюро по правам человека»',
    nameKk: '«Адам құқықтары жөніндегі қазақстандық халықаралық бюро» ҚБ',
    nameEn: 'Kazakhstan International Bureau for Human Rights',
    kind: 'ngo',
  });
  const monitoring = await client.organization({
    nameRu: 'ОО «Казахстанский центр общественного мониторинга международных договоров»',
    nameKk: '«Халықаралық шарттарды қоғамдық мониторингтеу жөніндегі қазақстандық орталық» ҚБ',
    nameEn: 'Kazakhstan Centre for Public Monitoring of International Treaties',
    kind: 'ngo',
  });
  await client.members(coalition, [bureau, monitoring]);

  const chair = await client.person({
    nameRu: 'Жакселекова Б.Ш.',
    nameKk: 'Жақселекова Б.Ш.',
    nameEn: 'B. Zhakselekova',
    positionRu: 'Вице-министр юстиции',
    positionKk: 'Әділет вице-министрі',
    positionEn: 'Vice-Minister of Justice',
    organizationId: ministry,
  });
  const coordinator = await client.person({
    nameRu: 'Акылбекова Р.М.',
    nameKk: 'Ақылбекова Р.М.',
    nameEn: 'R. Akylbekova',
    positionRu: 'заместитель директора ОО «Казахстанское международное бюро по правам человека»',
    positionKk: '«Адам құқықтары жөніндегі қазақстандық халықаралық бюро» ҚБ директорының орынбасары',
    positionEn: 'Deputy Director, Kazakhstan International Bureau for Human Rights',
    organizationId: bureau,
  });
  const experts: number[] = [];
  for (const [ru, kk, en] of [
    ['Гусаков Ю.А.', 'Гусаков Ю.А.', 'Yu. Gusakov'],
    ['Торегожина Б.А.', 'Төрегожина Б.А.', 'B. Toregozhina'],
    ['Муха А.В.', 'Муха А.В.', 'A. Mukha'],
    ['Солодова А.И.', 'Солодова А.И.', 'A. Solodova'],
  ] as const)
    experts.push(
      await client.person({
        nameRu: ru,
        nameKk: kk,
        nameEn: en,
        positionRu: 'эксперт Коалиции НПО РК',
        positionKk: 'ҚР ҮЕҰ коалициясының сарапшысы',
        positionEn: 'expert of the Coalition of NGOs of Kazakhstan',
        organizationId: coalition,
      }),
    );
  const analyst = await client.person({
    nameRu: 'Моисеенко Г.В.',
    nameKk: 'Моисеенко Г.В.',
    nameEn: 'G. Moiseenko',
    positionRu: 'ОО «Казахстанский центр общественного мониторинга международных договоров»',
    positionKk: '«Халықаралық шарттарды қоғамдық мониторингтеу жөніндегі қазақстандық орталық» ҚБ',
    positionEn: 'Kazakhstan Centre for Public Monitoring of International Treaties',
    organizationId: monitoring,
  });

  const recommendationIds: number[] = [];
  const byTheme = new Map<number, number[]>();
  for (const [fixtures, termId] of [
    [DEATH_PENALTY, deathPenalty],
    [TORTURE, torture],
    [JUSTICE, justice],
  ] as const) {
    const ids: number[] = [];
    for (const [paragraph, state, position, text] of fixtures)
      ids.push(
        await client.recommendation({
          mechanism: 'UPR',
          stateUnderReview: 'KAZ',
          cycle: 3,
          session: 34,
          paragraph,
          documentSymbol: null,
          text,
          textLang: 'en',
          translations: {},
          recommendingStates: [state],
          position,
          positionSource: 'demo fixture',
          actionCategory: null,
          termIds: [termId as number],
          agencyIds: [],
          published: true,
        }),
      );
    byTheme.set(termId as number, ids);
    recommendationIds.push(...ids);
  }

  const themes: Record<number, number[]> = {
    2: [deathPenalty, torture] as number[],
    8: [torture, justice, detention] as number[],
  };
  const reportIds: Record<number, number> = {};
  for (const [number, ru, kk, en] of REPORT_TITLES) {
    const termIds = themes[number] ?? [];
    reportIds[number] = await client.report({
      coalitionId: coalition,
      number,
      titleRu: ru,
      titleKk: kk,
      titleEn: en,
      coordinatingOrganizationId: bureau,
      status: number === 1 || number === 2 || number === 8 ? 'discussed' : 'submitted',
      submittedOn: '2024-06-01',
      ...(number === 1 ? { discussedOn: '2024-10-10' } : {}),
      ...(number === 2 || number === 8 ? { discussedOn: '2024-11-07' } : {}),
      termIds,
      recommendations: termIds.flatMap((t) =>
        (byTheme.get(t) ?? []).slice(0, 2).map((id) => ({ recommendationId: id, note: null })),
      ),
      people:
        number === 2 || number === 8
          ? experts.map((personId) => ({ personId, role: 'expert' as const }))
          : [],
      items:
        number === 2
          ? [
              {
                text: 'Ратифицировать Второй факультативный протокол к МПГПП',
                recommendationIds: byTheme.get(deathPenalty as number)?.slice(0, 1) ?? [],
              },
            ]
          : [],
    });
  }

  const earlier = await client.consultation({
    titleRu: 'Заседание по обсуждению Альтернативного доклада № 1 Коалиции НПО РК',
    titleKk: 'ҚР ҮЕҰ коалициясының № 1 баламалы баяндамасын талқылау отырысы',
    titleEn: 'Meeting on Alternative Report No. 1 of the Coalition of NGOs of Kazakhstan',
    startsAt: '2024-10-10T10:00:00+05:00',
    stateIso3: 'KAZ',
    organizerOrganizationId: ministry,
    organizationIds: [ministry, coalition],
    agenda: [{ reportId: reportIds[1] ?? null, termId: null, recommendationId: null, note: null }],
  });
  const consultation = await client.consultation({
    titleRu: 'Заседание по обсуждению Альтернативных докладов № 2 и № 8 Коалиции НПО РК',
    titleKk: 'ҚР ҮЕҰ коалициясының № 2 және № 8 баламалы баяндамаларын талқылау отырысы',
    titleEn: 'Meeting on Alternative Reports No. 2 and No. 8 of the Coalition of NGOs of Kazakhstan',
    startsAt: '2024-11-07T10:00:00+05:00',
    stateIso3: 'KAZ',
    organizerOrganizationId: ministry,
    chairPersonId: chair,
    organizationIds: [ministry, coalition, bureau, monitoring],
    participants: [
      { personId: chair, role: 'chair' },
      { personId: coordinator, role: 'speaker' },
      ...experts.map((personId) => ({ personId, role: 'presenter' as const })),
      { personId: analyst, role: 'analyst' },
    ],
    agenda: [2, 8].map((n) => ({
      reportId: reportIds[n] ?? null,
      termId: null,
      recommendationId: null,
      note: null,
    })),
    outcome:
      'участники выразили готовность к дальнейшему плодотворному сотрудничеству по укреплению защиты универсальных прав человека, в том числе к продолжению обсуждения оставшихся альтернативных докладов Коалиции НПО РК.',
    followUps: [
      {
        text: 'Продолжить обсуждение оставшихся альтернативных докладов Коалиции НПО РК',
        ownerPersonId: null,
        ownerOrganizationId: ministry,
        dueOn: null,
        status: 'open',
        recommendationIds: [],
      },
    ],
  });
  return {
    coalitionId: coalition,
    reportIds,
    consultationId: consultation,
    earlierConsultationId: earlier,
    chairId: chair,
    recommendationIds,
  };
}

/** The scenario through the services, as an administrator acting from the command line. */
export function serviceClient(db: Kysely<DB>, actor: AuditActor): DialogueClient {
  const caller: Actor = { userId: actor.userId ?? 0, role: 'admin', agencyId: null, organizationId: null };
  return {
    async termId(taxonomy, code) {
      const row = await db
        .selectFrom('terms')
        .select('id')
        .where('taxonomy_code', '=', taxonomy)
        .where('code', '=', code)
        .executeTakeFirst();
      if (!row) throw new Error(`no term ${taxonomy}:${code}`);
      return row.id;
    },
    organization: async (input) => (await new OrganizationService(db).create(input, actor)).id,
    members: async (coalitionId, memberIds) => {
      await new PersonService(db).setMembers(coalitionId, memberIds, caller, actor);
    },
    person: async (input) => (await new PersonService(db).create(input, caller, actor)).id,
    recommendation: async (input) => (await new RecommendationService(db).create(input, caller, actor)).id,
    report: async (input) => (await new AlternativeReportService(db).create(input, caller, actor)).id,
    consultation: async (input) => (await new ConsultationService(db).create(input, caller, actor)).id,
  };
}
