import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid, newRecordId } from '#accord/eventsourcing';
import { memberAggregate } from '../domain/member.decide.js';
import type { MembershipApplication } from '../domain/member-application.js';
import { MemberRegistration } from './member-registration.js';

const APPLY = nameBasedUuid('demo:membership:observer:IN:apply');
/** The Indian agency of the demo: it joins after the founding, as an observer without a vote. */
export const DEMO_OBSERVER_ID = newRecordId(APPLY);

const OBSERVER: MembershipApplication = {
  name: { ru: 'Демо-агентство «Бхарат Оверсиз Плейсмент»', en: 'Bharat Overseas Placement Demo Agency Pvt Ltd' },
  country: 'IN',
  legalForm: { ru: 'Частная компания с ограниченной ответственностью', en: 'Private limited company' },
  nationalIdentifier: { country: 'IN', scheme: 'OTHER', values: { registryId: 'DEMO-U74999DL2026PTC000001' } },
  category: 'private_employment_agency',
  contacts: { email: 'office@bharat-placement.demo.example', phone: null, address: { ru: 'Нью-Дели, демо-адрес', en: 'New Delhi, demo address' } },
  representatives: [
    {
      id: nameBasedUuid('demo:membership:observer:IN:representative'),
      name: { ru: 'Арджун Мехта', en: 'Arjun Mehta' },
      position: { ru: 'директор', en: 'director' },
      email: 'head@bharat-placement.demo.example',
    },
  ],
};

const FIRST_APPLICATION = nameBasedUuid('demo:membership:returning:AM:apply');
const SECOND_APPLICATION = nameBasedUuid('demo:membership:returning:AM:apply-again');
/** The Armenian training centre of the demo: its first application is rejected, and it applies again. */
export const DEMO_RETURNING_IDS = { first: newRecordId(FIRST_APPLICATION), second: newRecordId(SECOND_APPLICATION) } as const;

const RETURNING: MembershipApplication = {
  name: { ru: 'Демо-центр профессионального обучения «Ереван Скиллс»', en: 'Yerevan Skills Demo Vocational Training Centre' },
  country: 'AM',
  legalForm: { ru: 'Фонд', en: 'Foundation' },
  nationalIdentifier: { country: 'AM', scheme: 'OTHER', values: { registryId: 'DEMO-AM-222.160.000001' } },
  category: 'educational_organization',
  contacts: { email: 'office@yerevan-skills.demo.example', phone: null, address: { ru: 'Ереван, демо-адрес', en: 'Yerevan, demo address' } },
  representatives: [
    {
      id: nameBasedUuid('demo:membership:returning:AM:representative'),
      name: { ru: 'Анаит Саргсян', en: 'Anahit Sargsyan' },
      position: { ru: 'директор', en: 'director' },
      email: 'director@yerevan-skills.demo.example',
    },
  ],
};

/**
 * The register's part of the demo story: an agency from outside the CIS applies and is admitted as
 * an observer; a training centre is refused for want of documents and applies again, on a new
 * record linked to the first.
 */
export async function seedMembershipDemo(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  const recorded = async (id: string) => (await processor.load(memberAggregate, id)).version > 0;
  const lines: string[] = [];
  if (!(await recorded(DEMO_OBSERVER_ID))) lines.push(await seedObserver(app));
  if (!(await recorded(DEMO_RETURNING_IDS.second))) lines.push(await seedReapplication(app));
  return lines;
}

async function seedObserver(app: INestApplicationContext): Promise<string> {
  const processor = app.get(CommandProcessor);
  await app.get(MemberRegistration).apply(OBSERVER, { commandId: APPLY });
  await processor.execute(
    memberAggregate,
    DEMO_OBSERVER_ID,
    { type: 'AdmitMember', data: { membership: 'observer', decision: { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания членов Объединения № 1, п. 3', date: '2026-09-15' } } },
    { commandId: nameBasedUuid('demo:membership:observer:IN:admit') },
  );
  return `member ${OBSERVER.name.en} (IN) applied and was admitted as an observer`;
}

async function seedReapplication(app: INestApplicationContext): Promise<string> {
  const processor = app.get(CommandProcessor);
  const registration = app.get(MemberRegistration);
  // Each step repeats its commandId, so a story interrupted halfway is finished, not recorded twice.
  await registration.apply(RETURNING, { commandId: FIRST_APPLICATION });
  await processor.execute(
    memberAggregate,
    DEMO_RETURNING_IDS.first,
    { type: 'RejectApplication', data: { reason: { ru: 'Не представлены учредительные документы', en: 'The founding documents were not submitted' } } },
    { commandId: nameBasedUuid('demo:membership:returning:AM:reject') },
  );
  await registration.apply(RETURNING, { commandId: SECOND_APPLICATION });
  return `member ${RETURNING.name.en} (AM) was rejected and applied again on a new record linked to the first`;
}
