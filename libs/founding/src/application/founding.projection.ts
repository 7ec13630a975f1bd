import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import type { MemberEvent } from '#accord/membership';
import type { Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { FOUNDING_PROCESS_ID } from '../domain/founding.decide.js';
import type { FoundingEvent, LocalizedText } from '../domain/founding.events.js';
import {
  evolveFounding,
  initialFoundingState,
  type FoundingState,
  type RegistrationFiling,
  type RegistrationRefusal,
} from '../domain/founding.state.js';
import { founderAdmissionCommandId } from './founder-admission-keys.js';

/** A founder admitted to the register by the founding: its member record and the `MemberAdmitted` event. */
export interface FounderAdmissionRecord {
  readonly memberId: string;
  readonly admittedAt: string;
  readonly eventId: string;
}

/** What the founding's history holds beyond the decider's state, for the people who read it. */
export interface FoundingRecord {
  /** By letter id; null when the founder gave no reason. */
  readonly withdrawalReasons: Readonly<Record<string, LocalizedText | null>>;
  /** Every filing, the first first: after a refusal the documents may be filed again. */
  readonly filings: readonly RegistrationFiling[];
  readonly refusals: readonly RegistrationRefusal[];
  readonly establishment: {
    readonly establishedOn: string;
    /** The `AssociationEstablished` event: the decision every founder's admission points at. */
    readonly eventId: string;
    readonly letterIds: readonly string[];
  } | null;
  /** By letter id. */
  readonly admissions: Readonly<Record<string, FounderAdmissionRecord>>;
}

export const EMPTY_FOUNDING_RECORD: FoundingRecord = {
  withdrawalReasons: {},
  filings: [],
  refusals: [],
  establishment: null,
  admissions: {},
};

@Entity({ name: 'founding_process' })
export class FoundingProcessRow {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  stage: string;

  /** The decider's own state, so that the checklist read from it says what the decider would. */
  @Column({ type: 'jsonb' })
  state: FoundingState;

  @Column({ type: 'jsonb' })
  record: FoundingRecord;

  /** The version of the founding stream: clients pass it back as `expectedVersion`. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity({ name: 'founding_charter_drafts' })
export class CharterDraftRow {
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}

const FOUNDING_EVENTS: readonly FoundingEvent['type'][] = [
  'FoundingInitiativeLaunched',
  'LetterOfIntentReceived',
  'LetterOfIntentWithdrawn',
  'CharterDraftRecorded',
  'FoundingAssemblyConvened',
  'FoundingAssemblyHeld',
  'StateRegistrationFiled',
  'StateRegistrationRefused',
  'AssociationRegistered',
  'AssociationEstablished',
];

const FOUNDING_STREAM = `founding-${FOUNDING_PROCESS_ID}`;

function recordOf(record: FoundingRecord, event: FoundingEvent, recorded: RecordedEvent): FoundingRecord {
  switch (event.type) {
    case 'LetterOfIntentWithdrawn':
      return { ...record, withdrawalReasons: { ...record.withdrawalReasons, [event.data.letterId]: event.data.reason } };
    case 'StateRegistrationFiled':
      return { ...record, filings: [...record.filings, event.data] };
    case 'StateRegistrationRefused':
      return { ...record, refusals: [...record.refusals, event.data] };
    case 'AssociationEstablished':
      return {
        ...record,
        establishment: {
          establishedOn: event.data.establishedOn,
          eventId: recorded.eventId,
          letterIds: event.data.founders.map((founder) => founder.letterId),
        },
      };
    default:
      return record;
  }
}

async function applyFoundingEvent(manager: EntityManager, recorded: RecordedOf<FoundingEvent>): Promise<void> {
  const rows = manager.getRepository(FoundingProcessRow);
  const event = recorded;
  const row = await rows.findOneBy({ id: FOUNDING_PROCESS_ID });
  // Each event counts once, even when a batch is applied again after a crash.
  if (row && recorded.version <= row.version) return;
  const state = evolveFounding(row?.state ?? initialFoundingState, event);
  const record = recordOf(row?.record ?? EMPTY_FOUNDING_RECORD, event, recorded);
  await rows.upsert(
    { id: FOUNDING_PROCESS_ID, stage: state.stage, state, record, version: recorded.version, updatedAt: recorded.recordedAt },
    ['id'],
  );
  if (event.type === 'CharterDraftRecorded') {
    const { number, sha256, content, recordedAt } = event.data;
    await manager.getRepository(CharterDraftRow).upsert({ number, sha256, content, recordedAt: new Date(recordedAt) }, ['number']);
  }
}

/**
 * A founder's admission shows on the founding when the register admitted it by this very founding.
 * The register may admit a founder on an earlier application under another member id, so the letter
 * is found by the admission's command id, which derives from the establishment and the letter.
 */
async function applyAdmission(manager: EntityManager, recorded: RecordedOf<Extract<MemberEvent, { type: 'MemberAdmitted' }>>): Promise<void> {
  const event = recorded;
  const { decision } = event.data;
  if (decision.kind !== 'founding') return;
  const rows = manager.getRepository(FoundingProcessRow);
  const row = await rows.findOneBy({ id: FOUNDING_PROCESS_ID });
  const establishment = row?.record.establishment;
  if (!row || !establishment || establishment.eventId !== decision.eventId) return;
  const letterId = establishment.letterIds.find(
    (candidate) => founderAdmissionCommandId(establishment, candidate) === recorded.metadata.commandId,
  );
  if (letterId === undefined || row.record.admissions[letterId]) return;
  const memberId = recorded.streamId.slice('member-'.length);
  const admission: FounderAdmissionRecord = { memberId, admittedAt: recorded.recordedAt.toISOString(), eventId: recorded.eventId };
  await rows.update(FOUNDING_PROCESS_ID, { record: { ...row.record, admissions: { ...row.record.admissions, [letterId]: admission } } });
}

/** The founding process as one document, its charter drafts with their texts, and the founders' admission. */
export const foundingProjection: Projection = {
  name: 'founding',
  tables: ['founding_process', 'founding_charter_drafts'],
  eventTypes: [...FOUNDING_EVENTS, 'MemberAdmitted'],
  async apply(events: readonly RecordedOf<FoundingEvent | Extract<MemberEvent, { type: 'MemberAdmitted' }>>[], manager: EntityManager) {
    for (const recorded of events) {
      if (recorded.type === 'MemberAdmitted') {
        if (recorded.streamId.startsWith('member-')) await applyAdmission(manager, recorded);
      } else if (recorded.streamId === FOUNDING_STREAM) {
        // One founding per deployment: its stream is the only one of the category.
        await applyFoundingEvent(manager, recorded);
      }
    }
  },
} satisfies Projection<FoundingEvent | Extract<MemberEvent, { type: 'MemberAdmitted' }>>;
