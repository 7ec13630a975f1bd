import { fold } from '#accord/kernel';
import { deciderSpec, metadataAt } from '../../../../kernel/src/testing/decider-spec.js';
import { accountDecider, type AccountCommand } from './account.decide.js';
import type { AccountEvent } from './account.events.js';
import { apiTokenIsCurrent, sessionIsCurrent } from './account.state.js';

const metadata = metadataAt('2026-05-04T09:00:00Z', 'admin-1');
const command = <T extends AccountCommand['type']>(type: T, data: Extract<AccountCommand, { type: T }>['data']) =>
  ({ type, data, metadata }) as AccountCommand;
const organizationId = 'b1c5d8e2-1111-4000-8000-000000000001';
const registered: AccountEvent = {
  type: 'AccountRegistered',
  data: { name: 'Анна', email: 'anna@example.org', roles: ['secretariat'], organizationId: null },
};
const basis = { memberStatus: 'admitted', memberVersion: 2 };
const representative: AccountEvent = {
  type: 'AccountRegistered',
  data: { name: 'Бахтиёр', email: 'b@example.uz', roles: ['representative'], organizationId, basis },
};
const spec = deciderSpec(accountDecider);

describe('account decider', () => {
  describe('registration', () => {
    it('registers an account', () => {
      spec.given([]).when(command('RegisterAccount', registered.data as never)).then([registered]);
    });

    it('refuses to register the same account twice', () => {
      spec.given([registered]).when(command('RegisterAccount', registered.data as never)).thenRejects('ACCOUNT_EXISTS');
    });

    it('refuses an account without roles', () => {
      spec.given([]).when(command('RegisterAccount', { name: 'X', email: 'x@example.org', roles: [], organizationId: null })).thenRejects('ACCOUNT_ROLE_REQUIRED');
    });

    it('refuses a representative bound to no organization', () => {
      spec
        .given([])
        .when(command('RegisterAccount', { name: 'X', email: 'x@example.org', roles: ['representative'], organizationId: null }))
        .thenRejects('REPRESENTATIVE_ORGANIZATION_REQUIRED');
    });

    it('refuses to bind a non-representative to an organization', () => {
      spec
        .given([])
        .when(command('RegisterAccount', { name: 'X', email: 'x@example.org', roles: ['auditor'], organizationId }))
        .thenRejects('ORGANIZATION_BINDING_NEEDS_REPRESENTATIVE');
    });
  });

  describe('roles and binding', () => {
    it('changes roles', () => {
      spec.given([registered]).when(command('ChangeRoles', { roles: ['secretariat', 'committee'] })).then([
        { type: 'AccountRolesChanged', data: { roles: ['secretariat', 'committee'] } },
      ]);
    });

    it('records nothing when the roles are the same in another order', () => {
      spec.given([{ ...registered, data: { ...registered.data, roles: ['admin', 'auditor'] } }]).when(command('ChangeRoles', { roles: ['auditor', 'admin'] })).then([]);
    });

    it('refuses to drop the representative role while bound to an organization', () => {
      spec.given([representative]).when(command('ChangeRoles', { roles: ['committee'] })).thenRejects('ORGANIZATION_BINDING_NEEDS_REPRESENTATIVE');
    });

    it('refuses to change roles of a deactivated account', () => {
      spec
        .given([registered, { type: 'AccountDeactivated', data: { reason: 'left' } }])
        .when(command('ChangeRoles', { roles: ['admin'] }))
        .thenRejects('ACCOUNT_DEACTIVATED');
    });

    it('refuses to act on an account that does not exist', () => {
      spec.given([]).when(command('ChangeOrganization', { organizationId })).thenRejects('ACCOUNT_REQUIRED');
    });

    it('rebinds a representative to another organization, with the basis it relied on', () => {
      const other = 'b1c5d8e2-1111-4000-8000-000000000002';
      spec.given([representative]).when(command('ChangeOrganization', { organizationId: other, basis })).then([
        { type: 'AccountOrganizationChanged', data: { organizationId: other, basis } },
      ]);
    });

    it('refuses a binding without its basis in the register', () => {
      const other = 'b1c5d8e2-1111-4000-8000-000000000002';
      spec.given([representative]).when(command('ChangeOrganization', { organizationId: other })).thenRejects('REPRESENTATION_BASIS_REQUIRED');
    });

    it('refuses to register a representative without the basis of its binding', () => {
      const { basis: _, ...withoutBasis } = representative.data as Extract<AccountCommand, { type: 'RegisterAccount' }>['data'];
      spec.given([]).when(command('RegisterAccount', withoutBasis)).thenRejects('REPRESENTATION_BASIS_REQUIRED');
    });
  });

  describe('the end of a representation', () => {
    const cause = { kind: 'member_expelled' as const, eventId: 'event-expelled' };

    it('ends the binding to the organization that left, with the membership event as cause', () => {
      spec
        .given([representative])
        .when(command('EndRepresentation', { organizationId, cause }))
        .then([{ type: 'RepresentationEnded', data: { organizationId, cause } }]);
    });

    it('leaves the account without an organization, in a new session epoch', () => {
      spec.given([representative, { type: 'RepresentationEnded', data: { organizationId, cause } }]).thenState({
        status: 'active',
        email: 'b@example.uz',
        roles: ['representative'],
        organizationId: null,
        apiTokens: {},
        sessionEpoch: 1,
        endedSignIns: [],
        passwordChangeId: null,
      });
    });

    it('records nothing for an account bound to another organization by then', () => {
      const other = 'b1c5d8e2-1111-4000-8000-000000000002';
      const rebound: AccountEvent = { type: 'AccountOrganizationChanged', data: { organizationId: other, basis } };
      spec.given([representative, rebound]).when(command('EndRepresentation', { organizationId, cause })).then([]);
    });
  });

  describe('deactivation and passwords', () => {
    it('deactivates once and records nothing the second time', () => {
      const deactivated: AccountEvent = { type: 'AccountDeactivated', data: { reason: 'left' } };
      spec.given([registered]).when(command('DeactivateAccount', { reason: 'left' })).then([deactivated]);
      spec.given([registered, deactivated]).when(command('DeactivateAccount', { reason: 'again' })).then([]);
    });

    it('reactivates a deactivated account', () => {
      spec
        .given([registered, { type: 'AccountDeactivated', data: { reason: 'left' } }])
        .when(command('ReactivateAccount', {}))
        .then([{ type: 'AccountReactivated', data: {} }]);
    });

    it('records that a password changed, never the password', () => {
      const changeId = 'c0c0c0c0-0000-4000-8000-000000000001';
      spec.given([registered]).when(command('RecordPasswordChange', { reset: true, changeId })).then([{ type: 'AccountPasswordChanged', data: { reset: true, changeId } }]);
    });
  });

  describe('API tokens', () => {
    const issued: AccountEvent = { type: 'ApiTokenIssued', data: { tokenId: 't-1', name: 'sync', roles: ['secretariat'], expiresAt: null } };

    it('issues a token carrying roles of its account', () => {
      spec.given([registered]).when(command('IssueApiToken', issued.data as never)).then([issued]);
    });

    it('refuses a token with a role its account lacks', () => {
      spec
        .given([registered])
        .when(command('IssueApiToken', { tokenId: 't-2', name: 'sync', roles: ['admin'], expiresAt: null }))
        .thenRejects('API_TOKEN_ROLES_EXCEED_ACCOUNT');
    });

    it('refuses to reuse a token id', () => {
      spec.given([registered, issued]).when(command('IssueApiToken', issued.data as never)).thenRejects('API_TOKEN_EXISTS');
    });

    it('revokes a token once', () => {
      const revoked: AccountEvent = { type: 'ApiTokenRevoked', data: { tokenId: 't-1' } };
      spec.given([registered, issued]).when(command('RevokeApiToken', { tokenId: 't-1' })).then([revoked]);
      spec.given([registered, issued, revoked]).when(command('RevokeApiToken', { tokenId: 't-1' })).then([]);
    });

    it('refuses to revoke a token the account never had', () => {
      spec.given([registered]).when(command('RevokeApiToken', { tokenId: 'nope' })).thenRejects('API_TOKEN_NOT_FOUND');
    });
  });

  describe('sessions', () => {
    const signIn = { signInId: 's-1', sessionEpoch: 0 };
    const ended: AccountEvent = { type: 'SignInEnded', data: { signInId: 's-1', reason: 'sign-out' } };
    const state = (events: AccountEvent[]) => fold(accountDecider, events);

    it('ends a sign-in once and records nothing the second time', () => {
      spec.given([registered]).when(command('EndSignIn', { signInId: 's-1', reason: 'sign-out' })).then([ended]);
      spec.given([registered, ended]).when(command('EndSignIn', { signInId: 's-1', reason: 'refresh-token-reused' })).then([]);
    });

    it('keeps a sign-in current until it is ended, and only that one', () => {
      expect(sessionIsCurrent(state([registered]), signIn)).toBe(true);
      expect(sessionIsCurrent(state([registered, ended]), signIn)).toBe(false);
      expect(sessionIsCurrent(state([registered, ended]), { signInId: 's-2', sessionEpoch: 0 })).toBe(true);
    });

    it.each<[string, AccountEvent]>([
      ['a role change', { type: 'AccountRolesChanged', data: { roles: ['committee'] } }],
      ['a new binding', { type: 'AccountOrganizationChanged', data: { organizationId } }],
      ['deactivation', { type: 'AccountDeactivated', data: { reason: 'left' } }],
      ['a password change', { type: 'AccountPasswordChanged', data: { reset: false, changeId: 'c-1' } }],
    ])('moves every sign-in of the earlier epoch out after %s', (_, event) => {
      const after = state([registered, event, { type: 'AccountReactivated', data: {} }]);
      expect(sessionIsCurrent(after, signIn)).toBe(false);
      expect(sessionIsCurrent(after, { signInId: 's-2', sessionEpoch: 1 })).toBe(true);
    });

    it('refuses every sign-in of a deactivated account, in any epoch', () => {
      expect(sessionIsCurrent(state([registered, { type: 'AccountDeactivated', data: { reason: 'left' } }]), { signInId: 's-2', sessionEpoch: 1 })).toBe(false);
    });

    it('revokes the API tokens of a deactivated account for good', () => {
      const issued: AccountEvent = { type: 'ApiTokenIssued', data: { tokenId: 't-1', name: 'sync', roles: ['secretariat'], expiresAt: null } };
      expect(apiTokenIsCurrent(state([registered, issued]), 't-1')).toBe(true);
      const reactivated = state([registered, issued, { type: 'AccountDeactivated', data: { reason: 'left' } }, { type: 'AccountReactivated', data: {} }]);
      expect(apiTokenIsCurrent(reactivated, 't-1')).toBe(false);
    });
  });
});
