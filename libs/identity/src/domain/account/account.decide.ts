import { DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { Role } from '#accord/kernel';
import type { AccountEvent, RepresentationBasis, RepresentationEndCause, SignInEndReason } from './account.events.js';
import { evolveAccount, initialAccountState, type AccountState } from './account.state.js';

export type AccountCommand =
  | DomainCommand<'RegisterAccount', { name: string; email: string; roles: Role[]; organizationId: string | null; basis?: RepresentationBasis }>
  | DomainCommand<'ChangeRoles', { roles: Role[] }>
  | DomainCommand<'ChangeOrganization', { organizationId: string | null; basis?: RepresentationBasis }>
  | DomainCommand<'EndRepresentation', { organizationId: string; cause: RepresentationEndCause }>
  | DomainCommand<'DeactivateAccount', { reason: string }>
  | DomainCommand<'ReactivateAccount', Record<string, never>>
  | DomainCommand<'RecordPasswordChange', { reset: boolean; changeId: string }>
  | DomainCommand<'EndSignIn', { signInId: string; reason: SignInEndReason }>
  | DomainCommand<'IssueApiToken', { tokenId: string; name: string; roles: Role[]; expiresAt: string | null }>
  | DomainCommand<'RevokeApiToken', { tokenId: string }>;

type Existing = Exclude<AccountState, { status: 'none' }>;

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

function existing(state: AccountState): Existing {
  if (state.status === 'none') {
    throw new DomainRuleViolation('ACCOUNT_REQUIRED', { ru: 'Учётная запись не найдена', en: 'The account does not exist' });
  }
  return state;
}

function active(state: AccountState): Existing {
  const account = existing(state);
  if (account.status !== 'active') {
    throw new DomainRuleViolation('ACCOUNT_DEACTIVATED', { ru: 'Учётная запись отключена', en: 'The account is deactivated' });
  }
  return account;
}

/** A representative acts for exactly one member organization; nobody else is bound to one. */
function checkBinding(roles: readonly Role[], organizationId: string | null): void {
  if (roles.length === 0) {
    throw new DomainRuleViolation('ACCOUNT_ROLE_REQUIRED', { ru: 'Нужна хотя бы одна роль', en: 'An account needs at least one role' });
  }
  const represents = roles.includes('representative');
  if (represents && !organizationId) {
    throw new DomainRuleViolation('REPRESENTATIVE_ORGANIZATION_REQUIRED', {
      ru: 'Представитель должен быть привязан к организации-члену',
      en: 'A representative must be bound to a member organization',
    });
  }
  if (!represents && organizationId) {
    throw new DomainRuleViolation('ORGANIZATION_BINDING_NEEDS_REPRESENTATIVE', {
      ru: 'К организации привязывается только уполномоченный представитель',
      en: 'Only an authorized representative is bound to an organization',
    });
  }
}

/** A binding is recorded with what it relied on: the organization's record as the register held it. */
function requireBasis(organizationId: string | null, basis: RepresentationBasis | undefined): void {
  if (organizationId !== null && basis === undefined) {
    throw new DomainRuleViolation(
      'REPRESENTATION_BASIS_REQUIRED',
      {
        ru: 'Привязка к организации записывается с основанием — записью организации в реестре',
        en: 'A binding to an organization is recorded with its basis: the organization’s record in the register',
      },
      { organizationId },
    );
  }
}

export function registerAccount(command: Extract<AccountCommand, { type: 'RegisterAccount' }>, state: AccountState): AccountEvent[] {
  if (state.status !== 'none') {
    throw new DomainRuleViolation('ACCOUNT_EXISTS', { ru: 'Учётная запись уже существует', en: 'The account already exists' });
  }
  checkBinding(command.data.roles, command.data.organizationId);
  requireBasis(command.data.organizationId, command.data.basis);
  return [{ type: 'AccountRegistered', data: command.data }];
}

export function changeRoles(command: Extract<AccountCommand, { type: 'ChangeRoles' }>, state: AccountState): AccountEvent[] {
  const account = active(state);
  if (sameRoles(account.roles, command.data.roles)) return [];
  checkBinding(command.data.roles, account.organizationId);
  return [{ type: 'AccountRolesChanged', data: command.data }];
}

export function changeOrganization(command: Extract<AccountCommand, { type: 'ChangeOrganization' }>, state: AccountState): AccountEvent[] {
  const account = active(state);
  if (account.organizationId === command.data.organizationId) return [];
  checkBinding(account.roles, command.data.organizationId);
  requireBasis(command.data.organizationId, command.data.basis);
  return [{ type: 'AccountOrganizationChanged', data: command.data }];
}

/**
 * A representative's access ends when its organization leaves the Association: the binding ends,
 * with the membership event as its cause. An account bound elsewhere by then keeps its binding.
 */
export function endRepresentation(command: Extract<AccountCommand, { type: 'EndRepresentation' }>, state: AccountState): AccountEvent[] {
  const account = existing(state);
  if (account.organizationId !== command.data.organizationId) return [];
  return [{ type: 'RepresentationEnded', data: command.data }];
}

export function deactivateAccount(command: Extract<AccountCommand, { type: 'DeactivateAccount' }>, state: AccountState): AccountEvent[] {
  return existing(state).status === 'deactivated' ? [] : [{ type: 'AccountDeactivated', data: command.data }];
}

export function reactivateAccount(state: AccountState): AccountEvent[] {
  return existing(state).status === 'active' ? [] : [{ type: 'AccountReactivated', data: {} }];
}

export function recordPasswordChange(command: Extract<AccountCommand, { type: 'RecordPasswordChange' }>, state: AccountState): AccountEvent[] {
  active(state);
  return [{ type: 'AccountPasswordChanged', data: command.data }];
}

/** A machine client's token may carry only roles its account holds, so it can never widen access. */
export function issueApiToken(command: Extract<AccountCommand, { type: 'IssueApiToken' }>, state: AccountState): AccountEvent[] {
  const account = active(state);
  const excess = command.data.roles.filter((role) => !account.roles.includes(role));
  if (command.data.roles.length === 0 || excess.length > 0) {
    throw new DomainRuleViolation(
      'API_TOKEN_ROLES_EXCEED_ACCOUNT',
      { ru: 'Токен может нести только роли своей учётной записи', en: "A token may carry only its account's roles" },
      { excess },
    );
  }
  if (account.apiTokens[command.data.tokenId]) {
    throw new DomainRuleViolation('API_TOKEN_EXISTS', { ru: 'Такой токен уже выпущен', en: 'That token was already issued' });
  }
  return [{ type: 'ApiTokenIssued', data: command.data }];
}

/** Ending a sign-in twice records it once; a deactivated account's sign-ins can still be ended. */
export function endSignIn(command: Extract<AccountCommand, { type: 'EndSignIn' }>, state: AccountState): AccountEvent[] {
  return existing(state).endedSignIns.includes(command.data.signInId) ? [] : [{ type: 'SignInEnded', data: command.data }];
}

export function revokeApiToken(command: Extract<AccountCommand, { type: 'RevokeApiToken' }>, state: AccountState): AccountEvent[] {
  const token = existing(state).apiTokens[command.data.tokenId];
  if (!token) {
    throw new DomainRuleViolation('API_TOKEN_NOT_FOUND', { ru: 'Токен не найден', en: 'No such token on this account' });
  }
  return token.revoked ? [] : [{ type: 'ApiTokenRevoked', data: command.data }];
}

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'RegisterAccount':
      return registerAccount(command, state);
    case 'ChangeRoles':
      return changeRoles(command, state);
    case 'ChangeOrganization':
      return changeOrganization(command, state);
    case 'EndRepresentation':
      return endRepresentation(command, state);
    case 'DeactivateAccount':
      return deactivateAccount(command, state);
    case 'ReactivateAccount':
      return reactivateAccount(state);
    case 'RecordPasswordChange':
      return recordPasswordChange(command, state);
    case 'IssueApiToken':
      return issueApiToken(command, state);
    case 'RevokeApiToken':
      return revokeApiToken(command, state);
    case 'EndSignIn':
      return endSignIn(command, state);
    default:
      return unreachable(command);
  }
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: initialAccountState,
  decide: decideAccount,
  evolve: evolveAccount,
};

export const accountAggregate: Aggregate<AccountCommand, AccountEvent, AccountState> = { category: 'account', decider: accountDecider };
