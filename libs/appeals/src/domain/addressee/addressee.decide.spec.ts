import { deciderSpec, metadataAt } from '../../../../kernel/src/testing/decider-spec.js';
import { addresseeAggregate, addresseeDecider, type AddresseeCommand } from './addressee.decide.js';
import type { AddresseeDetails, AddresseeEvent } from './addressee.events.js';

const metadata = metadataAt('2026-05-04T09:00:00.000Z', 'account-1');
const command = <Type extends AddresseeCommand['type']>(type: Type, data: Extract<AddresseeCommand, { type: Type }>['data']): AddresseeCommand =>
  ({ type, data, metadata }) as AddresseeCommand;
const spec = deciderSpec(addresseeDecider);

const mintrud: AddresseeDetails = {
  name: { ru: 'Министерство труда и социальной защиты Российской Федерации', en: 'Ministry of Labour and Social Protection of the Russian Federation' },
  country: 'RU',
  kind: 'ministry',
  policyId: 'RU-59FZ',
};
const ipaCis: AddresseeDetails = {
  name: { ru: 'Межпарламентская Ассамблея государств — участников СНГ', en: null },
  country: 'interstate',
  kind: 'interstate_body',
  policyId: 'EXPECTED-DATE',
};
const registered: AddresseeEvent = { type: 'AddresseeRegistered', data: mintrud };
const retired: AddresseeEvent = { type: 'AddresseeRetired', data: { reason: null } };
const { policyId: _, ...mintrudWithoutPolicy } = mintrud;

