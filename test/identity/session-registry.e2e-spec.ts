import { randomUUID } from 'node:crypto';
import { CommandProcessor, runAsSystem } from '#accord/eventsourcing';
import { accountAggregate, SessionRegistry } from '#accord/identity';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { createTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let store: EventStore;
let streamReads: number;
let registry: SessionRegistry;

beforeAll(async () => {
  testApp = await createTestApp();
  const real = testApp.app.get<EventStore>(EVENT_STORE);
  // The real ledger, counting the reads a check of a token would cost.
  store = new Proxy(real, {
    get(target, property) {
      if (property === 'readStream') return (...args: Parameters<EventStore['readStream']>) => ((streamReads += 1), target.readStream(...args));
      const value = Reflect.get(target, property) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  registry = new SessionRegistry(new CommandProcessor(store), store);
});
beforeEach(() => (streamReads = 0));
afterAll(async () => {
  await registry.close();
  await testApp.close();
});

const processor = () => testApp.app.get(CommandProcessor);
const register = (id: string) =>
  runAsSystem('test', () =>
    processor().execute(accountAggregate, id, { type: 'RegisterAccount', data: { name: 'Тест', email: `${id}@accord.example`, roles: ['committee'], organizationId: null } }),
  );

describe('the session registry', () => {
  it('reads an account from the ledger once, then answers from memory', async () => {
    const id = randomUUID();
    await register(id);
    for (let check = 0; check < 100; check += 1) expect((await registry.current(id)).status).toBe('active');
    expect(streamReads).toBe(1);
  });

  it('drops an account when another process records an act on it, and reads the new state', async () => {
    const id = randomUUID();
    await register(id);
    await registry.current(id);
    // Recorded through the application's own processor: this registry is not told, it follows the ledger.
    await runAsSystem('test', () => processor().execute(accountAggregate, id, { type: 'DeactivateAccount', data: { reason: 'left' } }));
    const deadline = Date.now() + 2_000;
    while ((await registry.current(id)).status === 'active' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await registry.current(id)).status).toBe('deactivated');
  });

  it('keeps an account it read after the acts the ledger then reports: the follow costs no second read', async () => {
    const [id, witness] = [randomUUID(), randomUUID()];
    await register(witness);
    await registry.current(witness);
    await register(id);
    // Read before the registry's follow reaches the registration, so the follow reports an act already folded in.
    await registry.current(id);
    // Once the registry sees the witness deactivated, its follow has passed the registration too.
    await runAsSystem('test', () => processor().execute(accountAggregate, witness, { type: 'DeactivateAccount', data: { reason: 'left' } }));
    const deadline = Date.now() + 2_000;
    while ((await registry.current(witness)).status === 'active' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    streamReads = 0;
    expect((await registry.current(id)).status).toBe('active');
    expect(streamReads).toBe(0);
  });

  it('does not keep an account that is not recorded yet', async () => {
    const id = randomUUID();
    expect((await registry.current(id)).status).toBe('none');
    await register(id);
    expect((await registry.current(id)).status).toBe('active');
  });
});
