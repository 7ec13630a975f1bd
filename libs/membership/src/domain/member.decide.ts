import { DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import type { FieldProblem } from './field-problem.js';
import {
  applicationProblems,
  correctionProblems,
  representativeProblems,
  type Contacts,
  type LocalizedText,
  type MemberDetailsCorrection,
  type MembershipApplication,
  type Representative,
} from './member-application.js';
import type { BodyDecision, MemberEvent, MembershipKind } from './member.events.js';
import { evolveMember, initialMemberState, MEMBER_STATUS_TITLES, type MemberState, type MemberStatus } from './member.state.js';
import { nationalIdentifierKey } from './national-identifier.js';

export type MemberCommand =
  /** `previousMemberId`: the organization's ended record, when the register found one under its identifier. */
  | DomainCommand<'ApplyForMembership', { application: MembershipApplication; previousMemberId?: string | null }>
  /**
   * A founder becomes a full member by the founding itself: `foundingEventId` is the
   * `AssociationEstablished` event and `establishedOn` its date, the legal date of the membership.
   */
  | DomainCommand<
      'AdmitFounder',
      { application: MembershipApplication; foundingEventId: string; establishedOn: string; previousMemberId?: string | null }
    >
  /** `admittedOn`: the day the resolution was adopted; a recorded decision gives its own date. */
  | DomainCommand<'AdmitMember', { membership: MembershipKind; decision: BodyDecision; admittedOn?: string }>
  | DomainCommand<'RejectApplication', { reason: LocalizedText }>
  | DomainCommand<'SuspendMember', { reason: LocalizedText; decision: BodyDecision }>
  | DomainCommand<'ReinstateMember', { decision: BodyDecision }>
  | DomainCommand<'ExpelMember', { decision: BodyDecision }>
  | DomainCommand<'WithdrawMembership', { noticeDate: string }>
  | DomainCommand<'AddRepresentative', { representative: Representative }>
  | DomainCommand<'RemoveRepresentative', { representativeId: string }>
  | DomainCommand<'CorrectMemberDetails', MemberDetailsCorrection>;

type CommandOf<Type extends MemberCommand['type']> = Extract<MemberCommand, { type: Type }>;

/** The statuses in which the organization is on the register and its record may change. */
const ON_REGISTER = ['applied', 'admitted', 'suspended'] as const;

type RecordedMember = Exclude<MemberState, { readonly status: 'none' }>;

function statusRequired(required: readonly MemberStatus[], current: MemberStatus): DomainRuleViolation {
  const names = required.map((status) => MEMBER_STATUS_TITLES[status]);
  return new DomainRuleViolation(
    'MEMBER_STATUS_REQUIRED',
    {
      ru: `Действие возможно при статусе: ${names.map((name) => name.ru).join(', ')}; текущий статус — ${MEMBER_STATUS_TITLES[current].ru}`,
      en: `This needs the status ${names.map((name) => name.en).join(' or ')}; the status is ${MEMBER_STATUS_TITLES[current].en}`,
    },
    { required, current },
  );
}

function requireStatus(state: MemberState, required: readonly MemberStatus[]): void {
  if (!required.includes(state.status)) throw statusRequired(required, state.status);
}

/** The member's record, when its status is one of `required`. */
function recordIn(state: MemberState, required: readonly RecordedMember['status'][]): RecordedMember {
  if (state.status === 'none' || !required.includes(state.status)) throw statusRequired(required, state.status);
  return state;
}

function requireValid(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) {
    throw new DomainRuleViolation(
      'INVALID_MEMBER_DATA',
      { ru: 'Данные организации заполнены с ошибками', en: 'The organization data has errors' },
      { problems },
    );
  }
}

/** The application as recorded: the link to the earlier record only when there is one, so older events keep their shape. */
const submitted = (application: MembershipApplication, previousMemberId: string | null | undefined): MemberEvent => ({
  type: 'MembershipApplicationSubmitted',
  data: previousMemberId ? { ...application, previousMemberId } : application,
});

export function applyForMembership(command: CommandOf<'ApplyForMembership'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['none']);
  requireValid(applicationProblems(command.data.application));
  return [submitted(command.data.application, command.data.previousMemberId)];
}

export function admitFounder(command: CommandOf<'AdmitFounder'>, state: MemberState): MemberEvent[] {
  const { application, foundingEventId, establishedOn, previousMemberId } = command.data;
  // A founder is a member from the day the Association was established, whenever that was recorded.
  const admitted: MemberEvent = {
    type: 'MemberAdmitted',
    data: { membership: 'full', decision: { kind: 'founding', eventId: foundingEventId }, admittedOn: establishedOn },
  };
  if (state.status === 'applied') {
    // A founder that had already applied is admitted on that application, which must be its own.
    if (nationalIdentifierKey(state.profile.nationalIdentifier) !== nationalIdentifierKey(application.nationalIdentifier)) {
      throw new DomainRuleViolation(
        'FOUNDER_IDENTITY_MISMATCH',
        {
          ru: 'Заявление в реестре подано другой организацией, чем учредитель',
          en: 'The application on the register belongs to another organization than the founder',
        },
        { applied: state.profile.nationalIdentifier, founder: application.nationalIdentifier },
      );
    }
    return [admitted];
  }
  requireStatus(state, ['none', 'applied']);
  requireValid(applicationProblems(application));
  return [submitted(application, previousMemberId), admitted];
}

