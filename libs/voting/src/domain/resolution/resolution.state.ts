import { unreachable, type BilingualText } from '#accord/kernel';
import type { LocalizedText, VotingBody } from '../voting-terms.js';
import type { ResolutionDraft, ResolutionEvent, VotingArrangements, VotingResult } from './resolution.events.js';

/** Carrying out an adopted motion: awaited, done, or failed (and possibly tried again). */
export type ConsequenceState =
  | { readonly status: 'pending' }
  | { readonly status: 'carried_out'; readonly eventIds: readonly string[] }
  | { readonly status: 'failed'; readonly code: string; readonly text: BilingualText };

type ResolutionRecord = ResolutionDraft & { readonly textVersion: number };

export type ResolutionState =
  | { readonly status: 'none' }
  | (ResolutionRecord & { readonly status: 'draft' })
  | (ResolutionRecord & { readonly status: 'voting'; readonly voting: VotingArrangements })
  | (ResolutionRecord & {
      readonly status: 'closed';
      readonly voting: VotingArrangements;
      readonly result: VotingResult;
      /** Null when there is nothing to carry out: no motion, or a motion not adopted. */
      readonly consequence: ConsequenceState | null;
    })
  | (ResolutionRecord & {
      readonly status: 'withdrawn';
      /** Null when the resolution was withdrawn before voting opened. */
      readonly voting: VotingArrangements | null;
      readonly withdrawal: { readonly reason: LocalizedText; readonly withdrawnAt: string };
    });

export const initialResolutionState: ResolutionState = { status: 'none' };

export function evolveResolution(state: ResolutionState, event: ResolutionEvent): ResolutionState {
  switch (event.type) {
    case 'ResolutionDrafted': {
      const { resolutionId, title, text, body, rule, quorum, motion } = event.data;
      return { status: 'draft', resolutionId, title, text, body, rule, quorum, motion, textVersion: 1 };
    }
    case 'ResolutionAmended':
      return state.status === 'draft' ? { ...state, text: event.data.text, textVersion: event.data.version } : state;
    case 'ResolutionWithdrawn': {
      if (state.status !== 'draft' && state.status !== 'voting') return state;
      const withdrawal = { reason: event.data.reason, withdrawnAt: event.data.withdrawnAt };
      return { ...state, status: 'withdrawn', voting: state.status === 'voting' ? state.voting : null, withdrawal };
    }
    case 'VotingOpened':
      return state.status === 'draft' ? { ...state, status: 'voting', voting: event.data } : state;
    case 'VotingClosed': {
      if (state.status !== 'voting') return state;
      const consequence: ConsequenceState | null = state.motion && event.data.outcome === 'adopted' ? { status: 'pending' } : null;
      return { ...state, status: 'closed', result: event.data, consequence };
    }
    case 'ResolutionConsequenceRecorded':
      return state.status === 'closed' ? { ...state, consequence: { status: 'carried_out', eventIds: event.data.eventIds } } : state;
    case 'ResolutionConsequenceFailed': {
      const { code, text } = event.data;
      return state.status === 'closed' ? { ...state, consequence: { status: 'failed', code, text } } : state;
    }
    default:
      return unreachable(event);
  }
}

/** What a ballot needs to know of its resolution: read from the resolution's stream and passed with the ballot. */
export interface VotingSession {
  readonly resolutionId: string;
  readonly body: VotingBody;
  readonly status: 'open' | 'closed' | 'withdrawn';
  readonly openedAt: string;
  readonly closesAt: string;
  /** A set: a ballot asks whether its organization is in an electorate of up to every member. */
  readonly electorate: ReadonlySet<string>;
}

// One set per opening, shared by every ballot decided on it: the arrangements never change once voting opened.
const electorates = new WeakMap<VotingArrangements, ReadonlySet<string>>();

function electorateOf(voting: VotingArrangements): ReadonlySet<string> {
  let electorate = electorates.get(voting);
  if (electorate === undefined) {
    electorate = new Set(voting.electorate);
    electorates.set(voting, electorate);
  }
  return electorate;
}

/** The voting session of a resolution, or null while voting has not opened. */
export function votingSessionOf(state: ResolutionState): VotingSession | null {
  if (state.status === 'none' || state.status === 'draft' || state.voting === null) return null;
  const status = state.status === 'voting' ? 'open' : state.status;
  const { openedAt, closesAt } = state.voting;
  return { resolutionId: state.resolutionId, body: state.body, status, openedAt, closesAt, electorate: electorateOf(state.voting) };
}
