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

/** The register's part of the demo story: an agency from outside the CIS applies and is admitted as an observer. */
export async function seedMembershipDemo(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  if ((await processor.load(memberAggregate, DEMO_OBSERVER_ID)).version > 0) return [];
  await app.get(MemberRegistration).apply(OBSERVER, { commandId: APPLY });
  await processor.execute(
    memberAggregate,
    DEMO_OBSERVER_ID,
    { type: 'AdmitMember', data: { membership: 'observer', decision: { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания членов Объединения № 1, п. 3', date: '2026-09-15' } } },
    { commandId: nameBasedUuid('demo:membership:observer:IN:admit') },
  );
  return [`member ${OBSERVER.name.en} (IN) applied and was admitted as an observer`];
}
