import type { RecordedEvent } from '#accord/ledger';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { AddresseeDetails, AddresseeEvent } from '../domain/addressee/addressee.events.js';
import { AddresseeDirectory } from './addressee-directory.js';
import { AddresseeRow, addresseesProjection } from './addressees.projection.js';
import { addresseesMigrations } from './addressees.migrations.js';
import { projectionSpec } from '../../../projections/src/testing/projection-spec.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...addresseesMigrations]);
  dataSource = await createReadModelDataSource(database.url, [AddresseeRow]).initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});
beforeEach(() => dataSource.query('TRUNCATE addressees'));

const MVD = '55555555-5555-4555-8555-555555555555';
const IPA = '66666666-6666-4666-8666-666666666666';

let sequence = 0;
/** The events of one addressee's stream as the ledger gives them, at fixed times a day apart. */
function stream(addresseeId: string, events: readonly AddresseeEvent[]): RecordedEvent[] {
  return events.map((event, index) => {
    sequence += 1;
    return {
      eventId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      streamId: `addressee-${addresseeId}`,
      version: index + 1,
      position: { commit: BigInt(1000 + sequence), sequence: BigInt(sequence) },
      type: event.type,
      schemaVersion: 1,
      data: event.data,
      metadata: { actorId: 'account-1', onBehalfOf: null, correlationId: 'request-1', causationId: null, commandId: null },
      recordedAt: new Date(Date.UTC(2026, 4, 4 + index, 9)),
      hash: '0'.repeat(64),
    };
  });
}

const rows = () => dataSource.query('SELECT * FROM addressees ORDER BY id');
const spec = projectionSpec(() => dataSource, addresseesProjection, rows);
const { given } = spec;

const mvd: AddresseeDetails = {
  name: { ru: 'Главное управление по вопросам миграции МВД России', en: null },
  country: 'RU',
  kind: 'ministry',
  policyId: 'RU-59FZ',
};
const ipa: AddresseeDetails = {
  name: { ru: 'Межпарламентская Ассамблея государств — участников СНГ', en: 'Interparliamentary Assembly of the CIS' },
  country: 'interstate',
  kind: 'interstate_body',
  policyId: 'EXPECTED-DATE',
};
const reason = { ru: 'Полномочия переданы другому органу', en: null };
const history = [
  ...stream(MVD, [
    { type: 'AddresseeRegistered', data: mvd },
    { type: 'AddresseeRevised', data: { ...mvd, name: { ru: 'ГУВМ МВД России — Ёлочная улица', en: 'Migration Directorate' }, policyId: 'RU-59FZ-MIGRATION' } },
    { type: 'AddresseeRetired', data: { reason } },
  ]),
  ...stream(IPA, [{ type: 'AddresseeRegistered', data: ipa }]),
];

describe('addressees projection', () => {
  it('keeps each body with its latest particulars, policy and retirement', async () => {
    await given(history);
    expect(await dataSource.getRepository(AddresseeRow).find({ order: { id: 'ASC' } })).toEqual([
      {
        id: MVD,
        nameRu: 'ГУВМ МВД России — Ёлочная улица',
        nameEn: 'Migration Directorate',
        searchText: 'гувм мвд россии — елочная улица\nmigration directorate',
        country: 'RU',
        kind: 'ministry',
        policyId: 'RU-59FZ-MIGRATION',
        retired: true,
        retirementReason: reason,
        registeredAt: new Date('2026-05-04T09:00:00Z'),
        retiredAt: new Date('2026-05-06T09:00:00Z'),
        updatedAt: new Date('2026-05-06T09:00:00Z'),
        version: 3,
      },
      {
        id: IPA,
        nameRu: ipa.name.ru,
        nameEn: ipa.name.en,
        searchText: 'межпарламентская ассамблея государств — участников снг\ninterparliamentary assembly of the cis',
        country: 'interstate',
        kind: 'interstate_body',
        policyId: 'EXPECTED-DATE',
        retired: false,
        retirementReason: null,
        registeredAt: new Date('2026-05-04T09:00:00Z'),
        retiredAt: null,
        updatedAt: new Date('2026-05-04T09:00:00Z'),
        version: 1,
      },
    ]);
  });

  it('gives the same rows when the same events are applied twice', () => spec.thenReplayChangesNothing(history));

  it('gives the same rows when a batch is applied again after part of it', async () => {
    await given(history);
    const whole = await rows();
    await dataSource.query('TRUNCATE addressees');
    await given(history.slice(0, 2));
    await given(history);
    expect(await rows()).toEqual(whole);
  });

  it('does not take back a revision when the registration is seen again', async () => {
    await given(history.slice(0, 2));
    await given(history.slice(0, 1));
    const [row] = await dataSource.getRepository(AddresseeRow).find();
    expect(row).toMatchObject({ policyId: 'RU-59FZ-MIGRATION', version: 2 });
  });
});

describe('the addressee directory', () => {
  it('finds a registered body with its policy and whether it is retired', async () => {
    await given(history);
    expect(await new AddresseeDirectory(dataSource).find(MVD)).toEqual({
      id: MVD,
      name: { ru: 'ГУВМ МВД России — Ёлочная улица', en: 'Migration Directorate' },
      country: 'RU',
      kind: 'ministry',
      policyId: 'RU-59FZ-MIGRATION',
      retired: true,
    });
  });

  it.each([['an unknown id', '77777777-7777-4777-8777-777777777777'], ['an id that is not a UUID', 'addressee-1']])('finds nothing for %s', async (_, id) => {
    await given(history);
    expect(await new AddresseeDirectory(dataSource).find(id)).toBeUndefined();
  });
});
