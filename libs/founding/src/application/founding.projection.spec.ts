import { nameBasedUuid } from '#accord/eventsourcing';
import type { RecordedEvent } from '#accord/ledger';
import type { MemberEvent } from '#accord/membership';
import { projectionSpec, recordedStream } from '../../../projections/src/testing/projection-spec.js';
import type { FoundingEvent } from '../domain/founding.events.js';
import { DEFAULT_FOUNDING_RULES } from '../domain/founding.rules.js';
import {
  authority,
  convening,
  draftText1,
  draftText2,
  drafting,
  establishedHistory,
  filed,
  filedHistory,
  heldHistory,
  kzLetter,
  launched,
  received,
  refusal,
  refused,
  registration,
  ruLetter,
  sha256,
} from '../domain/testing/founding-history.js';
import { founderAdmissionCommandId } from './founder-admission-keys.js';
import { foundingView, type AdmissionFailure } from './founding-view.js';
import { foundingMigrations } from './founding.migrations.js';
import { CharterDraftRow, FoundingProcessRow, foundingProjection } from './founding.projection.js';

const spec = projectionSpec(foundingProjection, { migrations: foundingMigrations, entities: [FoundingProcessRow, CharterDraftRow] });
const { given } = spec;

const RECORDED_AT = new Date('2026-07-01T10:00:00.000Z');

/** Events as the ledger returns them: the founding's stream versions counted from `firstVersion`. */
const recorded = (events: readonly FoundingEvent[], firstVersion = 1): RecordedEvent[] =>
  recordedStream('founding-association', events, {
    fromVersion: firstVersion,
    startsAt: RECORDED_AT,
    every: 0,
    metadata: { actorId: 'secretary-1', causationId: 'request-1' },
  });

const memberAdmitted = (memberId: string, decision: Extract<MemberEvent, { type: 'MemberAdmitted' }>['data']['decision'], commandId: string | null): RecordedEvent =>
  recordedStream(`member-${memberId}`, [{ type: 'MemberAdmitted', data: { membership: 'full', decision } }], {
    fromVersion: 2,
    startsAt: new Date('2026-07-01T10:00:05.000Z'),
    every: 0,
    metadata: { actorId: 'system:founders_admission', commandId },
  })[0];

const stored = () => spec.dataSource.getRepository(FoundingProcessRow).findOneBy({ id: 'association' });
const drafts = () => spec.dataSource.query('SELECT number, sha256, content, recorded_at FROM founding_charter_drafts ORDER BY number');
const view = async (failures: AdmissionFailure[] = []) => foundingView(await stored(), DEFAULT_FOUNDING_RULES, failures);

