import { unreachable, type BilingualText } from '#accord/kernel';
import type {
  AssemblyVenue,
  FoundingAssemblyRecord,
  FoundingEvent,
  Initiator,
  LetterOfIntent,
  LocalizedText,
  OrganizingCommitteeMember,
} from './founding.events.js';

export type FoundingStage =
  | 'not_started'
  | 'founders_gathering'
  | 'charter_drafting'
  | 'assembly_convened'
  | 'assembly_held'
  | 'registration_filed'
  | 'registration_refused'
  | 'registered'
  | 'established';

export const FOUNDING_STAGE_TITLES: Readonly<Record<FoundingStage, BilingualText>> = {
  not_started: { ru: 'не начат', en: 'not started' },
  founders_gathering: { ru: 'сбор учредителей', en: 'founders gathering' },
  charter_drafting: { ru: 'подготовка устава', en: 'charter drafting' },
  assembly_convened: { ru: 'учредительное собрание созвано', en: 'founding assembly convened' },
  assembly_held: { ru: 'учредительное собрание проведено', en: 'founding assembly held' },
  registration_filed: { ru: 'документы поданы на государственную регистрацию', en: 'state registration filed' },
  registration_refused: { ru: 'в государственной регистрации отказано', en: 'state registration refused' },
  registered: { ru: 'зарегистрировано', en: 'registered' },
  established: { ru: 'Объединение создано', en: 'Association established' },
};

export interface Initiative {
  readonly initiator: Initiator;
  readonly committee: readonly OrganizingCommitteeMember[];
  readonly launchedOn: string;
}

export interface LetterOfIntentRecord extends LetterOfIntent {
  readonly withdrawnOn: string | null;
}

export interface CharterDraft {
  readonly number: number;
  readonly sha256: string;
  /** When the draft was entered (ISO 8601 UTC). */
  readonly recordedAt: string;
  /** The draft's own date, its legal date; `null` for drafts recorded before it was kept. */
  readonly draftedOn: string | null;
}

export interface Convening {
  readonly date: string;
  readonly venue: AssemblyVenue;
  readonly convenedOn: string;
}

export interface RegistrationFiling {
  readonly authority: LocalizedText;
  readonly filedOn: string;
  readonly reference: string | null;
}

export interface RegistrationRefusal {
  readonly refusedOn: string;
  readonly reason: LocalizedText;
}

export interface Registration {
  readonly registrationNumber: string;
  readonly registeredOn: string;
}

interface Preparation {
  readonly initiative: Initiative;
  readonly letters: readonly LetterOfIntentRecord[];
  readonly drafts: readonly CharterDraft[];
}

interface Convened extends Preparation {
  readonly convening: Convening;
}

interface Held extends Convened {
  readonly assembly: FoundingAssemblyRecord;
}

interface Filed extends Held {
  readonly filing: RegistrationFiling;
}

interface Registered extends Filed {
  readonly registration: Registration;
}

/** Each stage carries exactly what the process has established by then. */
export type FoundingState =
  | { readonly stage: 'not_started' }
  | (Preparation & { readonly stage: 'founders_gathering' | 'charter_drafting' })
  | (Convened & { readonly stage: 'assembly_convened' })
  | (Held & { readonly stage: 'assembly_held' })
  | (Filed & { readonly stage: 'registration_filed' })
  | (Filed & { readonly stage: 'registration_refused'; readonly refusal: RegistrationRefusal })
  | (Registered & { readonly stage: 'registered' | 'established' });

export const initialFoundingState: FoundingState = { stage: 'not_started' };

/** The letters of the founder candidates that still stand. */
export function activeLetters(state: FoundingState): readonly LetterOfIntentRecord[] {
  return state.stage === 'not_started' ? [] : state.letters.filter((letter) => letter.withdrawnOn === null);
}

const held = (state: Held): Held => ({
  initiative: state.initiative,
  letters: state.letters,
  drafts: state.drafts,
  convening: state.convening,
  assembly: state.assembly,
});

export function evolveFounding(state: FoundingState, event: FoundingEvent): FoundingState {
  switch (event.type) {
    case 'FoundingInitiativeLaunched':
      return { stage: 'founders_gathering', initiative: event.data, letters: [], drafts: [] };
    case 'LetterOfIntentReceived':
      if (state.stage === 'not_started') return state;
      return { ...state, letters: [...state.letters, { ...event.data, withdrawnOn: null }] };
    case 'LetterOfIntentWithdrawn': {
      if (state.stage === 'not_started') return state;
      const { letterId, withdrawnOn } = event.data;
      return {
        ...state,
        letters: state.letters.map((letter) => (letter.letterId === letterId ? { ...letter, withdrawnOn } : letter)),
      };
    }
    case 'CharterDraftRecorded': {
      if (state.stage !== 'founders_gathering' && state.stage !== 'charter_drafting') return state;
      const { number, sha256, recordedAt, draftedOn } = event.data;
      return { ...state, stage: 'charter_drafting', drafts: [...state.drafts, { number, sha256, recordedAt, draftedOn: draftedOn ?? null }] };
    }
    case 'FoundingAssemblyConvened':
      if (state.stage !== 'charter_drafting' && state.stage !== 'assembly_convened') return state;
      return {
        stage: 'assembly_convened',
        initiative: state.initiative,
        letters: state.letters,
        drafts: state.drafts,
        convening: event.data,
      };
    case 'FoundingAssemblyHeld':
      if (state.stage !== 'assembly_convened') return state;
      return { ...state, stage: 'assembly_held', assembly: event.data };
    case 'StateRegistrationFiled':
      if (state.stage !== 'assembly_held' && state.stage !== 'registration_refused') return state;
      return { ...held(state), stage: 'registration_filed', filing: event.data };
    case 'StateRegistrationRefused':
      if (state.stage !== 'registration_filed') return state;
      return { ...state, stage: 'registration_refused', refusal: event.data };
    case 'AssociationRegistered':
      if (state.stage !== 'registration_filed') return state;
      return { ...state, stage: 'registered', registration: event.data };
    case 'AssociationEstablished':
      if (state.stage !== 'registered') return state;
      return { ...state, stage: 'established' };
    default:
      return unreachable(event);
  }
}
