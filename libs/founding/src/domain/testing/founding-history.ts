// A founding told as events, stage by stage, for the specs of the decider and the checklist.
import { createHash } from 'node:crypto';
import type {
  CharterVotingRule,
  FoundingAssemblyRecord,
  FoundingEvent,
  LetterOfIntent,
  PresentFounder,
} from '../founding.events.js';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const initiative = {
  initiator: { name: { ru: 'Союз МАТМ', en: 'MATM Union' }, country: 'RU' },
  committee: [
    { name: { ru: 'Анна Иванова', en: 'Anna Ivanova' }, role: { ru: 'председатель оргкомитета', en: 'committee chair' } },
    { name: { ru: 'Айгерим Сапарова', en: 'Aigerim Saparova' }, role: { ru: 'секретарь', en: 'secretary' } },
  ],
  launchedOn: '2026-03-02',
};

const SCHEMES: Readonly<Record<string, string>> = { RU: 'RU_OGRN_INN', KZ: 'KZ_BIN', UZ: 'UZ_STIR' };

export function letter(letterId: string, country: string, values: Record<string, string>, receivedOn: string): LetterOfIntent {
  return {
    letterId,
    organization: {
      name: { ru: `Организация ${letterId}`, en: `Organization ${letterId}` },
      country,
      legalForm: { ru: 'Ассоциация', en: 'Association' },
      category: 'staffing_agency',
      nationalIdentifier: { scheme: SCHEMES[country] ?? 'OTHER', values },
      contacts: { email: `${letterId}@example.org`, phone: null, address: null },
    },
    representative: {
      name: { ru: `Представитель ${letterId}`, en: `Representative ${letterId}` },
      position: { ru: 'директор', en: 'director' },
      email: `head.${letterId}@example.org`,
    },
    receivedOn,
  };
}

export const ruLetter = letter('letter-ru', 'RU', { ogrn: '1267700000017', inn: '7700000016' }, '2026-03-10');
export const kzLetter = letter('letter-kz', 'KZ', { bin: '260440000701' }, '2026-03-12');
export const uzLetter = letter('letter-uz', 'UZ', { stir: '301234567' }, '2026-03-15');
export const ruLetter2 = letter('letter-ru-2', 'RU', { ogrn: '1267800000027', inn: '7800000010' }, '2026-03-16');

export const launched: FoundingEvent = { type: 'FoundingInitiativeLaunched', data: initiative };
export const received = (data: LetterOfIntent): FoundingEvent => ({ type: 'LetterOfIntentReceived', data });
export const withdrawn = (letterId: string, withdrawnOn = '2026-04-01'): FoundingEvent => ({
  type: 'LetterOfIntentWithdrawn',
  data: { letterId, withdrawnOn, reason: null },
});

export const draftText1 = 'Устав Ассоциации. Редакция 1.';
export const draftText2 = 'Устав Ассоциации. Редакция 2: уточнены условия членства.';
export const drafted = (number: number, content: string): FoundingEvent => ({
  type: 'CharterDraftRecorded',
  data: { number, content, sha256: sha256(content), recordedAt: '2026-04-02T10:00:00.000Z' },
});

export const venue = { kind: 'place', address: { ru: 'Москва, ул. Тверская, 1', en: 'Moscow, 1 Tverskaya St' } } as const;
export const convening = { date: '2026-05-15', venue, convenedOn: '2026-04-20' };
export const convened: FoundingEvent = { type: 'FoundingAssemblyConvened', data: convening };

export const votingRules: CharterVotingRule[] = [
  {
    body: 'general_assembly',
    question: 'charter_amendment',
    title: { ru: 'Изменение устава', en: 'Amending the charter' },
    rule: 'qualified_majority',
  },
  { body: 'general_assembly', question: 'reorganization', title: { ru: 'Реорганизация', en: 'Reorganization' }, rule: 'unanimity' },
];
export const presentFor = (letterId: string): PresentFounder => ({
  letterId,
  representedBy: { ru: `Представитель ${letterId}`, en: null },
  establishmentVote: 'for',
});
export const assemblyDecisions = {
  present: [presentFor('letter-ru'), presentFor('letter-kz')],
  charter: { number: 2, sha256: sha256(draftText2) },
  votingRules,
  chair: { name: { ru: 'Анна Иванова', en: 'Anna Ivanova' }, representing: 'letter-ru' },
  council: [
    { name: { ru: 'Анна Иванова', en: 'Anna Ivanova' }, representing: 'letter-ru' },
    { name: { ru: 'Ерлан Абенов', en: 'Yerlan Abenov' }, representing: 'letter-kz' },
  ],
  auditCommission: [{ name: { ru: 'Ольга Петрова', en: 'Olga Petrova' }, representing: null }],
};
export const assemblyRecord: FoundingAssemblyRecord = { date: convening.date, venue, ...assemblyDecisions };
export const held: FoundingEvent = { type: 'FoundingAssemblyHeld', data: assemblyRecord };

export const authority = { ru: 'Министерство юстиции Российской Федерации', en: 'Ministry of Justice of the Russian Federation' };
export const filed = (filedOn = '2026-05-25'): FoundingEvent => ({
  type: 'StateRegistrationFiled',
  data: { authority, filedOn, reference: null },
});
export const refusal = { refusedOn: '2026-06-20', reason: { ru: 'Ошибка в заявлении', en: 'An error in the application' } };
export const refused: FoundingEvent = { type: 'StateRegistrationRefused', data: refusal };
export const registration = { registrationNumber: '1267700123456', registeredOn: '2026-06-25' };

export const gathering: FoundingEvent[] = [launched, received(ruLetter), received(kzLetter), received(uzLetter)];
export const drafting: FoundingEvent[] = [...gathering, drafted(1, draftText1), drafted(2, draftText2)];
export const convenedHistory: FoundingEvent[] = [...drafting, convened];
export const heldHistory: FoundingEvent[] = [...convenedHistory, held];
export const filedHistory: FoundingEvent[] = [...heldHistory, filed()];
export const refusedHistory: FoundingEvent[] = [...filedHistory, refused];
export const established: FoundingEvent = {
  type: 'AssociationEstablished',
  data: {
    establishedOn: registration.registeredOn,
    registrationNumber: registration.registrationNumber,
    charter: assemblyDecisions.charter,
    votingRules,
    founders: [ruLetter, kzLetter].map(({ letterId, organization, representative }) => ({ letterId, organization, representative })),
  },
};
export const establishedHistory: FoundingEvent[] = [
  ...filedHistory,
  { type: 'AssociationRegistered', data: registration },
  established,
];