describe('addressee decider', () => {
  it('is the aggregate of the addressee category', () => {
    expect(addresseeAggregate.category).toBe('addressee');
  });

  describe('registration', () => {
    it('registers a body under the policy given', () => {
      spec.given([]).when(command('RegisterAddressee', { ...mintrud, policyId: 'RU-59FZ-MIGRATION' })).then([
        { type: 'AddresseeRegistered', data: { ...mintrud, policyId: 'RU-59FZ-MIGRATION' } },
      ]);
    });

    it('gives a state body without a policy the policy of its country’s law', () => {
      spec.given([]).when(command('RegisterAddressee', mintrudWithoutPolicy)).then([registered]);
    });

    it('gives an interstate body without a policy an expected answer date', () => {
      const { policyId: _policy, ...withoutPolicy } = ipaCis;
      spec.given([]).when(command('RegisterAddressee', withoutPolicy)).then([{ type: 'AddresseeRegistered', data: ipaCis }]);
    });

    it('gives an NGO without a policy an expected answer date, whatever its country', () => {
      const rspp = { name: { ru: 'Российский союз промышленников и предпринимателей', en: null }, country: 'RU', kind: 'ngo' } as const;
      spec.given([]).when(command('RegisterAddressee', rspp)).then([{ type: 'AddresseeRegistered', data: { ...rspp, policyId: 'EXPECTED-DATE' } }]);
    });

    it('refuses to register the same body twice', () => {
      spec.given([registered]).when(command('RegisterAddressee', mintrud)).thenRejects('ADDRESSEE_ALREADY_REGISTERED');
    });

    it('refuses a policy the table does not have', () => {
      spec.given([]).when(command('RegisterAddressee', { ...mintrud, policyId: 'RU-OLD' })).thenRejects('UNKNOWN_JURISDICTION_POLICY');
    });

    it('refuses a policy of another country’s law', () => {
      spec.given([]).when(command('RegisterAddressee', { ...mintrud, country: 'UZ' })).thenRejects('POLICY_COUNTRY_MISMATCH');
    });

    it('lets a body of any country take the policy tied to no country', () => {
      spec.given([]).when(command('RegisterAddressee', { ...mintrud, policyId: 'EXPECTED-DATE' })).then([
        { type: 'AddresseeRegistered', data: { ...mintrud, policyId: 'EXPECTED-DATE' } },
      ]);
    });
  });

  describe('revision', () => {
    it('changes only what is given', () => {
      const name = { ru: 'Минтруд России', en: 'Russian Ministry of Labour' };
      spec.given([registered]).when(command('ReviseAddressee', { name })).then([{ type: 'AddresseeRevised', data: { ...mintrud, name } }]);
    });

    it('records nothing for a revision that changes nothing, whatever the order of the name’s fields', () => {
      const name = { en: mintrud.name.en, ru: mintrud.name.ru };
      spec.given([registered]).when(command('ReviseAddressee', { ...mintrud, name })).then([]);
    });

    it('records nothing for an empty revision', () => {
      spec.given([registered]).when(command('ReviseAddressee', {})).then([]);
    });

    it('moves a body on the default policy to the new country’s default', () => {
      spec.given([registered]).when(command('ReviseAddressee', { country: 'KG' })).then([
        { type: 'AddresseeRevised', data: { ...mintrud, country: 'KG', policyId: 'KG-67' } },
      ]);
    });

    it('keeps a policy that was chosen rather than defaulted', () => {
      const chosen: AddresseeEvent = { type: 'AddresseeRegistered', data: { ...mintrud, policyId: 'RU-59FZ-MIGRATION' } };
      spec.given([chosen]).when(command('ReviseAddressee', { kind: 'agency' })).then([
        { type: 'AddresseeRevised', data: { ...mintrud, kind: 'agency', policyId: 'RU-59FZ-MIGRATION' } },
      ]);
    });

    it('refuses to carry a chosen policy over to a country whose law it is not', () => {
      const chosen: AddresseeEvent = { type: 'AddresseeRegistered', data: { ...mintrud, policyId: 'RU-59FZ-MIGRATION' } };
      spec.given([chosen]).when(command('ReviseAddressee', { country: 'TJ' })).thenRejects('POLICY_COUNTRY_MISMATCH');
    });

    it('takes the policy given', () => {
      spec.given([registered]).when(command('ReviseAddressee', { policyId: 'RU-59FZ-MIGRATION' })).then([
        { type: 'AddresseeRevised', data: { ...mintrud, policyId: 'RU-59FZ-MIGRATION' } },
      ]);
    });

    it('refuses a policy the table does not have', () => {
      spec.given([registered]).when(command('ReviseAddressee', { policyId: 'XX-1' })).thenRejects('UNKNOWN_JURISDICTION_POLICY');
    });

    it('refuses to revise a body that was never registered', () => {
      spec.given([]).when(command('ReviseAddressee', { country: 'KZ' })).thenRejects('ADDRESSEE_NOT_REGISTERED');
    });

    it('refuses to revise a retired body', () => {
      spec.given([registered, retired]).when(command('ReviseAddressee', { country: 'KZ' })).thenRejects('ADDRESSEE_RETIRED');
    });
  });

  describe('retirement', () => {
    it('retires a body with the reason given', () => {
      const reason = { ru: 'Орган упразднён', en: 'The body was abolished' };
      spec.given([registered]).when(command('RetireAddressee', { reason })).then([{ type: 'AddresseeRetired', data: { reason } }]);
    });

    it('refuses to retire a body twice', () => {
      spec.given([registered, retired]).when(command('RetireAddressee', { reason: null })).thenRejects('ADDRESSEE_RETIRED');
    });

    it('refuses to retire a body that was never registered', () => {
      spec.given([]).when(command('RetireAddressee', { reason: null })).thenRejects('ADDRESSEE_NOT_REGISTERED');
    });
  });

  describe('state', () => {
    it('holds the latest particulars of a retired body', () => {
      const revised: AddresseeEvent = { type: 'AddresseeRevised', data: { ...mintrud, kind: 'agency' } };
      spec.given([registered, revised, retired]).thenState({ status: 'retired', details: { ...mintrud, kind: 'agency' } });
    });
  });
});
