import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import { membershipFeature, MembershipModule } from '#accord/membership';
import { innWith, ogrnWith } from '../../libs/membership/src/domain/testing/check-digits.js';
import { russianApplication } from '../../libs/membership/src/domain/testing/applications.js';
import { eventsRecorded, type TestApp } from '../support/test-app.js';

export const membership = { feature: membershipFeature, module: MembershipModule };

// Seven digits of each identifier vary: drawn at random for every call, 300 of them collided once
// in a few hundred runs (an INN already on the register), so they count up from a random start.
const SERIALS = 1e7;
let nextSerial = randomInt(0, SERIALS);

/** A Russian OGRN and INN with correct check digits, different on every call (of a test file). */
export function russianIdentifier(): { ogrn: string; inn: string } {
  const serial = String(nextSerial).padStart(7, '0');
  nextSerial = (nextSerial + 1) % SERIALS;
  return { ogrn: ogrnWith(`12677${serial}`), inn: innWith(`77${serial}`) };
}

/** The body of an application as a client sends it: the fictional Russian staffing agency of the domain's specs. */
export function applicationBody(overrides: Record<string, unknown> = {}) {
  const { name, country, legalForm, category, contacts, representatives } = russianApplication;
  return {
    name,
    country,
    legalForm,
    nationalIdentifier: { scheme: 'RU_OGRN_INN', values: russianIdentifier() },
    category,
    contacts,
    representatives: representatives.map(({ name: person, position, email }) => ({ name: person, position, email })),
    ...overrides,
  };
}

export const resolution = () => ({ kind: 'resolution', resolutionId: randomUUID() }) as const;
/** After the demo Association's establishment (2026-07-10), so suites that seed the demo accept it too. */
export const assemblyDecision = { kind: 'decision', body: 'general_assembly', reference: 'Протокол общего собрания № 3, п. 2', date: '2026-07-20' } as const;

export const eventCount = (testApp: TestApp) => eventsRecorded(testApp);

/** Requests with a bearer token of the given roles. */
export function client(testApp: TestApp, token: string) {
  const server = testApp.app.getHttpServer();
  return {
    get: (path: string) => request(server).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => request(server).post(path).set('Authorization', `Bearer ${token}`).send(body),
  };
}

export type Client = ReturnType<typeof client>;

/** Given an application on the register: its id and the position of its event. */
export async function appliedMember(secretariat: Client, overrides: Record<string, unknown> = {}) {
  const response = await secretariat.post('/api/v1/members', applicationBody(overrides)).expect(201);
  return response.body as { id: string; version: number; position: string; events: string[] };
}

/** Given an admitted member (full unless said otherwise). */
export async function admittedMember(secretariat: Client, membershipKind: 'full' | 'observer' = 'full', overrides: Record<string, unknown> = {}) {
  const { id } = await appliedMember(secretariat, overrides);
  const admitted = await secretariat.post(`/api/v1/members/${id}/admission`, { membership: membershipKind, decision: assemblyDecision }).expect(201);
  return admitted.body as { id: string; version: number; position: string; events: string[] };
}
