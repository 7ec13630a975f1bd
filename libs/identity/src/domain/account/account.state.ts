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
      /**
       * Advanced by every act that changes who the account is or how it proves it (roles, binding,
       * deactivation, password): an access token carries the epoch it was issued in and is refused
       * once the account has moved on.
       */
      readonly sessionEpoch: number;
      /** Sign-ins ended in this epoch (older ones are ended by the epoch itself). */
      readonly endedSignIns: readonly string[];
      /** The password change whose hash must be the one in force; null before the first change. */
      readonly passwordChangeId: string | null;
    };

type Existing = Exclude<AccountState, { status: 'none' }>;

const nextEpoch = (state: Existing): Existing => ({ ...state, sessionEpoch: state.sessionEpoch + 1, endedSignIns: [] });

// Deactivation ends machine access too; reactivation does not bring those tokens back.
const revokedAll = (tokens: Existing['apiTokens']) =>
  Object.fromEntries(Object.entries(tokens).map(([id, token]) => [id, { ...token, revoked: true }]));

/** The part of an access token that ties it to one sign-in in one epoch of its account. */
export interface SessionClaims {
  readonly signInId: string;
  readonly sessionEpoch: number;
}

/** True while the account is active, has not moved to a later epoch, and the sign-in was not ended. */
export function sessionIsCurrent(state: AccountState, claims: SessionClaims): boolean {
  return state.status === 'active' && state.sessionEpoch === claims.sessionEpoch && !state.endedSignIns.includes(claims.signInId);
}

/** True while the account is active and holds this API token unrevoked, whatever the token table says. */
export function apiTokenIsCurrent(state: AccountState, tokenId: string): boolean {
  return state.status === 'active' && state.apiTokens[tokenId]?.revoked === false;
}

export const initialAccountState: AccountState = { status: 'none' };

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountRegistered') {
    const { email, roles, organizationId } = event.data;
    return { status: 'active', email, roles, organizationId, apiTokens: {}, sessionEpoch: 0, endedSignIns: [], passwordChangeId: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AccountRolesChanged':
      return { ...nextEpoch(state), roles: event.data.roles };
    case 'AccountOrganizationChanged':
      return { ...nextEpoch(state), organizationId: event.data.organizationId };
    case 'RepresentationEnded':
      // The organization left: every session of its representative ends with the binding.
      return state.organizationId === event.data.organizationId ? { ...nextEpoch(state), organizationId: null } : state;
    case 'AccountDeactivated':
      return { ...nextEpoch(state), status: 'deactivated', apiTokens: revokedAll(state.apiTokens) };
    case 'AccountReactivated':
      return { ...state, status: 'active' };
    case 'AccountPasswordChanged':
      return { ...nextEpoch(state), passwordChangeId: event.data.changeId ?? null };
    case 'SignInEnded':
      return state.endedSignIns.includes(event.data.signInId) ? state : { ...state, endedSignIns: [...state.endedSignIns, event.data.signInId] };
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
