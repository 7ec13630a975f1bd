import { Inject, Injectable } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid, type CommandInput } from '#accord/eventsourcing';
import { DEMO_ORGANIZATION_ID } from '#accord/identity';
import type { Aggregate } from '#accord/kernel';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { charterDigest, FOUNDING_PROCESS_ID, type FoundingCommand } from '../domain/founding.decide.js';
import type { CharterVotingRule, FoundingEvent, LetterOfIntent, LocalizedText } from '../domain/founding.events.js';
import type { FoundingState } from '../domain/founding.state.js';
import { binWith, innWith, ogrnWith } from './demo-identifiers.js';
import { FOUNDING_AGGREGATE } from './founding.tokens.js';

const MATM = {
  ru: 'Союз экспертов и консультантов в сфере трудовой миграции «Международный альянс «Трудовая миграция» (Союз «МАТМ»)',
  en: 'Union of experts and consultants in labour migration “International Alliance ‘Labour Migration’” (Union MATM)',
};

interface DemoFounder {
  readonly letter: LetterOfIntent;
  readonly person: LocalizedText;
}

function founder(
  country: string,
  letterId: string,
  organization: Omit<LetterOfIntent['organization'], 'country'>,
  person: LocalizedText,
  receivedOn: string,
): DemoFounder {
  const representative = { name: person, position: { ru: 'руководитель', en: 'head of the organization' }, email: organization.contacts.email.replace(/^office@/, 'head@') };
  return { letter: { letterId, organization: { ...organization, country }, representative, receivedOn }, person };
}

const demoLetterId = (country: string) => nameBasedUuid(`demo:founding:letter:${country}`);

/** The founders of the demo: fictional organizations of the five states at the round table, with valid identifiers. */
export const DEMO_FOUNDERS: readonly DemoFounder[] = [
  founder(
    'RU',
    // The demo representative account acts for this organization: it becomes that member.
    DEMO_ORGANIZATION_ID,
    {
      name: { ru: 'ООО «Демо-агентство «Северный мост»»', en: 'Severny Most Demo Agency LLC' },
      legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
      category: 'staffing_agency',
      nationalIdentifier: { scheme: 'RU_OGRN_INN', values: { ogrn: ogrnWith('126780000001'), inn: innWith('780000000') } },
      contacts: { email: 'office@severny-most.demo.example', phone: '+7 812 000-00-01', address: { ru: 'Санкт-Петербург, демо-адрес', en: 'St Petersburg, demo address' } },
    },
    { ru: 'Олег Демидов', en: 'Oleg Demidov' },
    '2026-04-20',
  ),
  founder(
    'UZ',
    demoLetterId('UZ'),
    {
      name: { ru: 'ООО «Демо-агентство «Самарканд-Кадры»»', en: 'Samarkand-Kadry Demo Agency LLC' },
      legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
      category: 'private_employment_agency',
      nationalIdentifier: { scheme: 'UZ_STIR', values: { stir: '309000001' } },
      contacts: { email: 'office@samarkand-kadry.demo.example', phone: null, address: null },
    },
    { ru: 'Дилшод Рахимов', en: 'Dilshod Rakhimov' },
    '2026-04-22',
  ),
  founder(
    'TJ',
    demoLetterId('TJ'),
    {
      name: { ru: 'ООО «Демо-агентство «Памир-Труд»»', en: 'Pamir-Trud Demo Agency LLC' },
      legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
      category: 'private_employment_agency',
      nationalIdentifier: { scheme: 'TJ_INN', values: { inn: '510000001' } },
      contacts: { email: 'office@pamir-trud.demo.example', phone: null, address: null },
    },
    { ru: 'Фарход Назаров', en: 'Farkhod Nazarov' },
    '2026-04-24',
  ),
  founder(
    'KG',
    demoLetterId('KG'),
    {
      name: { ru: 'ОсОО «Демо-агентство «Ала-Тоо Персонал»»', en: 'Ala-Too Personnel Demo Agency LLC' },
      legalForm: { ru: 'Общество с ограниченной ответственностью', en: 'Limited liability company' },
      category: 'staffing_agency',
      nationalIdentifier: { scheme: 'KG_INN', values: { inn: '02004202610001' } },
      contacts: { email: 'office@ala-too-personnel.demo.example', phone: null, address: null },
    },
    { ru: 'Айбек Осмонов', en: 'Aibek Osmonov' },
    '2026-04-27',
  ),
  founder(
    'KZ',
    demoLetterId('KZ'),
    {
      name: { ru: 'Демо-объединение работодателей «Степь»', en: 'Step Demo Employers Association' },
      legalForm: { ru: 'Объединение юридических лиц', en: 'Association of legal entities' },
      category: 'employers_association',
      nationalIdentifier: { scheme: 'KZ_BIN', values: { bin: binWith('26054000001') } },
      contacts: { email: 'office@step-employers.demo.example', phone: null, address: null },
    },
    { ru: 'Асель Нурланова', en: 'Assel Nurlanova' },
    '2026-04-29',
  ),
];

