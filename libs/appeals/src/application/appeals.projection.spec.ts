import { projectionSpec } from '../../../projections/src/testing/projection-spec.js';
import type { AppealEvent } from '../domain/appeal/appeal.events.js';
import { appealsReadMigrations } from './appeals-read.migrations.js';
import { AppealRow, appealsProjection, AppealTimelineRow, outgoingSortKey } from './appeals.projection.js';
import { ADDRESSEES, answered, dispatchedAppeal, recordedAppeal, registered } from './testing/appeal-histories.js';

const spec = projectionSpec(appealsProjection, { migrations: appealsReadMigrations, entities: [AppealRow, AppealTimelineRow] });
const { given } = spec;

const APPEAL = '11111111-1111-4111-8111-111111111111';
const FOLLOW_UP = '22222222-2222-4222-8222-222222222222';

const appeal = async (id = APPEAL) => spec.dataSource.getRepository(AppealRow).findOneByOrFail({ id });

/** The appeal dispatched to the Russian ministry on 17 April 2026 and registered there on 20 April. */
const registeredHistory = () =>
  recordedAppeal(APPEAL, [...dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '2026-0014' }), registered('2026-04-20', '3/2261045')]);

describe('the appeals projection', () => {
  it('keeps a registered appeal with its particulars and its deadlines under 59-FZ', async () => {
    await given(registeredHistory());
    expect(await appeal()).toMatchObject({
      stage: 'registered',
      addresseeId: ADDRESSEES.mvd,
      holderId: ADDRESSEES.mvd,
      subjectRu: 'Об оргнаборе трудовых мигрантов',
      searchText: 'об оргнаборе трудовых мигрантов\non organized recruitment of labour migrants',
      signatory: { name: 'Иванова А. П.', position: { ru: 'Председатель', en: 'Chair' } },
      outgoingNumber: '2026-0014',
      dispatchedOn: '2026-04-17',
      channel: 'official_portal',
      registeredOn: '2026-04-20',
      incomingNumber: '3/2261045',
      policyId: 'RU-59FZ',
      registrationDueOn: '2026-04-20',
      periodStartsOn: '2026-04-20',
      dueOn: '2026-05-20',
      dueOnBasis: 'statute',
      isEstimate: false,
      estimateReasons: [],
      dueSoonFrom: '2026-05-13',
      veryOverdueFrom: '2026-06-20',
      answeredOn: null,
      answeredLate: null,
      closed: false,
      closedUnanswered: false,
      version: 5,
      createdAt: new Date('2026-03-01T10:00:00.000Z'),
      updatedAt: new Date('2026-03-01T14:00:00.000Z'),
    });
  });

  it('keeps the events the deadline engine reads and no others', async () => {
    await given(registeredHistory());
    expect((await appeal()).deadlineEvents.map((event) => event.type)).toEqual(['AppealDispatched', 'AppealRegistered']);
  });

  it('estimates the due date while the addressee has not reported its registration', async () => {
    await given(recordedAppeal(APPEAL, dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '2026-0014' })));
    expect(await appeal()).toMatchObject({
      stage: 'dispatched',
      registeredOn: null,
      periodStartsOn: '2026-04-20',
      dueOn: '2026-05-20',
      isEstimate: true,
      estimateReasons: ['registration_date_unknown'],
    });
  });

  it('hands a forwarded appeal to the new body, whose period starts again', async () => {
    const forwarded: AppealEvent = {
      type: 'AppealForwarded',
      data: { addresseeId: ADDRESSEES.mintrud, policyId: 'RU-59FZ', expectedAnswerOn: null, forwardedOn: '2026-04-25', fromAddresseeId: ADDRESSEES.mvd },
    };
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [forwarded], 6)]);
    expect(await appeal()).toMatchObject({
      stage: 'dispatched',
      addresseeId: ADDRESSEES.mvd,
      holderId: ADDRESSEES.mintrud,
      registeredOn: null,
      incomingNumber: null,
      forwardedCount: 1,
      lastForwardedOn: '2026-04-25',
      periodStartsOn: '2026-04-28',
      dueOn: '2026-05-28',
      isEstimate: true,
    });
  });

  it('keeps the registration of the current holder only, not a late one from the body it was forwarded away from', async () => {
    const forwarded: AppealEvent = {
      type: 'AppealForwarded',
      data: { addresseeId: ADDRESSEES.mintrud, policyId: 'RU-59FZ', expectedAnswerOn: null, forwardedOn: '2026-04-25', fromAddresseeId: ADDRESSEES.mvd },
    };
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [forwarded, registered('2026-04-26', 'late-1', ADDRESSEES.mvd)], 6)]);
    expect(await appeal()).toMatchObject({ stage: 'dispatched', registeredOn: null, incomingNumber: null, version: 7 });
  });

  it('takes the date the secretariat expects where no statute sets a period', async () => {
    const history = [
      ...dispatchedAppeal({ addresseeId: ADDRESSEES.ipa, policyId: 'EXPECTED-DATE', dispatchedOn: '2026-04-17', outgoingNumber: '2026-0015' }),
      { type: 'ExpectedAnswerDateSet', data: { expectedAnswerOn: '2026-06-30' } } as const,
    ];
    await given(recordedAppeal(APPEAL, history));
    expect(await appeal()).toMatchObject({ holderId: ADDRESSEES.ipa, policyId: 'EXPECTED-DATE', dueOn: '2026-06-30', dueOnBasis: 'expected_by_secretariat' });
  });

  it('records a late answer and the closing of the appeal', async () => {
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [answered('2026-05-22', 'partially_supported'), { type: 'AppealClosed', data: { reason: null } }], 6)]);
    expect(await appeal()).toMatchObject({
      stage: 'closed',
      answeredOn: '2026-05-22',
      outcome: 'partially_supported',
      answerReference: '№ 2026-05-22/1',
      answeredLate: true,
      closed: true,
      closedUnanswered: false,
    });
  });

  it('marks an appeal closed without an answer', async () => {
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [{ type: 'AppealClosed', data: { reason: { ru: 'Утратило актуальность', en: null } } }], 6)]);
    expect(await appeal()).toMatchObject({ stage: 'closed', answeredOn: null, closed: true, closedUnanswered: true });
  });

  it('keeps the reminders recorded in a form a query can look up', async () => {
    const reminder: AppealEvent = { type: 'AppealDeadlineReminderRecorded', data: { kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' } };
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [reminder], 6)]);
    expect((await appeal()).reminders).toEqual(['due_soon:2026-05-20']);
    expect(await spec.dataSource.query(`SELECT id FROM appeals WHERE reminders ? 'due_soon:2026-05-20'`)).toEqual([{ id: APPEAL }]);
  });

  it('links an appeal and its follow-up both ways', async () => {
    const opened: AppealEvent = { type: 'AppealFollowUpOpened', data: { followUpAppealId: FOLLOW_UP } };
    const followUp = dispatchedAppeal({ dispatchedOn: '2026-06-01', outgoingNumber: '2026-0020' }, { ru: 'Повторное обращение', en: null }, APPEAL).slice(0, 1);
    await given([...registeredHistory(), ...recordedAppeal(APPEAL, [opened], 6), ...recordedAppeal(FOLLOW_UP, followUp)]);
    expect((await appeal()).followUpIds).toEqual([FOLLOW_UP]);
    expect(await appeal(FOLLOW_UP)).toMatchObject({ stage: 'draft', followUpOf: APPEAL, subjectEn: null, dispatchedOn: null, policyId: null });
  });

  it('takes a revised addressee and subject while the appeal is a draft', async () => {
    const [drafted] = dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: '2026-0014' });
    const revised: AppealEvent = {
      type: 'AppealRevised',
      data: { addresseeId: ADDRESSEES.ipa, subject: { ru: 'О ЁМКОСТИ квот', en: null }, text: { ru: 'Текст', en: null }, attachments: [], resolutionId: null },
    };
    await given(recordedAppeal(APPEAL, [drafted, revised]));
    expect(await appeal()).toMatchObject({ stage: 'draft', addresseeId: ADDRESSEES.ipa, holderId: ADDRESSEES.ipa, searchText: 'о емкости квот\n' });
  });

  it('keeps one timeline entry per event with who recorded it, why, and its global position', async () => {
    const history = registeredHistory();
    await given(history);
    const timeline = await spec.dataSource.getRepository(AppealTimelineRow).find({ where: { appealId: APPEAL }, order: { version: 'ASC' } });
    expect(timeline.map((entry) => entry.type)).toEqual(['AppealDrafted', 'AppealApproved', 'AppealSigned', 'AppealDispatched', 'AppealRegistered']);
    expect(timeline[4]).toEqual({
      appealId: APPEAL,
      version: 5,
      eventId: history[4].eventId,
      type: 'AppealRegistered',
      recordedAt: history[4].recordedAt,
      actorId: 'account-secretary',
      onBehalfOf: null,
      correlationId: `request-appeal-${APPEAL}`,
      causationId: null,
      commitPosition: history[4].position.commit.toString(),
      sequencePosition: history[4].position.sequence.toString(),
      data: { addresseeId: ADDRESSEES.mvd, registeredOn: '2026-04-20', incomingNumber: '3/2261045' },
    });
  });

  spec.itReplaysIdempotently([
    ...registeredHistory(),
    ...recordedAppeal(APPEAL, [answered('2026-05-15')], 6),
    ...recordedAppeal(FOLLOW_UP, dispatchedAppeal({ dispatchedOn: '2026-06-01', outgoingNumber: '2026-0020' })),
  ]);

  it('applies a batch too large for the parameters of one statement, keeping every appeal, entry and count once', async () => {
    const ids = Array.from({ length: 2_000 }, (_, index) => `${String(index).padStart(8, '0')}-1111-4111-8111-111111111111`);
    const history = ids.flatMap((id, index) => recordedAppeal(id, dispatchedAppeal({ dispatchedOn: '2026-04-17', outgoingNumber: `2026-${index}` })));
    await given(history);
    const [{ appeals, entries, counted }] = await spec.dataSource.query(
      `SELECT (SELECT count(*)::int FROM appeals) AS appeals, (SELECT count(*)::int FROM appeal_timeline) AS entries,
              (SELECT sum(count)::int FROM appeal_counts) AS counted`,
    );
    expect({ appeals, entries, counted }).toEqual({ appeals: 2_000, entries: history.length, counted: 2_000 });
  });

  it('sorts outgoing numbers by their numbers, not their characters', () => {
    const numbers = ['2026-0010', '12/ИСХ', '2026-9', '9/ИСХ', '2026-0002'];
    expect([...numbers].sort((a, b) => (outgoingSortKey(a) < outgoingSortKey(b) ? -1 : 1))).toEqual(['9/ИСХ', '12/ИСХ', '2026-0002', '2026-9', '2026-0010']);
  });
});
