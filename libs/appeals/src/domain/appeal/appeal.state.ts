import { unreachable } from '#accord/kernel';
import type { AppealContent, AppealEvent, AppealHolder, ReminderKind, Signatory } from './appeal.events.js';

/**
 * Where an appeal stands. `registered` means the body now holding it has registered it; forwarding
 * hands the appeal to another body, which has not registered it yet, so the stage goes back to
 * `dispatched`.
 */
export const APPEAL_STAGES = ['draft', 'approved', 'signed', 'dispatched', 'registered', 'answered', 'closed'] as const;
export type AppealStage = (typeof APPEAL_STAGES)[number];

/** The body holding a dispatched appeal and what it has done with it. */
export interface CurrentHolder extends AppealHolder {
  /** The dispatch or forwarding date: the day its period starts from. */
  readonly since: string;
  readonly registeredOn: string | null;
  readonly extended: boolean;
}

export type AppealState =
  | { readonly stage: 'none' }
  | {
      readonly stage: AppealStage;
      readonly content: AppealContent;
      readonly followUpOf: string | null;
      readonly approvedBy: string | null;
      readonly signatory: Signatory | null;
      /** The legal dates of the draft, the approval and the signature, where the events carry them. */
      readonly draftedOn: string | null;
      readonly approvedOn: string | null;
      readonly signedOn: string | null;
      readonly dispatch: { readonly dispatchedOn: string; readonly outgoingNumber: string } | null;
      readonly holder: CurrentHolder | null;
      readonly answeredOn: string | null;
      /** `<kind>:<due date>` of each reminder recorded, so each is recorded once per due date. */
      readonly reminders: readonly string[];
      readonly followUpIds: readonly string[];
      /** The appeal's history, which the deadline engine reads. */
      readonly history: readonly AppealEvent[];
    };

export type RecordedAppeal = Exclude<AppealState, { readonly stage: 'none' }>;

export const initialAppealState: AppealState = { stage: 'none' };

export const reminderKey = (kind: ReminderKind, dueOn: string): string => `${kind}:${dueOn}`;

function withHolder(state: RecordedAppeal, change: Partial<CurrentHolder>): CurrentHolder | null {
  return state.holder ? { ...state.holder, ...change } : null;
}

function evolveRecorded(state: RecordedAppeal, event: AppealEvent): RecordedAppeal {
  switch (event.type) {
    case 'AppealDrafted':
      return state;
    case 'AppealRevised':
      return { ...state, content: event.data };
    case 'AppealApproved':
      return { ...state, stage: 'approved', approvedBy: event.data.resolutionId, approvedOn: event.data.approvedOn ?? null };
    case 'AppealSigned':
      return { ...state, stage: 'signed', signatory: event.data.signatory, signedOn: event.data.signedOn ?? null };
    case 'AppealDispatched': {
      const { dispatchedOn, outgoingNumber, addresseeId, policyId, expectedAnswerOn } = event.data;
      const holder = { addresseeId, policyId, expectedAnswerOn, since: dispatchedOn, registeredOn: null, extended: false };
      return { ...state, stage: 'dispatched', dispatch: { dispatchedOn, outgoingNumber }, holder };
    }
    case 'AppealRegistered':
      return { ...state, stage: 'registered', holder: withHolder(state, { registeredOn: event.data.registeredOn }) };
    case 'AppealExtended':
      return { ...state, holder: withHolder(state, { extended: true }) };
    case 'AppealForwarded': {
      const { addresseeId, policyId, expectedAnswerOn, forwardedOn } = event.data;
      const holder = { addresseeId, policyId, expectedAnswerOn, since: forwardedOn, registeredOn: null, extended: false };
      return { ...state, stage: 'dispatched', holder };
    }
    case 'ExpectedAnswerDateSet':
      return { ...state, holder: withHolder(state, { expectedAnswerOn: event.data.expectedAnswerOn }) };
    case 'AppealAnswered':
      return { ...state, stage: 'answered', answeredOn: event.data.answeredOn };
    case 'AppealDeadlineReminderRecorded':
      return { ...state, reminders: [...state.reminders, reminderKey(event.data.kind, event.data.dueOn)] };
    case 'AppealFollowUpOpened':
      return { ...state, followUpIds: [...state.followUpIds, event.data.followUpAppealId] };
    case 'AppealClosed':
      return { ...state, stage: 'closed' };
    default:
      return unreachable(event);
  }
}

export function evolveAppeal(state: AppealState, event: AppealEvent): AppealState {
  if (state.stage === 'none') {
    if (event.type !== 'AppealDrafted') return state;
    const { followUpOf, draftedOn, ...content } = event.data;
    return {
      stage: 'draft',
      content,
      followUpOf,
      approvedBy: null,
      signatory: null,
      draftedOn: draftedOn ?? null,
      approvedOn: null,
      signedOn: null,
      dispatch: null,
      holder: null,
      answeredOn: null,
      reminders: [],
      followUpIds: [],
      history: [event],
    };
  }
  const next = evolveRecorded(state, event);
  return { ...next, history: [...state.history, event] };
}