const CHARTER_OUTLINE = `УСТАВ
Ассоциации негосударственных организаций государств — участников СНГ в сфере организованной трудовой миграции
(демонстрационный проект)

1. Общие положения. Ассоциация — некоммерческая корпоративная организация, созданная в соответствии с Гражданским кодексом Российской Федерации и Федеральным законом «О некоммерческих организациях».
2. Цели. Выработка и осуществление согласованных совместных действий членов для безопасной, организованной и эффективной трудовой миграции в строгом соответствии с национальным законодательством и рекомендациями Межпарламентской Ассамблеи СНГ; защита прав и интересов трудящихся-мигрантов, их адаптация, вовлечение молодёжи в обучение, стажировки и программы квалификации.
3. Члены. Полноправные члены и наблюдатели; наблюдатели участвуют в работе без права голоса.
4. Органы. Общее собрание членов, совет, председатель, ревизионная комиссия.`;

/** The two drafts of the story: the second adds what the law asks a charter to say (Civil Code art. 123.9 p. 2). */
export const DEMO_CHARTER_DRAFTS: readonly string[] = [
  `${CHARTER_OUTLINE}\n\nРедакция 1.\n`,
  `${CHARTER_OUTLINE}
5. Решения. Изменение устава и исключение члена — квалифицированным большинством (не менее двух третей участвующих); реорганизация и ликвидация — единогласно; прочие вопросы — большинством участвующих.

Редакция 2: уточнены правила принятия решений.
`,
];

const DEMO_VOTING_RULES: readonly CharterVotingRule[] = [
  { body: 'general_assembly', question: 'charter_amendment', title: { ru: 'Изменение устава', en: 'Amending the charter' }, rule: 'qualified_majority' },
  { body: 'general_assembly', question: 'member_expulsion', title: { ru: 'Исключение члена', en: 'Expelling a member' }, rule: 'qualified_majority' },
  {
    body: 'general_assembly',
    question: 'reorganization_or_liquidation',
    title: { ru: 'Реорганизация и ликвидация', en: 'Reorganization and liquidation' },
    rule: 'unanimity',
  },
];

const MINISTRY_OF_JUSTICE = { ru: 'Министерство юстиции Российской Федерации', en: 'Ministry of Justice of the Russian Federation' };
export const DEMO_REGISTRATION_NUMBER = 'ДЕМО-7800-2026-0001';

type FoundingAggregate = Aggregate<FoundingCommand, FoundingEvent, FoundingState>;

