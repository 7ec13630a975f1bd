import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DomainRuleViolation, fold } from '#accord/kernel';
import { EventStoreDbEventStore, ledgerMigrations, PostgresEventStore, type EventStore } from '#accord/ledger';
import { InMemoryEventStoreDb } from '../../ledger/src/eventstoredb/testing/in-memory-eventstoredb.js';
import { createTestDatabase } from '../../../test/support/test-database.js';
import { noticeAggregate, noticeDecider, type NoticeCommand } from '../../../test/fixtures/notices/notice.decide.js';
import type { NoticeEvent } from '../../../test/fixtures/notices/notice.events.js';
import { CommandProcessor, type CommandInput } from './command-processor.js';
import { runWithContext } from './request-context.js';

const now = new Date('2026-04-20T09:00:00.000Z');
const metadata = { now, actorId: 'account-7', onBehalfOf: null };
const context = { actorId: 'account-7', onBehalfOf: null, correlationId: 'request-1', causationId: 'request-1' };

const title = fc.record({ ru: fc.constantFrom('Повестка', 'Собрание', 'Взносы'), en: fc.constantFrom('Agenda', 'Assembly', null) });
const command: fc.Arbitrary<CommandInput<NoticeCommand>> = fc.oneof(
  fc.record({ type: fc.constant('PostNotice' as const), data: fc.record({ title }) }),
  fc.record({ type: fc.constant('AmendNotice' as const), data: fc.record({ title }) }),
  fc.record({ type: fc.constant('ArchiveNotice' as const), data: fc.record({ reason: fc.constantFrom('done', 'moved') }) }),
);
/** Which server instance sends the commands (each with its own cache), all at once, on which of two records. */
const steps = fc.array(fc.record({ instance: fc.nat(2), record: fc.nat(1), burst: fc.array(command, { minLength: 1, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 8,
});

type Outcome = { readonly events: readonly NoticeEvent[] } | { readonly refused: string };

function decidedFromTheStart(history: readonly NoticeEvent[], input: CommandInput<NoticeCommand>): Outcome {
  try {
    return { events: noticeDecider.decide({ ...input, metadata } as NoticeCommand, fold(noticeDecider, history)) };
  } catch (error) {
    if (error instanceof DomainRuleViolation) return { refused: error.code };
    throw error;
  }
}

const domainEvents = (recorded: readonly { type: string; data: unknown }[]) =>
  recorded.map(({ type, data }) => ({ type, data }) as NoticeEvent);

/**
 * Three instances on one ledger: one keeps no state between commands, one keeps a single stream
 * (so the two records keep pushing each other out), one keeps every stream.
 */
async function cachedFoldsEqualFoldsFromTheStart(store: EventStore): Promise<void> {
  const instances = [0, 1, 100].map((cachedStreams) => new CommandProcessor(store, { clock: () => now, cachedStreams }));
  await fc.assert(
    fc.asyncProperty(steps, async (sequence) => {
      const ids = [randomUUID(), randomUUID()];
      for (const { instance, record, burst } of sequence) {
        const streamId = `${noticeAggregate.category}-${ids[record]}`;
        const before = await store.readStream(streamId);
        // Sent at once, they are decided in the order sent, each on the events of the ones before.
        const expected: Outcome[] = [];
        let history = domainEvents(before);
        for (const input of burst) {
          const outcome = decidedFromTheStart(history, input);
          expected.push(outcome);
          if ('events' in outcome) history = [...history, ...outcome.events];
        }
        const answers = await Promise.all(
          burst.map((input) =>
            runWithContext(context, () => instances[instance].execute(noticeAggregate, ids[record], input)).then(
              async ({ version, events }) => ({ events: domainEvents(await store.readStream(streamId, { fromVersion: version - events.length + 1, maxCount: events.length })) }),
              (error: unknown) => {
                if (error instanceof DomainRuleViolation) return { refused: error.code };
                throw error;
              },
            ),
          ),
        );
        expect(answers).toEqual(expected);
        expect(domainEvents(await store.readStream(streamId, { fromVersion: before.length + 1 }))).toEqual(history.slice(before.length));
        for (const id of ids) {
          const whole = await store.readStream(`${noticeAggregate.category}-${id}`);
          const fromTheStart = { state: fold(noticeDecider, domainEvents(whole)), version: whole.length };
          for (const processor of instances) expect(await processor.load(noticeAggregate, id)).toEqual(fromTheStart);
        }
      }
    }),
    { numRuns: 30 },
  );
}

describe('a fold from the cached state', () => {
  it('given any commands from instances with and without cached states, on the PostgreSQL ledger, then every decision and every load equals the fold from the start', async () => {
    const database = await createTestDatabase(ledgerMigrations);
    const store = await PostgresEventStore.open(database.pool);
    try {
      await cachedFoldsEqualFoldsFromTheStart(store);
    } finally {
      await store.close();
      await database.drop();
    }
  }, 120_000);

  it('given any commands from instances with and without cached states, on the EventStoreDB ledger, then every decision and every load equals the fold from the start', async () => {
    const store = new EventStoreDbEventStore(new InMemoryEventStoreDb().client, { streamPrefix: `cache-${randomUUID()}-`, pollMilliseconds: 10 });
    try {
      await cachedFoldsEqualFoldsFromTheStart(store);
    } finally {
      await store.close();
    }
  }, 120_000);
});
