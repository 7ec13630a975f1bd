import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid, type CommandOptions } from '#accord/eventsourcing';
import { appealAggregate, type AppealCommand } from '../domain/appeal/appeal.decide.js';
import type { AppealContent, DispatchChannel } from '../domain/appeal/appeal.events.js';
import { DEMO_ADDRESSEES, seedDemoAddressees } from './addressees-demo.js';
import { addCalendarDays } from '../domain/deadlines/calendar-dates.js';
import { AppealCorrespondence } from './appeal-correspondence.js';

type AppealStep = Exclude<AppealCommand['type'], 'DraftAppeal' | 'DispatchAppeal' | 'RecordForwarding'>;

interface DemoAppeal {
  readonly key: string;
  readonly addressee: string;
  readonly subject: AppealContent['subject'];
  readonly text: AppealContent['text'];
  /** Sent on this date by this channel; a draft when absent. */
  readonly dispatch?: { readonly on: string; readonly channel: DispatchChannel; readonly expectedAnswerOn?: string };
  /** What happened after the dispatch, in order. */
  readonly then?: readonly { readonly [Type in AppealStep]: { readonly type: Type; readonly data: Extract<AppealCommand, { type: Type }>['data'] } }[AppealStep][];
}

// The chair the demo founding assembly elected.
const SIGNATORY = { name: 'Олег Демидов', position: { ru: 'Председатель Объединения', en: 'Chair of the Association' } };

// Appeals on the round table's recommendations (9 April 2026), at every stage a secretariat meets,
// in the order they were sent, so that their outgoing numbers follow the dates.
const APPEALS: readonly DemoAppeal[] = [
  {
    key: 'ru-professional-standard',
    addressee: 'ru-mintrud',
    subject: {
      ru: 'Об актуализации профессионального стандарта «Специалист в сфере трудовой миграции»',
      en: 'On updating the professional standard “Specialist in labour migration”',
    },
    text: {
      ru: 'Объединение просит рассмотреть предложения по актуализации профессионального стандарта.',
      en: 'The Association asks the Ministry to consider its proposals to update the professional standard.',
    },
    dispatch: { on: '2026-05-12', channel: 'official_portal' },
    then: [
      { type: 'RecordRegistration', data: { registeredOn: '2026-05-14', incomingNumber: 'ОГ-14/2356' } },
      {
        type: 'RecordAnswer',
        data: {
          answeredOn: '2026-06-09',
          reference: '14-4/10/В-4410',
          outcome: 'partially_supported',
          summary: { ru: 'Предложения будут учтены при пересмотре стандарта в 2027 году', en: 'The proposals will be considered when the standard is revised in 2027' },
          attachmentSha256: null,
        },
      },
      { type: 'CloseAppeal', data: { reason: null } },
    ],
  },
  {
    key: 'ipa-model-law',
    addressee: 'ipa-cis',
    subject: {
      ru: 'О рекомендациях по организованному набору трудящихся-мигрантов для модельного законодательства СНГ',
      en: 'On recommendations on the organized recruitment of migrant workers for the CIS model legislation',
    },
    text: {
      ru: 'Объединение направляет рекомендации круглого стола 9 апреля 2026 года и просит учесть их в модельном законодательстве.',
      en: 'The Association submits the recommendations of the round table of 9 April 2026 and asks that the model legislation take them up.',
    },
    dispatch: { on: '2026-05-20', channel: 'email', expectedAnswerOn: '2026-09-30' },
  },
  {
    key: 'uz-pre-departure-training',
    addressee: 'uz-migration-agency',
    subject: { ru: 'О предвыездной подготовке трудящихся-мигрантов', en: 'On pre-departure training of migrant workers' },
    text: {
      ru: 'Объединение предлагает совместную программу предвыездной подготовки с учебными центрами — членами Объединения.',
      en: 'The Association proposes a joint pre-departure training programme with its member training centres.',
    },
    dispatch: { on: '2026-09-01', channel: 'email' },
    then: [
      { type: 'RecordRegistration', data: { registeredOn: '2026-09-03', incomingNumber: '02-1875' } },
      {
        type: 'RecordAnswer',
        data: {
          answeredOn: '2026-10-02',
          reference: '03/2-2210',
          outcome: 'supported',
          summary: { ru: 'Агентство поддерживает программу и предлагает рабочую встречу', en: 'The Agency supports the programme and proposes a working meeting' },
          attachmentSha256: null,
        },
      },
    ],
  },
  {
    key: 'ru-organized-recruitment-check',
    addressee: 'ru-mvd-migration',
    subject: {
      ru: 'О порядке подтверждения участия в организованном наборе',
      en: 'On confirming participation in organized recruitment',
    },
    text: {
      ru: 'Объединение просит разъяснить порядок подтверждения участия иностранных граждан в организованном наборе.',
      en: 'The Association asks for guidance on how foreign citizens’ participation in organized recruitment is confirmed.',
    },
    dispatch: { on: '2026-10-28', channel: 'post' },
  },
  {
    key: 'tj-qualification-recognition',
    addressee: 'tj-migration-service',
    subject: { ru: 'О взаимном признании квалификаций', en: 'On mutual recognition of qualifications' },
    text: {
      ru: 'Объединение предлагает обсудить взаимное признание квалификаций, подтверждённых советами по профессиональным квалификациям.',
      en: 'The Association proposes to discuss mutual recognition of qualifications confirmed by qualification councils.',
    },
  },
];

