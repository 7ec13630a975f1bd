import { DuplicateRecord } from '#accord/kernel';
import { clearIdentifier, type IdentifierHolder } from './identifier-reservation.js';
import type { MemberStatus } from './member.state.js';
import { nationalIdentifierKeys } from './national-identifier.js';

const [ogrn, inn] = nationalIdentifierKeys({ country: 'RU', scheme: 'RU_OGRN_INN', values: { ogrn: '1027700132195', inn: '7707083893' } });
const holder = (key: typeof ogrn, memberId: string, status: MemberStatus): IdentifierHolder => ({
  key,
  memberId,
  status,
  name: status === 'none' ? null : { ru: `Организация ${memberId}`, en: `Organization ${memberId}` },
});

/** given the holders of an identifier's keys, when a newcomer asks for it: what it gets, or the refusal. */
function refusalOf(holders: readonly IdentifierHolder[], admitOnLive = false): DuplicateRecord {
  try {
    clearIdentifier(holders, { admitOnLive });
  } catch (error) {
    if (error instanceof DuplicateRecord) return error;
    throw error;
  }
  throw new Error('the identifier was cleared');
}

describe('one live record per identifier', () => {
  it('gives every key of a Russian identifier, the ОГРН first and the ИНН beside it', () => {
    expect([ogrn.key, inn.key]).toEqual(['RU:OGRN:1027700132195', 'RU:INN:7707083893']);
  });

  it('given no holder, clears the identifier for a new record without a link', () => {
    expect(clearIdentifier([])).toEqual({ liveMemberId: null, previousMemberId: null });
  });

  it.each(['applied', 'admitted', 'suspended'] as const)(
    'given the ИНН held by a record that is %s, refuses an application naming the ИНН and the organization',
    (status) => {
      const refusal = refusalOf([holder(inn, 'member-a', status)]);
      expect(refusal).toMatchObject({
        code: 'DUPLICATE_NATIONAL_IDENTIFIER',
        details: { identifier: 'INN', value: '7707083893', identifierKey: 'RU:INN:7707083893', memberId: 'member-a' },
      });
      expect(refusal.text.ru).toBe('ИНН 7707083893 уже принадлежит организации «Организация member-a» в реестре (запись member-a)');
      expect(refusal.text.en).toBe('INN 7707083893 already belongs to “Organization member-a” on the register (record member-a)');
    },
  );

  it.each(['rejected', 'expelled', 'withdrawn'] as const)(
    'given the identifier held by a record that was %s, clears it for a new application that links to that record',
    (status) => {
      expect(clearIdentifier([holder(ogrn, 'member-a', status), holder(inn, 'member-a', status)])).toEqual({
        liveMemberId: null,
        previousMemberId: 'member-a',
      });
    },
  );

  it('given a reservation whose record was never written, clears the identifier', () => {
    expect(clearIdentifier([holder(ogrn, 'member-lost', 'none')])).toEqual({ liveMemberId: null, previousMemberId: null });
  });

  it('given the ОГРН on an ended record and the ИНН on a live one, refuses by the ИНН', () => {
    expect(refusalOf([holder(ogrn, 'member-a', 'expelled'), holder(inn, 'member-b', 'admitted')]).details).toMatchObject({
      identifier: 'INN',
      memberId: 'member-b',
    });
  });

  it('given a founder’s identifier held by one live record, admits the founder on it', () => {
    expect(clearIdentifier([holder(ogrn, 'member-a', 'applied'), holder(inn, 'member-a', 'applied')], { admitOnLive: true })).toEqual({
      liveMemberId: 'member-a',
      previousMemberId: null,
    });
  });

  it('given a founder’s ОГРН and ИНН held by two different live records, refuses naming the second', () => {
    expect(refusalOf([holder(ogrn, 'member-a', 'applied'), holder(inn, 'member-b', 'admitted')], true).details).toMatchObject({
      identifier: 'INN',
      memberId: 'member-b',
    });
  });
});
