import { unreachable } from '#accord/kernel';
import type { AddresseeDetails, AddresseeEvent } from './addressee.events.js';

export type AddresseeState =
  | { readonly status: 'none' }
  | { readonly status: 'active' | 'retired'; readonly details: AddresseeDetails };

export const initialAddresseeState: AddresseeState = { status: 'none' };

export function evolveAddressee(state: AddresseeState, event: AddresseeEvent): AddresseeState {
  switch (event.type) {
    case 'AddresseeRegistered':
      return { status: 'active', details: event.data };
    case 'AddresseeRevised':
      return state.status === 'none' ? state : { ...state, details: event.data };
    case 'AddresseeRetired':
      return state.status === 'none' ? state : { ...state, status: 'retired' };
    default:
      return unreachable(event);
  }
}