function addresseeId(key: string): string {
  const addressee = DEMO_ADDRESSEES.find((candidate) => candidate.key === key);
  if (!addressee) throw new Error(`no demo addressee ${key}`);
  return addressee.id;
}

/** Records one demo appeal from its draft to where its story stops; an appeal already there is left alone. */
async function seedAppeal(processor: CommandProcessor, correspondence: AppealCorrespondence, appeal: DemoAppeal): Promise<string | null> {
  const id = nameBasedUuid(`demo:appeal:${appeal.key}`);
  if ((await processor.load(appealAggregate, id)).version > 0) return null;
  const step = (name: string): CommandOptions => ({ commandId: nameBasedUuid(`demo:appeal:${appeal.key}:${name}`) });
  const content = { addresseeId: addresseeId(appeal.addressee), subject: appeal.subject, text: appeal.text, attachments: [], resolutionId: null };
  // A letter sent on a day was drafted a week before, approved three days and signed one day before it.
  const before = (days: number) => (appeal.dispatch ? addCalendarDays(appeal.dispatch.on, -days) : null);
  await correspondence.draft(id, content, before(7), step('draft'));
  if (!appeal.dispatch) return `appeal draft “${appeal.subject.en}”`;
  await processor.execute(appealAggregate, id, { type: 'ApproveAppeal', data: { resolutionId: null, approvedOn: before(3) } }, step('approval'));
  await processor.execute(appealAggregate, id, { type: 'SignAppeal', data: { signatory: SIGNATORY, signedOn: before(1) } }, step('signature'));
  const { on, channel, expectedAnswerOn } = appeal.dispatch;
  await correspondence.dispatch(id, { dispatchedOn: on, channel, outgoingNumber: null, expectedAnswerOn: expectedAnswerOn ?? null }, step('dispatch'));
  for (const [index, command] of (appeal.then ?? []).entries()) {
    await processor.execute(appealAggregate, id, command, step(`then-${index}`));
  }
  return `appeal “${appeal.subject.en}” sent ${on}`;
}

/** The demo chapter of appeals: the bodies the round table's recommendation names or implies, and letters to them. */
export async function seedAppealsDemo(app: INestApplicationContext): Promise<string[]> {
  const lines = await seedDemoAddressees(app);
  const processor = app.get(CommandProcessor);
  const correspondence = app.get(AppealCorrespondence);
  for (const appeal of APPEALS) {
    const line = await seedAppeal(processor, correspondence, appeal);
    if (line) lines.push(line);
  }
  return lines;
}