describe('founding projection', () => {
  it('keeps the decider’s state of the founding with the version of its stream', async () => {
    await given(recorded(drafting));
    expect(await stored()).toMatchObject({ id: 'association', stage: 'charter_drafting', version: drafting.length });
    expect((await view()).founders.map((founder) => founder.letterId)).toEqual(['letter-ru', 'letter-kz', 'letter-uz']);
  });

  it('keeps the full text of each charter draft under its number', async () => {
    await given(recorded(drafting));
    expect(await drafts()).toEqual([
      { number: 1, sha256: sha256(draftText1), content: draftText1, recorded_at: new Date('2026-04-02T10:00:00.000Z') },
      { number: 2, sha256: sha256(draftText2), content: draftText2, recorded_at: new Date('2026-04-02T10:00:00.000Z') },
    ]);
  });

  it('shows the checklist with each step’s date and what blocks the next one', async () => {
    await given(recorded(drafting));
    const founding = await view();
    expect(founding).toMatchObject({
      stage: 'charter_drafting',
      stageTitle: { ru: 'подготовка устава', en: 'charter drafting' },
      version: 6,
      next: 'assembly_convened',
      blockers: [{ code: 'ASSEMBLY_NOT_CONVENED', text: { ru: expect.any(String), en: expect.any(String) } }],
      founderCount: { founders: 3, states: 3 },
      charterDrafts: [
        { number: 1, sha256: sha256(draftText1), recordedAt: '2026-04-02T10:00:00.000Z' },
        { number: 2, sha256: sha256(draftText2), recordedAt: '2026-04-02T10:00:00.000Z' },
      ],
    });
    expect(founding.steps.map(({ step, done, date }) => [step, done, date])).toEqual([
      ['initiative_launched', true, '2026-03-02'],
      ['founders_gathering', true, '2026-03-12'],
      ['charter_drafting', true, '2026-04-02'],
      ['assembly_convened', false, null],
      ['assembly_held', false, null],
      ['registration_filed', false, null],
      ['registered', false, null],
      ['established', false, null],
    ]);
  });

  it('says what the founders lack while they are gathering, under the rules it is given', async () => {
    await given(recorded([launched, received(ruLetter)]));
    const row = await stored();
    expect(foundingView(row, DEFAULT_FOUNDING_RULES).blockers.map((blocker) => blocker.code)).toEqual(['FOUNDERS_MISSING', 'STATES_MISSING']);
    expect(foundingView(row, { ...DEFAULT_FOUNDING_RULES, minFounders: 1, minStates: 1 }).next).toBe('charter_drafting');
  });

  it('shows a withdrawn letter with its date and reason', async () => {
    const reason = { ru: 'Решение правления', en: null };
    await given(recorded([...drafting, { type: 'LetterOfIntentWithdrawn', data: { letterId: 'letter-uz', withdrawnOn: '2026-04-05', reason } }]));
    const founding = await view();
    expect(founding.founders.find((founder) => founder.letterId === 'letter-uz')).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: '2026-04-05',
      withdrawalReason: reason,
    });
    expect(founding.founderCount).toEqual({ founders: 2, states: 2 });
  });

  it('shows the assembly convened and held with the names of the founders present', async () => {
    await given(recorded(heldHistory));
    const { assembly } = await view();
    expect(assembly.convened).toEqual(convening);
    expect(assembly.held).toMatchObject({
      date: convening.date,
      charter: { number: 2, sha256: sha256(draftText2) },
      present: [
        { letterId: 'letter-ru', organizationName: ruLetter.organization.name, establishmentVote: 'for' },
        { letterId: 'letter-kz', organizationName: kzLetter.organization.name, establishmentVote: 'for' },
      ],
      chair: { representing: 'letter-ru' },
    });
  });

  it('keeps every filing and refusal when the documents are filed again', async () => {
    await given(recorded([...filedHistory, refused, filed('2026-06-22')]));
    const founding = await view();
    expect(founding.registration).toEqual({
      filing: { authority, filedOn: '2026-06-22', reference: null },
      filings: [
        { authority, filedOn: '2026-05-25', reference: null },
        { authority, filedOn: '2026-06-22', reference: null },
      ],
      refusals: [refusal],
      registrationNumber: null,
      registeredOn: null,
    });
    expect(founding.next).toBe('registered');
    expect(founding.blockers[0].code).toBe('REGISTRATION_PENDING');
  });

  it('shows the Association established with its founders waiting for their admission', async () => {
    await given(recorded(establishedHistory));
    const founding = await view();
    expect(founding).toMatchObject({
      stage: 'established',
      next: null,
      blockers: [],
      establishedOn: registration.registeredOn,
      registration: { registrationNumber: registration.registrationNumber, registeredOn: registration.registeredOn },
    });
    expect(founding.steps.every((step) => step.done)).toBe(true);
    expect(founding.founders.map((founder) => [founder.letterId, founder.admission])).toEqual([
      ['letter-ru', { status: 'pending', memberId: 'letter-ru' }],
      ['letter-kz', { status: 'pending', memberId: 'letter-kz' }],
      // Not present at the assembly: not a founder of the Association.
      ['letter-uz', null],
    ]);
  });

  it('shows a founder admitted when the register admitted it by this founding, whatever its member id', async () => {
    const history = recorded(establishedHistory);
    const established = history[history.length - 1];
    await given(history);
    await given([memberAdmitted('member-7', { kind: 'founding', eventId: established.eventId }, founderAdmissionCommandId(established, 'letter-kz'))]);
    const founders = (await view()).founders;
    expect(founders.find((founder) => founder.letterId === 'letter-kz')?.admission).toEqual({
      status: 'admitted',
      memberId: 'member-7',
      admittedOn: '2026-06-25',
      admittedAt: '2026-07-01T10:00:05.000Z',
      eventId: nameBasedUuid('member-member-7:2'),
    });
    expect(founders.find((founder) => founder.letterId === 'letter-ru')?.admission).toEqual({ status: 'pending', memberId: 'letter-ru' });
  });

  it('ignores admissions decided otherwise than by this founding', async () => {
    const history = recorded(establishedHistory);
    await given(history);
    const before = await stored();
    await given([
      memberAdmitted('letter-ru', { kind: 'resolution', resolutionId: 'resolution-1' }, null),
      memberAdmitted('letter-kz', { kind: 'founding', eventId: nameBasedUuid('another founding') }, null),
    ]);
    expect(await stored()).toEqual(before);
  });

  it('shows a founder the register refused as failed, with the rule’s code and text', async () => {
    await given(recorded(establishedHistory));
    const failure: AdmissionFailure = {
      letterId: 'letter-ru',
      memberId: 'letter-ru',
      code: 'FOUNDER_IDENTITY_MISMATCH',
      message: { ru: 'Заявление в реестре подано другой организацией', en: 'The application on the register belongs to another organization' },
      details: null,
      failedAt: '2026-07-01T10:00:06.000Z',
    };
    const founder = (await view([failure])).founders.find((candidate) => candidate.letterId === 'letter-ru');
    expect(founder?.admission).toEqual({ status: 'failed', memberId: 'letter-ru', code: 'FOUNDER_IDENTITY_MISMATCH', message: failure.message, details: null, failedAt: failure.failedAt });
  });

  const founding = recorded(establishedHistory);
  const establishment = founding[founding.length - 1];
  spec.itReplaysIdempotently([
    ...founding,
    memberAdmitted('letter-ru', { kind: 'founding', eventId: establishment.eventId }, founderAdmissionCommandId(establishment, 'letter-ru')),
  ]);

  it('shows a founding not started before any event', async () => {
    const founding = await view();
    expect(founding).toMatchObject({ stage: 'not_started', version: 0, next: 'initiative_launched', initiative: null, founders: [], charterDrafts: [] });
    expect(founding.blockers[0].code).toBe('INITIATIVE_NOT_LAUNCHED');
  });
});
