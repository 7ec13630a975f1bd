import type { RecordedOf } from '#accord/ledger';
import { recordedStream } from '../../../../projections/src/testing/projection-spec.js';
import type { AddresseeDetails, AddresseeEvent } from '../../domain/addressee/addressee.events.js';
import type { AppealEvent, DispatchChannel, LocalizedText } from '../../domain/appeal/appeal.events.js';

/** Fixed ids of the bodies the appeals of the specs are written to. */
export const ADDRESSEES = {
  /** A Russian ministry: 59-FZ, 30 calendar days from registration. */
  mvd: '55555555-5555-4555-8555-555555555555',
  /** Another Russian body, where appeals are forwarded. */
  mintrud: '77777777-7777-4777-8777-777777777777',
  /** An interstate body: the secretariat sets the expected answer date. */
  ipa: '66666666-6666-4666-8666-666666666666',
  /** A Kazakh body: 15 working days from receipt. */
  kz: '88888888-8888-4888-8888-888888888888',
} as const;

const REGISTER: readonly (AddresseeDetails & { readonly id: string })[] = [
  { id: ADDRESSEES.mvd, name: { ru: 'МВД России', en: 'Ministry of Internal Affairs of Russia' }, country: 'RU', kind: 'ministry', policyId: 'RU-59FZ' },
  { id: ADDRESSEES.mintrud, name: { ru: 'Минтруд России', en: 'Ministry of Labour of Russia' }, country: 'RU', kind: 'ministry', policyId: 'RU-59FZ' },
  { id: ADDRESSEES.ipa, name: { ru: 'МПА СНГ', en: 'IPA CIS' }, country: 'interstate', kind: 'interstate_body', policyId: 'EXPECTED-DATE' },
  { id: ADDRESSEES.kz, name: { ru: 'Комитет миграции МТСЗН РК', en: 'Migration Committee of Kazakhstan' }, country: 'KZ', kind: 'agency', policyId: 'KZ-APPK' },
];

export const SUBJECT: LocalizedText = { ru: 'Об оргнаборе трудовых мигрантов', en: 'On organized recruitment of labour migrants' };

export interface Dispatch {
  readonly addresseeId?: string;
  readonly policyId?: string;
  readonly dispatchedOn: string;
  readonly outgoingNumber: string;
  readonly channel?: DispatchChannel;
  readonly expectedAnswerOn?: string | null;
}

/** An appeal drafted, approved, signed and dispatched (to the Russian ministry under 59-FZ unless said otherwise). */
export function dispatchedAppeal(dispatch: Dispatch, subject: LocalizedText = SUBJECT, followUpOf: string | null = null): AppealEvent[] {
  const addresseeId = dispatch.addresseeId ?? ADDRESSEES.mvd;
  return [
    {
      type: 'AppealDrafted',
      data: { addresseeId, subject, text: { ru: 'Текст обращения', en: null }, attachments: [], resolutionId: null, followUpOf },
    },
    { type: 'AppealApproved', data: { resolutionId: null } },
    { type: 'AppealSigned', data: { signatory: { name: 'Иванова А. П.', position: { ru: 'Председатель', en: 'Chair' } } } },
    {
      type: 'AppealDispatched',
      data: {
        addresseeId,
        policyId: dispatch.policyId ?? 'RU-59FZ',
        expectedAnswerOn: dispatch.expectedAnswerOn ?? null,
        dispatchedOn: dispatch.dispatchedOn,
        channel: dispatch.channel ?? 'official_portal',
        outgoingNumber: dispatch.outgoingNumber,
      },
    },
  ];
}

export const registered = (registeredOn: string, incomingNumber: string, addresseeId: string = ADDRESSEES.mvd): AppealEvent => ({
  type: 'AppealRegistered',
  data: { addresseeId, registeredOn, incomingNumber },
});

export const answered = (answeredOn: string, outcome: 'supported' | 'partially_supported' | 'declined' | 'forwarded' = 'supported'): AppealEvent => ({
  type: 'AppealAnswered',
  data: { answeredOn, reference: `№ ${answeredOn}/1`, outcome, summary: { ru: 'Ответ по существу', en: null }, attachmentSha256: null },
});

/** The next event of the ledger: positions rise across every stream of a spec. */
const recorded = <E extends AppealEvent | AddresseeEvent>(streamId: string, version: number, event: E): RecordedOf<E> =>
  recordedStream(streamId, [event], {
    fromVersion: version,
    startsAt: new Date('2026-03-01T10:00:00.000Z'),
    metadata: { actorId: 'account-secretary', correlationId: `request-${streamId}` },
  })[0];

/** The register of the four bodies of `ADDRESSEES`, as the addressees projection reads it. */
export const registeredAddressees = (): RecordedOf<AddresseeEvent>[] =>
  REGISTER.map(({ id, ...details }) => recorded<AddresseeEvent>(`addressee-${id}`, 1, { type: 'AddresseeRegistered', data: details }));

/**
 * The events of one appeal's stream as the ledger gives them: versions from `fromVersion`, recorded an
 * hour apart from 10:00 UTC on 1 March 2026 (version 1).
 */
export function recordedAppeal(appealId: string, events: readonly AppealEvent[], fromVersion = 1): RecordedOf<AppealEvent>[] {
  return events.map((event, index) => recorded(`appeal-${appealId}`, fromVersion + index, event));
}

/** The appeals' events of a history that also holds the register's, for the appeals projection. */
export const appealEventsOf = (history: readonly RecordedOf<AppealEvent | AddresseeEvent>[]) =>
  history.filter((event): event is RecordedOf<AppealEvent> => event.streamId.startsWith('appeal-'));

/** The register's events of such a history, for the addressees projection. */
export const addresseeEventsOf = (history: readonly RecordedOf<AppealEvent | AddresseeEvent>[]) =>
  history.filter((event): event is RecordedOf<AddresseeEvent> => event.streamId.startsWith('addressee-'));
