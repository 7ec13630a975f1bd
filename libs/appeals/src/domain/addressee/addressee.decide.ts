import { DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { LocalizedText } from '../appeal/appeal.events.js';
import { defaultPolicyId, jurisdictionPolicy } from '../deadlines/policy-table.js';
import type { AddresseeDetails, AddresseeEvent } from './addressee.events.js';
import { evolveAddressee, initialAddresseeState, type AddresseeState } from './addressee.state.js';

/** The particulars as the secretariat gives them: without a policy, the default for the country and kind applies. */
export type AddresseeInput = Omit<AddresseeDetails, 'policyId'> & { readonly policyId?: string };

export type AddresseeCommand =
  | DomainCommand<'RegisterAddressee', AddresseeInput>
  /** Only what is given changes. */
  | DomainCommand<'ReviseAddressee', Partial<AddresseeInput>>
  | DomainCommand<'RetireAddressee', { reason: LocalizedText | null }>;

type CommandOf<Type extends AddresseeCommand['type']> = Extract<AddresseeCommand, { type: Type }>;
type RegisteredAddressee = Exclude<AddresseeState, { readonly status: 'none' }>;

function active(state: AddresseeState): RegisteredAddressee {
  if (state.status === 'none') {
    throw new DomainRuleViolation('ADDRESSEE_NOT_REGISTERED', { ru: 'Адресат не зарегистрирован', en: 'The addressee is not registered' });
  }
  if (state.status === 'retired') {
    throw new DomainRuleViolation('ADDRESSEE_RETIRED', {
      ru: 'Адресат выведен из реестра: изменения и новые обращения к нему не принимаются',
      en: 'The addressee is retired from the register: it takes no changes and no new appeals',
    });
  }
  return state;
}

/**
 * The policy must exist, and a policy that rests on a country's law applies only to that country's
 * bodies: an Uzbek agency does not answer under Russia's 59-FZ.
 */
function checked(details: AddresseeDetails): AddresseeDetails {
  const policy = jurisdictionPolicy(details.policyId);
  if (!policy) {
    throw new DomainRuleViolation(
      'UNKNOWN_JURISDICTION_POLICY',
      { ru: `Неизвестная правовая политика ${details.policyId}`, en: `Unknown jurisdiction policy ${details.policyId}` },
      { policyId: details.policyId },
    );
  }
  if (policy.country !== null && policy.country !== details.country) {
    throw new DomainRuleViolation(
      'POLICY_COUNTRY_MISMATCH',
      {
        ru: `Правовая политика ${policy.id} применяется к органам страны ${policy.country}, а адресат относится к ${details.country}`,
        en: `Jurisdiction policy ${policy.id} applies to bodies of ${policy.country}, and the addressee belongs to ${details.country}`,
      },
      { policyId: policy.id, policyCountry: policy.country, country: details.country },
    );
  }
  return details;
}

const sameText = (left: LocalizedText, right: LocalizedText) => left.ru === right.ru && (left.en ?? null) === (right.en ?? null);

const sameDetails = (left: AddresseeDetails, right: AddresseeDetails) =>
  sameText(left.name, right.name) && left.country === right.country && left.kind === right.kind && left.policyId === right.policyId;

export function registerAddressee(command: CommandOf<'RegisterAddressee'>, state: AddresseeState): AddresseeEvent[] {
  if (state.status !== 'none') {
    throw new DomainRuleViolation('ADDRESSEE_ALREADY_REGISTERED', { ru: 'Адресат уже зарегистрирован', en: 'The addressee is already registered' });
  }
  const { name, country, kind } = command.data;
  const policyId = command.data.policyId ?? defaultPolicyId(country, kind);
  return [{ type: 'AddresseeRegistered', data: checked({ name, country, kind, policyId }) }];
}

export function reviseAddressee(command: CommandOf<'ReviseAddressee'>, state: AddresseeState): AddresseeEvent[] {
  const { details: current } = active(state);
  const { name = current.name, country = current.country, kind = current.kind } = command.data;
  // A policy someone chose stays when the country or kind changes; one that was only the default follows the defaults.
  const followsDefault = current.policyId === defaultPolicyId(current.country, current.kind);
  const policyId = command.data.policyId ?? (followsDefault ? defaultPolicyId(country, kind) : current.policyId);
  const revised = checked({ name, country, kind, policyId });
  return sameDetails(revised, current) ? [] : [{ type: 'AddresseeRevised', data: revised }];
}

export function retireAddressee(command: CommandOf<'RetireAddressee'>, state: AddresseeState): AddresseeEvent[] {
  active(state);
  return [{ type: 'AddresseeRetired', data: { reason: command.data.reason } }];
}

export function decideAddressee(command: AddresseeCommand, state: AddresseeState): AddresseeEvent[] {
  switch (command.type) {
    case 'RegisterAddressee':
      return registerAddressee(command, state);
    case 'ReviseAddressee':
      return reviseAddressee(command, state);
    case 'RetireAddressee':
      return retireAddressee(command, state);
    default:
      return unreachable(command);
  }
}

export const addresseeDecider: Decider<AddresseeCommand, AddresseeEvent, AddresseeState> = {
  initialState: initialAddresseeState,
  decide: decideAddressee,
  evolve: evolveAddressee,
};

export const addresseeAggregate: Aggregate<AddresseeCommand, AddresseeEvent, AddresseeState> = {
  category: 'addressee',
  decider: addresseeDecider,
  absence: { kind: 'addressee', code: 'ADDRESSEE_NOT_REGISTERED' },
};
