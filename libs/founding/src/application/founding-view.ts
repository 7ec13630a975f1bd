import type { BilingualText } from '#accord/kernel';
import { foundingChecklist, type ChecklistBlocker, type ChecklistItem, type FoundingStep } from '../domain/founding-checklist.js';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import type {
  FounderCandidate,
  FounderRepresentative,
  FoundingAssemblyRecord,
  LocalizedText,
  PresentFounder,
} from '../domain/founding.events.js';
import { countFounders, type FounderCount, type FoundingRules } from '../domain/founding.rules.js';
import {
  activeLetters,
  FOUNDING_STAGE_TITLES,
  initialFoundingState,
  type CharterDraft,
  type Convening,
  type FoundingStage,
  type FoundingState,
  type Initiative,
  type RegistrationFiling,
  type RegistrationRefusal,
} from '../domain/founding.state.js';
import { founderMemberId } from './founder-admission-keys.js';
import { EMPTY_FOUNDING_RECORD, type FoundingRecord } from './founding.projection.js';

/** A founder the register could not admit automatically, as the admission process recorded it. */
export interface AdmissionFailure {
  readonly letterId: string;
  readonly memberId: string;
  readonly code: string;
  readonly message: BilingualText;
  readonly details: unknown;
  readonly failedAt: string;
}

export type FounderAdmissionView =
  | { readonly status: 'pending'; readonly memberId: string }
  /** `admittedOn`: the legal date, the establishment; `admittedAt`: when the register recorded the admission. */
  | { readonly status: 'admitted'; readonly memberId: string; readonly admittedOn: string; readonly admittedAt: string; readonly eventId: string }
  | {
      readonly status: 'failed';
      readonly memberId: string;
      readonly code: string;
      readonly message: BilingualText;
      readonly details: unknown;
      readonly failedAt: string;
    };

export interface FounderView {
  readonly letterId: string;
  readonly organization: FounderCandidate;
  readonly representative: FounderRepresentative;
  readonly receivedOn: string;
  readonly status: 'received' | 'withdrawn';
  readonly withdrawnOn: string | null;
  readonly withdrawalReason: LocalizedText | null;
  /** Null until the Association is established, and for candidates who did not found it. */
  readonly admission: FounderAdmissionView | null;
}

export interface AssemblyView {
  readonly convened: Convening | null;
  readonly held:
    | (Omit<FoundingAssemblyRecord, 'present'> & {
        readonly present: readonly (PresentFounder & { readonly organizationName: LocalizedText | null })[];
      })
    | null;
}

export interface RegistrationView {
  /** The filing that stands (the last one), if any. */
  readonly filing: RegistrationFiling | null;
  readonly filings: readonly RegistrationFiling[];
  readonly refusals: readonly RegistrationRefusal[];
  readonly registrationNumber: string | null;
  readonly registeredOn: string | null;
}

/** `GET /api/v1/founding`: the founding as a checklist, with everything it has established so far. */
export interface FoundingView {
  readonly id: string;
  /** The founding stream's version: pass it as `expectedVersion`. */
  readonly version: number;
  readonly stage: FoundingStage;
  readonly stageTitle: BilingualText;
  readonly steps: readonly ChecklistItem[];
  /** The first step not done yet; null once the Association is established. */
  readonly next: FoundingStep | null;
  /** What keeps `next` from being done. */
  readonly blockers: readonly ChecklistBlocker[];
  readonly rules: FoundingRules;
  readonly initiative: Initiative | null;
  readonly founders: readonly FounderView[];
  /** The letters that stand, and the states they come from. */
  readonly founderCount: FounderCount;
  readonly charterDrafts: readonly CharterDraft[];
  readonly assembly: AssemblyView;
  readonly registration: RegistrationView;
  readonly establishedOn: string | null;
}

export interface StoredFounding {
  readonly state: FoundingState;
  readonly record: FoundingRecord;
  readonly version: number;
}

function admissionOf(
  letterId: string,
  record: FoundingRecord,
  failures: ReadonlyMap<string, AdmissionFailure>,
): FounderAdmissionView | null {
  if (!record.establishment?.letterIds.includes(letterId)) return null;
  const admitted = record.admissions[letterId];
  if (admitted) {
    const { memberId, admittedAt, eventId } = admitted;
    return { status: 'admitted', memberId, admittedOn: record.establishment.establishedOn, admittedAt, eventId };
  }
  const failure = failures.get(letterId);
  if (failure) {
    const { memberId, code, message, details, failedAt } = failure;
    return { status: 'failed', memberId, code, message, details, failedAt };
  }
  return { status: 'pending', memberId: founderMemberId(letterId) };
}

function assemblyOf(state: FoundingState): AssemblyView {
  const convened = 'convening' in state ? state.convening : null;
  if (!('assembly' in state)) return { convened, held: null };
  const nameOf = (letterId: string) => state.letters.find((letter) => letter.letterId === letterId)?.organization.name ?? null;
  const present = state.assembly.present.map((founder) => ({ ...founder, organizationName: nameOf(founder.letterId) }));
  return { convened, held: { ...state.assembly, present } };
}

/**
 * The founding as its readers see it. The checklist is worked out here, under the rules the decider
 * runs with now, so that what it says blocks the next step is what the decider would refuse.
 */
export function foundingView(
  stored: StoredFounding | null,
  rules: FoundingRules,
  failures: readonly AdmissionFailure[] = [],
): FoundingView {
  const state = stored?.state ?? initialFoundingState;
  const record = stored?.record ?? EMPTY_FOUNDING_RECORD;
  const checklist = foundingChecklist(state, rules);
  const failuresByLetter = new Map(failures.map((failure) => [failure.letterId, failure]));
  const letters = state.stage === 'not_started' ? [] : state.letters;
  return {
    id: FOUNDING_PROCESS_ID,
    version: stored?.version ?? 0,
    stage: state.stage,
    stageTitle: FOUNDING_STAGE_TITLES[state.stage],
    steps: checklist.steps,
    next: checklist.next,
    blockers: checklist.blockers,
    rules,
    initiative: state.stage === 'not_started' ? null : state.initiative,
    founders: letters.map(({ letterId, organization, representative, receivedOn, withdrawnOn }) => ({
      letterId,
      organization,
      representative,
      receivedOn,
      status: withdrawnOn === null ? 'received' : 'withdrawn',
      withdrawnOn,
      withdrawalReason: withdrawnOn === null ? null : (record.withdrawalReasons[letterId] ?? null),
      admission: admissionOf(letterId, record, failuresByLetter),
    })),
    founderCount: countFounders(activeLetters(state)),
    charterDrafts: state.stage === 'not_started' ? [] : state.drafts,
    assembly: assemblyOf(state),
    registration: {
      filing: 'filing' in state ? state.filing : null,
      filings: record.filings,
      refusals: record.refusals,
      registrationNumber: 'registration' in state ? state.registration.registrationNumber : null,
      registeredOn: 'registration' in state ? state.registration.registeredOn : null,
    },
    establishedOn: record.establishment?.establishedOn ?? null,
  };
}