/** The founding told by the round table's recommendations, from Union MATM's initiative to the established Association. */
@Injectable()
export class FoundingDemo {
  constructor(
    private readonly processor: CommandProcessor,
    @Inject(FOUNDING_AGGREGATE) private readonly aggregate: FoundingAggregate,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async record(): Promise<string[]> {
    if ((await this.store.readStream(`founding-${FOUNDING_PROCESS_ID}`, { maxCount: 1 })).length > 0) return [];
    const lines: string[] = [];
    const step = async (input: CommandInput<FoundingCommand>, line: string) => {
      await this.processor.execute(this.aggregate, FOUNDING_PROCESS_ID, input);
      lines.push(`founding: ${line}`);
    };
    const committee = [
      { name: { ru: 'Ирина Демина', en: 'Irina Demina' }, role: { ru: 'председатель оргкомитета, Союз «МАТМ»', en: 'chair of the organizing committee, Union MATM' } },
      { name: { ru: 'Павел Демченко', en: 'Pavel Demchenko' }, role: { ru: 'секретарь оргкомитета', en: 'secretary of the organizing committee' } },
    ];
    await step(
      { type: 'LaunchFoundingInitiative', data: { initiator: { name: MATM, country: 'RU' }, committee, launchedOn: '2026-04-15' } },
      'Union MATM launched the founding initiative on 2026-04-15 with an organizing committee',
    );
    for (const { letter } of DEMO_FOUNDERS) {
      await step(
        { type: 'ReceiveLetterOfIntent', data: letter },
        `letter of intent from ${letter.organization.name.en} (${letter.organization.country}) received on ${letter.receivedOn}`,
      );
    }
    // The drafts were written before the assembly was convened, whenever they are entered.
    const draftDates = ['2026-04-28', '2026-05-12'];
    for (const [index, content] of DEMO_CHARTER_DRAFTS.entries()) {
      const draftedOn = draftDates[index];
      await step(
        { type: 'RecordCharterDraft', data: { content, draftedOn } },
        `charter draft ${index + 1} of ${draftedOn} recorded (sha256 ${charterDigest(content).slice(0, 12)}…)`,
      );
    }
    const venue = { kind: 'place', address: { ru: 'Санкт-Петербург, Таврический дворец', en: 'Tauride Palace, St Petersburg' } } as const;
    await step(
      { type: 'ConveneFoundingAssembly', data: { date: '2026-05-29', venue, convenedOn: '2026-05-15' } },
      'founding assembly convened on 2026-05-15 for 2026-05-29 at the Tauride Palace, St Petersburg',
    );
    await step({ type: 'RecordFoundingAssembly', data: this.assemblyDecisions() }, 'founding assembly held on 2026-05-29: established unanimously, charter draft 2 adopted, chair, council and audit commission elected');
    await step(
      { type: 'FileStateRegistration', data: { authority: MINISTRY_OF_JUSTICE, filedOn: '2026-06-05', reference: 'ДЕМО-2026-0605' } },
      'documents filed with the Ministry of Justice of the Russian Federation on 2026-06-05',
    );
    await step(
      { type: 'RecordStateRegistration', data: { registrationNumber: DEMO_REGISTRATION_NUMBER, registeredOn: '2026-07-10' } },
      `Association registered on 2026-07-10 (${DEMO_REGISTRATION_NUMBER}) and established: its ${DEMO_FOUNDERS.length} founders are admitted as full members by the founders_admission process`,
    );
    return lines;
  }

  private assemblyDecisions(): Extract<CommandInput<FoundingCommand>, { type: 'RecordFoundingAssembly' }>['data'] {
    const [russia, uzbekistan, tajikistan, kyrgyzstan, kazakhstan] = DEMO_FOUNDERS;
    const elected = ({ letter, person }: DemoFounder) => ({ name: person, representing: letter.letterId });
    const adopted = DEMO_CHARTER_DRAFTS[1];
    return {
      present: DEMO_FOUNDERS.map(({ letter, person }) => ({ letterId: letter.letterId, representedBy: person, establishmentVote: 'for' as const })),
      charter: { number: 2, sha256: charterDigest(adopted) },
      votingRules: DEMO_VOTING_RULES,
      chair: elected(russia),
      council: [russia, uzbekistan, kazakhstan].map(elected),
      auditCommission: [tajikistan, kyrgyzstan].map(elected),
    };
  }
}
