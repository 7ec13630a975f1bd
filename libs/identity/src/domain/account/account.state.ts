import { unreachable } from '#accord/kernel';
import type { Role } from '#accord/kernel';
import type { AccountEvent } from './account.events.js';

export interface ApiTokenState {
  readonly roles: readonly Role[];
  readonly revoked: boolean;
}

export type AccountState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'deactivated';
      readonly email: string;
      readonly roles: readonly Role[];
      readonly organizationId: string | null;
      readonly apiTokens: Readonly<Record<string, ApiTokenState>>;
    };

export const initialAccountState: AccountState = { status: 'none' };

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountRegistered') {
    const { email, roles, organizationId } = event.data;
    return { status: 'active', email, roles, organizationId, apiTokens: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AccountRolesChanged':
      return { ...state, roles: event.data.roles };
    case 'AccountOrganizationChanged':
      return { ...state, organizationId: event.data.organizationId };
    case 'RepresentationEnded':
      return state.organizationId === event.data.organizationId ? { ...state, organizationId: null } : state;
    case 'AccountDeactivated':
      return { ...state, status: 'deactivated' };
    case 'AccountReactivated':
      return { ...state, status: 'active' };
    case 'AccountPasswordChanged':
      return state;
    case 'ApiTokenIssued':
      return { ...state, apiTokens: { ...state.apiTokens, [event.data.tokenId]: { roles: event.data.roles, revoked: false } } };
    case 'ApiTokenRevoked': {
      const token = state.apiTokens[event.data.tokenId];
      return token ? { ...state, apiTokens: { ...state.apiTokens, [event.data.tokenId]: { ...token, revoked: true } } } : state;
    }
    default:
      return unreachable(event);
  }
}
