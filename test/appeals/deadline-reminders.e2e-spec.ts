import { DeadlineReminders } from '#accord/appeals';
import { client, type Client } from '../membership/membership-fixtures.js';
import { suiteApp } from '../support/test-app.js';
import { appealHistory, appeals, dispatchedAppeal, registeredAddressee, type CommandAnswer } from './appeal-fixtures.js';

const testApp = suiteApp([appeals]);
let secretariat: Client;
let auditor: Client;
let reminders: DeadlineReminders;
let ministry: string;

beforeAll(async () => {
  secretariat = client(testApp, await testApp.tokenFor(['secretariat']));
  auditor = client(testApp, await testApp.tokenFor(['auditor']));
  reminders = testApp.app.get(DeadlineReminders);
  ministry = await registeredAddressee(secretariat);
});

/** Given an appeal registered by the ministry on 20 April 2026 (due 20 May), with the read model caught up. */
async function registeredAppeal(): Promise<string> {
  const { id } = await dispatchedAppeal(secretariat, ministry, '2026-04-17');
  const registration = (await secretariat.post(`/api/v1/appeals/${id}/registration`, { registeredOn: '2026-04-20', incomingNumber: 'ОГ-7' }).expect(201))
    .body as CommandAnswer;
  await caughtUp(id, registration.position);
  return id;
}

const caughtUp = (id: string, position: string) => auditor.get(`/api/v1/appeals/${id}?minPosition=${position}`).expect(200);

const remindersOf = async (id: string) =>
  (await appealHistory(auditor, id)).filter((event) => event.type === 'AppealDeadlineReminderRecorded').map((event) => event.data);

describe('deadline reminders', () => {
  it('records nothing before an appeal is due soon', async () => {
    const id = await registeredAppeal();
    const recorded = await reminders.remind('2026-05-12');
    expect(recorded.filter((reminder) => reminder.appealId === id)).toEqual([]);
    expect(await remindersOf(id)).toEqual([]);
  });

  it('records once that an appeal became due soon, seven days before its due date', async () => {
    const id = await registeredAppeal();
    expect(await reminders.remind('2026-05-13')).toContainEqual({ appealId: id, kind: 'due_soon', dueOn: '2026-05-20' });
    const [history] = await appealHistory(auditor, id).then((events) => events.filter((event) => event.type === 'AppealDeadlineReminderRecorded'));
    await caughtUp(id, (history as unknown as { position: string }).position);
    expect((await reminders.remind('2026-05-14')).filter((reminder) => reminder.appealId === id)).toEqual([]);
    expect(await remindersOf(id)).toEqual([{ kind: 'due_soon', dueOn: '2026-05-20', recordedOn: '2026-05-13' }]);
  });

  it('records once that an appeal became overdue, as the deadline reminders job', async () => {
    const id = await registeredAppeal();
    expect(await reminders.remind('2026-05-21')).toContainEqual({ appealId: id, kind: 'overdue', dueOn: '2026-05-20' });
    expect(await reminders.remind('2026-05-22')).not.toContainEqual(expect.objectContaining({ appealId: id }));
    const events = (await auditor.get(`/api/v1/ledger/streams/appeal-${id}`).expect(200)).body.items;
    const overdue = events.filter((event: { type: string }) => event.type === 'AppealDeadlineReminderRecorded');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ data: { kind: 'overdue', recordedOn: '2026-05-21' }, metadata: { actorId: 'system:deadline_reminders' } });
  });

  it('reminds nobody of an answered appeal', async () => {
    const id = await registeredAppeal();
    const answer = { answeredOn: '2026-05-15', reference: '1', outcome: 'supported', summary: { ru: 'Поддержано' } };
    const answered = (await secretariat.post(`/api/v1/appeals/${id}/answer`, answer).expect(201)).body as CommandAnswer;
    await caughtUp(id, answered.position);
    expect(await reminders.remind('2026-05-25')).not.toContainEqual(expect.objectContaining({ appealId: id }));
    expect(await remindersOf(id)).toEqual([]);
  });
});
