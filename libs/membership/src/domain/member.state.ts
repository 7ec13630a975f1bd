import { unreachable, type BilingualText } from '#accord/kernel';
import type { MemberProfile, Representative } from './member-application.js';
import type { DecisionReference, MemberEvent, MembershipKind } from './member.events.js';

export type MemberStatus = 'none' | 'applied' | 'rejected' | 'admitted' | 'suspended' | 'expelled' | 'withdrawn';

export const MEMBER_STATUS_TITLES: Readonly<Record<MemberStatus, BilingualText>> = {
  none: { ru: 'нет записи', en: 'no record' },
  applied: { ru: 'заявление подано', en: 'applied' },
  rejected: { ru: 'в приёме отказано', en: 'rejected' },
  admitted: { ru: 'член Объединения', en: 'admitted' },
  suspended: { ru: 'членство приостановлено', en: 'suspended' },
  expelled: { ru: 'исключён', en: 'expelled' },
  withdrawn: { ru: 'вышел из Объединения', en: 'withdrawn' },
};

interface MemberRecord {
  readonly profile: MemberProfile;
  readonly representatives: readonly Representative[];
  /** The organization's earlier record that this application follows, if it applied again. */
  readonly previousMemberId: string | null;
}

export type MemberState =
  | { readonly status: 'none' }
  | (MemberRecord & { readonly status: 'applied' | 'rejected' })
  | (MemberRecord & {
      readonly status: 'admitted' | 'suspended' | 'expelled' | 'withdrawn';
      readonly membership: MembershipKind;
      readonly admission: DecisionReference;
    });

export const initialMemberState: MemberState = { status: 'none' };

/** Only full members that are not suspended vote. */
export function canVote(state: MemberState): boolean {
  return state.status === 'admitted' && state.membership === 'full';
}

export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MembershipApplicationSubmitted': {
      const { representatives, previousMemberId, ...profile } = event.data;
      return { status: 'applied', profile, representatives, previousMemberId: previousMemberId ?? null };
    }
    case 'MemberAdmitted':
      if (state.status === 'none') return state;
      return {
        status: 'admitted',
        profile: state.profile,
        representatives: state.representatives,
        previousMemberId: state.previousMemberId,
        membership: event.data.membership,
        admission: event.data.decision,
      };
    case 'MembershipApplicationRejected':
      return state.status === 'applied' ? { ...state, status: 'rejected' } : state;
    case 'MemberSuspended':
      return state.status === 'admitted' ? { ...state, status: 'suspended' } : state;
    case 'MemberReinstated':
      return state.status === 'suspended' ? { ...state, status: 'admitted' } : state;
    case 'MemberExpelled':
      return state.status === 'admitted' || state.status === 'suspended' ? { ...state, status: 'expelled' } : state;
    case 'MembershipWithdrawn':
      return state.status === 'admitted' || state.status === 'suspended' ? { ...state, status: 'withdrawn' } : state;
    case 'RepresentativeAdded':
      if (state.status === 'none') return state;
      return { ...state, representatives: [...state.representatives, event.data.representative] };
    case 'RepresentativeRemoved':
      if (state.status === 'none') return state;
      return {
        ...state,
        representatives: state.representatives.filter((representative) => representative.id !== event.data.representativeId),
      };
    case 'MemberDetailsCorrected':
      if (state.status === 'none') return state;
      return { ...state, profile: { ...state.profile, ...event.data } };
    default:
      return unreachable(event);
  }
}
