import { appealsFeature, AppealsModule } from '#accord/appeals';
import type { Client } from '../membership/membership-fixtures.js';

export const appeals = { feature: appealsFeature, module: AppealsModule };

export type CommandAnswer = { id: string; version: number; position: string; events: string[] };

export const RUSSIAN_MINISTRY = {
  name: { ru: 'Министерство труда и социальной защиты Российской Федерации', en: 'Ministry of Labour and Social Protection of the Russian Federation' },
  country: 'RU',
  kind: 'ministry',
};

export const RUSSIAN_INTERIOR = {
  name: { ru: 'Министерство внутренних дел Российской Федерации', en: 'Ministry of Internal Affairs of the Russian Federation' },
  country: 'RU',
  kind: 'ministry',
};

export const INTER_PARLIAMENTARY_ASSEMBLY = {
  name: { ru: 'Межпарламентская Ассамблея государств — участников СНГ', en: 'Inter-Parliamentary Assembly of the CIS Member Nations' },
  country: 'interstate',
  kind: 'interstate_body',
};

export async function registeredAddressee(secretariat: Client, body: object = RUSSIAN_MINISTRY): Promise<string> {
  return ((await secretariat.post('/api/v1/addressees', body).expect(201)).body as CommandAnswer).id;
}

export function contentBody(addresseeId: string, overrides: Record<string, unknown> = {}) {
  return {
    addresseeId,
    subject: { ru: 'Об актуализации профессионального стандарта', en: 'On updating the professional standard' },
    text: {
      ru: 'Объединение просит рассмотреть предложения по актуализации профессионального стандарта «Специалист в сфере трудовой миграции».',
      en: 'The Association asks you to consider its proposals to update the professional standard “Specialist in labour migration”.',
    },
    attachments: [{ name: 'Предложения.pdf', sha256: 'ab'.repeat(32) }],
    ...overrides,
  };
}

export const signatureBody = { signatory: { name: 'Иванова Мария Петровна', position: { ru: 'Председатель Совета', en: 'Chair of the Council' } } };

export async function draftedAppeal(secretariat: Client, addresseeId: string, overrides: Record<string, unknown> = {}): Promise<CommandAnswer> {
  return (await secretariat.post('/api/v1/appeals', contentBody(addresseeId, overrides)).expect(201)).body as CommandAnswer;
}

/** Given an appeal approved and signed, ready to be sent. */
export async function signedAppeal(secretariat: Client, addresseeId: string): Promise<CommandAnswer> {
  const { id } = await draftedAppeal(secretariat, addresseeId);
  await secretariat.post(`/api/v1/appeals/${id}/approval`).expect(201);
  return (await secretariat.post(`/api/v1/appeals/${id}/signature`, signatureBody).expect(201)).body as CommandAnswer;
}

/**
 * Given an appeal sent on `dispatchedOn` by the official portal, under an outgoing number given by
 * hand: the letters of a test are sent on dates in any order, which the year's running numbers
 * would not allow.
 */
export async function dispatchedAppeal(secretariat: Client, addresseeId: string, dispatchedOn = '2026-04-17', extra: object = {}): Promise<CommandAnswer> {
  const { id } = await signedAppeal(secretariat, addresseeId);
  const body = { dispatchedOn, channel: 'official_portal', outgoingNumber: `${id.slice(0, 8)}/ИСХ`, ...extra };
  return (await secretariat.post(`/api/v1/appeals/${id}/dispatch`, body).expect(201)).body as CommandAnswer;
}

/** The types and data of an appeal's events, as the ledger holds them. */
export async function appealHistory(auditor: Client, appealId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return (await auditor.get(`/api/v1/ledger/streams/appeal-${appealId}`).expect(200)).body.items;
}