export function admitMember(command: CommandOf<'AdmitMember'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['applied']);
  const { membership, decision } = command.data;
  return [{ type: 'MemberAdmitted', data: { membership, decision, admittedOn: legalDateOf(command) } }];
}

/** The legal date of an admission: the recorded decision's date, the adoption day given, else the day it is recorded. */
function legalDateOf(command: CommandOf<'AdmitMember'>): string {
  const { decision, admittedOn } = command.data;
  if (decision.kind === 'decision') return decision.date;
  return admittedOn ?? command.metadata.today;
}

export function rejectApplication(command: CommandOf<'RejectApplication'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['applied']);
  return [{ type: 'MembershipApplicationRejected', data: command.data }];
}

export function suspendMember(command: CommandOf<'SuspendMember'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['admitted']);
  return [{ type: 'MemberSuspended', data: command.data }];
}

export function reinstateMember(command: CommandOf<'ReinstateMember'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['suspended']);
  return [{ type: 'MemberReinstated', data: command.data }];
}

export function expelMember(command: CommandOf<'ExpelMember'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['admitted', 'suspended']);
  return [{ type: 'MemberExpelled', data: command.data }];
}

export function withdrawMembership(command: CommandOf<'WithdrawMembership'>, state: MemberState): MemberEvent[] {
  requireStatus(state, ['admitted', 'suspended']);
  return [{ type: 'MembershipWithdrawn', data: command.data }];
}

export function addRepresentative(command: CommandOf<'AddRepresentative'>, state: MemberState): MemberEvent[] {
  const member = recordIn(state, ON_REGISTER);
  const { representative } = command.data;
  requireValid(representativeProblems(representative));
  if (member.representatives.some((existing) => existing.id === representative.id)) {
    throw new DomainRuleViolation(
      'REPRESENTATIVE_ALREADY_EXISTS',
      { ru: `Представитель ${representative.id} уже указан`, en: `Representative ${representative.id} already exists` },
      { representativeId: representative.id },
    );
  }
  return [{ type: 'RepresentativeAdded', data: { representative } }];
}

export function removeRepresentative(command: CommandOf<'RemoveRepresentative'>, state: MemberState): MemberEvent[] {
  const { representatives } = recordIn(state, ON_REGISTER);
  const { representativeId } = command.data;
  if (!representatives.some((representative) => representative.id === representativeId)) {
    throw new DomainRuleViolation(
      'REPRESENTATIVE_NOT_FOUND',
      { ru: `Представитель ${representativeId} не найден`, en: `Representative ${representativeId} was not found` },
      { representativeId },
    );
  }
  // The organization acts and votes only through its representatives, so one must always remain.
  if (representatives.length === 1) {
    throw new DomainRuleViolation(
      'LAST_REPRESENTATIVE',
      {
        ru: 'Нельзя отозвать единственного уполномоченного представителя: сначала назначьте другого',
        en: 'The only authorized representative cannot be removed: add another one first',
      },
      { representativeId },
    );
  }
  return [{ type: 'RepresentativeRemoved', data: { representativeId } }];
}

const sameText = (left: LocalizedText | null, right: LocalizedText | null): boolean =>
  left === null || right === null ? left === right : left.ru === right.ru && left.en === right.en;

const sameContacts = (left: Contacts, right: Contacts): boolean =>
  left.email === right.email && left.phone === right.phone && sameText(left.address, right.address);

export function correctMemberDetails(command: CommandOf<'CorrectMemberDetails'>, state: MemberState): MemberEvent[] {
  const { profile } = recordIn(state, ON_REGISTER);
  requireValid(correctionProblems(command.data));
  const { name, legalForm, contacts } = command.data;
  const changes: MemberDetailsCorrection = {
    ...(name && !sameText(name, profile.name) ? { name } : {}),
    ...(legalForm && !sameText(legalForm, profile.legalForm) ? { legalForm } : {}),
    ...(contacts && !sameContacts(contacts, profile.contacts) ? { contacts } : {}),
  };
  return Object.keys(changes).length === 0 ? [] : [{ type: 'MemberDetailsCorrected', data: changes }];
}

export function decideMember(command: MemberCommand, state: MemberState): MemberEvent[] {
  switch (command.type) {
    case 'ApplyForMembership':
      return applyForMembership(command, state);
    case 'AdmitFounder':
      return admitFounder(command, state);
    case 'AdmitMember':
      return admitMember(command, state);
    case 'RejectApplication':
      return rejectApplication(command, state);
    case 'SuspendMember':
      return suspendMember(command, state);
    case 'ReinstateMember':
      return reinstateMember(command, state);
    case 'ExpelMember':
      return expelMember(command, state);
    case 'WithdrawMembership':
      return withdrawMembership(command, state);
    case 'AddRepresentative':
      return addRepresentative(command, state);
    case 'RemoveRepresentative':
      return removeRepresentative(command, state);
    case 'CorrectMemberDetails':
      return correctMemberDetails(command, state);
    default:
      return unreachable(command);
  }
}

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  decide: decideMember,
  evolve: evolveMember,
};

export const memberAggregate: Aggregate<MemberCommand, MemberEvent, MemberState> = {
  category: 'member',
  decider: memberDecider,
  absence: { kind: 'member', code: 'MEMBER_STATUS_REQUIRED' },
};
