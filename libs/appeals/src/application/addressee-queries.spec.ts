import { RecordNotFound } from '#accord/eventsourcing';
import { createReadModelDataSource, readModelMigrations } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { jurisdictionPolicy } from '../domain/deadlines/policy-table.js';
import { AddresseeQueries } from './addressee-queries.js';
import { addresseesMigrations } from './addressees.migrations.js';
import { AddresseeRow, addresseesProjection } from './addressees.projection.js';
import { ADDRESSEES, registeredAddressees } from './testing/appeal-histories.js';

let database: TestDatabase;
let dataSource: DataSource;
let addressees: AddresseeQueries;

beforeAll(async () => {
  database = await createTestDatabase([...readModelMigrations, ...addresseesMigrations]);
  dataSource = await createReadModelDataSource(database.url, [AddresseeRow]).initialize();
  addressees = new AddresseeQueries(dataSource);
  await dataSource.transaction((manager) => addresseesProjection.apply(registeredAddressees(), manager));
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const ids = async (filter: Parameters<AddresseeQueries['list']>[0]) => (await addressees.list(filter, { limit: 10 })).items.map((item) => item.id);

describe('the register of addressees read by AddresseeQueries', () => {
  it("lists the bodies by Russian name (in the read model's byte order), a page at a time", async () => {
    const first = await addressees.list({}, { limit: 3 });
    expect(first.items.map((item) => item.name.ru)).toEqual(['Комитет миграции МТСЗН РК', 'МВД России', 'МПА СНГ']);
    const rest = await addressees.list({}, { limit: 3, cursor: first.nextCursor! });
    expect(rest).toEqual({ items: [expect.objectContaining({ id: ADDRESSEES.mintrud, country: 'RU', retired: false })], nextCursor: null });
  });

  it('filters by country, kind, policy, retirement and words of the name', async () => {
    expect(await ids({ country: 'KZ' })).toEqual([ADDRESSEES.kz]);
    expect(await ids({ kind: 'interstate_body' })).toEqual([ADDRESSEES.ipa]);
    expect(await ids({ policyId: 'RU-59FZ' })).toEqual([ADDRESSEES.mvd, ADDRESSEES.mintrud]);
    expect(await ids({ retired: true })).toEqual([]);
    expect(await ids({ q: 'labour' })).toEqual([ADDRESSEES.mintrud]);
  });

  it('shows one body with the jurisdiction policy its answers are due under', async () => {
    const addressee = await addressees.addressee(ADDRESSEES.kz);
    expect(addressee).toMatchObject({ id: ADDRESSEES.kz, policyId: 'KZ-APPK', policy: jurisdictionPolicy('KZ-APPK'), retirementReason: null, retiredAt: null });
  });

  it('answers a body that is not in the register with RecordNotFound', async () => {
    await expect(addressees.addressee('99999999-9999-4999-8999-999999999999')).rejects.toBeInstanceOf(RecordNotFound);
  });
});
