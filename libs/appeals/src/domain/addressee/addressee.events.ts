import type { DomainEvent } from '#accord/kernel';
import type { LocalizedText } from '../appeal/appeal.events.js';

export const ADDRESSEE_KINDS = ['ministry', 'agency', 'parliament', 'interstate_body', 'ngo'] as const;
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number];

/** Bodies of an interstate organization (IPA CIS, the CIS Executive Committee) answer to no national law. */
export const INTERSTATE = 'interstate';

/** The particulars of a body the Association writes to. */
export interface AddresseeDetails {
  readonly name: LocalizedText;
  /** ISO 3166-1 alpha-2 code, or `interstate`. */
  readonly country: string;
  readonly kind: AddresseeKind;
  /** The jurisdiction policy (a row of the policy table) its answers are due under. */
  readonly policyId: string;
}

export type AddresseeEvent =
  | DomainEvent<'AddresseeRegistered', AddresseeDetails>
  | DomainEvent<'AddresseeRevised', AddresseeDetails>
  /** No new appeal goes to a retired body; appeals it holds keep their history. */
  | DomainEvent<'AddresseeRetired', { reason: LocalizedText | null }>;
