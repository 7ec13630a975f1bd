import { seesPrivateFields, visibleTo } from './field-visibility.js';

const founder = {
  letterId: 'letter-b',
  organization: { name: { ru: 'Б', en: 'B' }, country: 'UZ', nationalIdentifier: { scheme: 'UZ_STIR', values: { stir: '301234567' } }, contacts: { email: 'office@b.example' } },
  representative: { name: { ru: 'Представитель' }, email: 'head@b.example' },
  status: 'received',
  admission: { status: 'failed', memberId: 'letter-b', code: 'DUPLICATE', details: { holder: 'x' } },
};

describe('field visibility', () => {
  it('shows a representative only the public fields of another organization', () => {
    const seen = visibleTo({ roles: ['representative'], organizationId: 'letter-a' }, 'founder', ['letter-b'], founder);
    expect(seen).toEqual({
      letterId: 'letter-b',
      organization: { name: { ru: 'Б', en: 'B' }, country: 'UZ' },
      status: 'received',
      admission: { status: 'failed', memberId: 'letter-b', code: 'DUPLICATE' },
    });
  });

  it('shows a representative every field of its own organization', () => {
    expect(visibleTo({ roles: ['representative'], organizationId: 'letter-b' }, 'founder', ['letter-b'], founder)).toBe(founder);
  });

  it('shows the reading roles every field of every organization', () => {
    for (const role of ['admin', 'secretariat', 'committee', 'auditor'] as const) {
      expect(seesPrivateFields({ roles: [role], organizationId: null }, ['letter-b'])).toBe(true);
    }
  });

  it('shows a representative without an organization nothing private', () => {
    expect(seesPrivateFields({ roles: ['representative'], organizationId: null }, [null, undefined])).toBe(false);
  });

  it('keeps public fields of each element of a list', () => {
    const ballots = [{ organizationId: 'b', name: 'B', choice: 'against', actorId: 'account-b' }];
    expect(visibleTo({ roles: ['representative'], organizationId: 'a' }, 'ballot', ['b'], ballots)).toEqual([{ organizationId: 'b', name: 'B' }]);
  });
});
