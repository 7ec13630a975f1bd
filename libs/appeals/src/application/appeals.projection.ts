import { unreachable } from '#accord/kernel';
import { domainEventOf, type RecordedEvent, type RecordedOf } from '#accord/ledger';
import { searchable } from '#accord/platform';
import { foldRows, insertRows, upsertRows, type Projection } from '#accord/projections';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import type { AnswerOutcome, AppealContent, AppealEvent, DispatchChannel, Signatory } from '../domain/appeal/appeal.events.js';
import { reminderKey, type AppealStage } from '../domain/appeal/appeal.state.js';
import type { DeadlineAssessment, EstimateReason } from '../domain/deadlines/deadline-assessment.js';
import { assessDeadlines } from '../domain/deadlines/deadline-engine.js';
import { appealCountKey, moveAppealCounts } from './appeal-counts.js';

/**
 * An appeal: its stage, its correspondence particulars, and the dates of its deadline assessment.
 * The status against a given day is not stored (it changes with the day); `deadlineStatusSql` and
 * `deadlineStatus` compute it from the assessment columns.
 */
@Entity({ name: 'appeals' })
export class AppealRow {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  stage: AppealStage;

  /** The body the appeal is addressed to (as drafted or revised). */
  @Column({ type: 'uuid', name: 'addressee_id' })
  addresseeId: string;

  /** The body the appeal is with: the addressee until dispatch, then the body it was dispatched or last forwarded to. */
  @Column({ type: 'uuid', name: 'holder_id' })
  holderId: string;

  @Column({ type: 'text', name: 'subject_ru' })
  subjectRu: string;

  @Column({ type: 'text', name: 'subject_en', nullable: true })
  subjectEn: string | null;

  /** The subject in both languages as `searchable` gives it, for a search that ignores case and ё. */
  @Column({ type: 'text', name: 'search_text' })
  searchText: string;

  /** The resolution that authorized the appeal: named in the draft or at approval. */
  @Column({ type: 'uuid', name: 'resolution_id', nullable: true })
  resolutionId: string | null;

  @Column({ type: 'uuid', name: 'follow_up_of', nullable: true })
  followUpOf: string | null;

  @Column({ type: 'jsonb', name: 'follow_up_ids' })
  followUpIds: string[];

  @Column({ type: 'jsonb', nullable: true })
  signatory: Signatory | null;

  @Column({ type: 'text', name: 'outgoing_number', nullable: true })
  outgoingNumber: string | null;

  /** The outgoing number with its digit runs zero-padded, so that text order is number order (9 before 10). */
  @Column({ type: 'text', name: 'outgoing_sort', nullable: true })
  outgoingSort: string | null;

  @Column({ type: 'date', name: 'dispatched_on', nullable: true })
  dispatchedOn: string | null;

  @Column({ type: 'text', nullable: true })
  channel: DispatchChannel | null;

  /** The registration by the body holding the appeal now; forwarding clears it until the new body registers. */
  @Column({ type: 'date', name: 'registered_on', nullable: true })
  registeredOn: string | null;

  @Column({ type: 'text', name: 'incoming_number', nullable: true })
  incomingNumber: string | null;

  @Column({ type: 'integer', name: 'forwarded_count' })
  forwardedCount: number;

  @Column({ type: 'date', name: 'last_forwarded_on', nullable: true })
  lastForwardedOn: string | null;

  @Column({ type: 'date', name: 'answered_on', nullable: true })
  answeredOn: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: AnswerOutcome | null;

  @Column({ type: 'text', name: 'answer_reference', nullable: true })
  answerReference: string | null;

  @Column({ type: 'boolean' })
  closed: boolean;

  @Column({ type: 'text', name: 'policy_id', nullable: true })
  policyId: string | null;

  @Column({ type: 'date', name: 'registration_due_on', nullable: true })
  registrationDueOn: string | null;

  @Column({ type: 'date', name: 'period_starts_on', nullable: true })
  periodStartsOn: string | null;

  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', name: 'due_on_basis', nullable: true })
  dueOnBasis: DeadlineAssessment['dueOnBasis'];

  @Column({ type: 'boolean', name: 'is_estimate' })
  isEstimate: boolean;

  @Column({ type: 'jsonb', name: 'estimate_reasons' })
  estimateReasons: EstimateReason[];

  @Column({ type: 'date', name: 'due_soon_from', nullable: true })
  dueSoonFrom: string | null;

  @Column({ type: 'date', name: 'very_overdue_from', nullable: true })
  veryOverdueFrom: string | null;

  @Column({ type: 'boolean', name: 'answered_late', nullable: true })
  answeredLate: boolean | null;

  @Column({ type: 'boolean', name: 'closed_unanswered' })
  closedUnanswered: boolean;

  /** `<kind>:<due date>` of each reminder recorded, as `reminderKey` writes them: a query asks `reminders ? key`. */
  @Column({ type: 'jsonb' })
  reminders: string[];

  /** The events the deadline engine reads, in order: the assessment is recomputed from them alone. */
  @Column({ type: 'jsonb', name: 'deadline_events' })
  deadlineEvents: AppealEvent[];

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

/** One event of an appeal's history with who recorded it, when, and what caused it. */
@Entity({ name: 'appeal_timeline' })
export class AppealTimelineRow {
  @PrimaryColumn({ type: 'uuid', name: 'appeal_id' })
  appealId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @Column({ type: 'text' })
  type: AppealEvent['type'];

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;

  @Column({ type: 'text', name: 'actor_id' })
  actorId: string;

  @Column({ type: 'text', name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'text', name: 'correlation_id' })
  correlationId: string;

  @Column({ type: 'text', name: 'causation_id', nullable: true })
  causationId: string | null;

  /** The event's global position, whose text form a client passes as `minPosition`. */
  @Column({ type: 'bigint', name: 'commit_position' })
  commitPosition: string;

  @Column({ type: 'bigint', name: 'sequence_position' })
  sequencePosition: string;

  /** The event's data as recorded (after upcasting). */
  @Column({ type: 'jsonb' })
  data: object;
}

const APPEAL_EVENTS: readonly AppealEvent['type'][] = [
  'AppealDrafted',
  'AppealRevised',
  'AppealApproved',
  'AppealSigned',
  'AppealDispatched',
  'AppealRegistered',
  'AppealExtended',
  'AppealForwarded',
  'ExpectedAnswerDateSet',
  'AppealAnswered',
  'AppealDeadlineReminderRecorded',
  'AppealFollowUpOpened',
  'AppealClosed',
];

/** The events `assessDeadlines` reads; the others leave every deadline as it was. */
const DEADLINE_EVENTS: ReadonlySet<AppealEvent['type']> = new Set([
  'AppealDispatched',
  'AppealRegistered',
  'AppealExtended',
  'AppealForwarded',
  'ExpectedAnswerDateSet',
  'AppealAnswered',
  'AppealClosed',
]);

const appealIdOf = (event: Pick<RecordedEvent, 'streamId'>) => event.streamId.slice('appeal-'.length);

/** Zero-pads every run of digits, so that `2026-9` sorts before `2026-10` and hand-given numbers sort sensibly too. */
export const outgoingSortKey = (outgoingNumber: string) => outgoingNumber.replace(/\d+/g, (digits) => digits.padStart(12, '0'));

type ContentColumns = Pick<AppealRow, 'addresseeId' | 'holderId' | 'subjectRu' | 'subjectEn' | 'searchText' | 'resolutionId'>;
/** The columns of the deadline assessment: a row is itself a `DeadlineAssessment` for `deadlineStatus`. */
type AssessmentColumns = Pick<
  AppealRow,
  | 'policyId'
  | 'registrationDueOn'
  | 'periodStartsOn'
  | 'dueOn'
  | 'dueOnBasis'
  | 'isEstimate'
  | 'estimateReasons'
  | 'dueSoonFrom'
  | 'veryOverdueFrom'
  | 'answeredOn'
  | 'answeredLate'
  | 'closedUnanswered'
>;

const contentColumns = (content: AppealContent): ContentColumns => ({
  addresseeId: content.addresseeId,
  holderId: content.addresseeId,
  subjectRu: content.subject.ru,
  subjectEn: content.subject.en,
  searchText: searchable(`${content.subject.ru}\n${content.subject.en ?? ''}`),
  resolutionId: content.resolutionId,
});

const assessmentColumns = (assessment: DeadlineAssessment): AssessmentColumns => ({
  policyId: assessment.policyId,
  registrationDueOn: assessment.registrationDueOn,
  periodStartsOn: assessment.periodStartsOn,
  dueOn: assessment.dueOn,
  dueOnBasis: assessment.dueOnBasis,
  isEstimate: assessment.isEstimate,
  estimateReasons: [...assessment.estimateReasons],
  dueSoonFrom: assessment.dueSoonFrom,
  veryOverdueFrom: assessment.veryOverdueFrom,
  answeredOn: assessment.answeredOn,
  answeredLate: assessment.answeredLate,
  closedUnanswered: assessment.closedUnanswered,
});

type AppealColumns = Omit<AppealRow, keyof AssessmentColumns>;

function drafted(id: string, event: Extract<AppealEvent, { type: 'AppealDrafted' }>, recorded: RecordedEvent): AppealColumns {
  const { followUpOf, ...content } = event.data;
  return {
    id,
    stage: 'draft',
    ...contentColumns(content),
    followUpOf,
    followUpIds: [],
    signatory: null,
    outgoingNumber: null,
    outgoingSort: null,
    dispatchedOn: null,
    channel: null,
    registeredOn: null,
    incomingNumber: null,
    forwardedCount: 0,
    lastForwardedOn: null,
    outcome: null,
    answerReference: null,
    closed: false,
    reminders: [],
    deadlineEvents: [],
    version: recorded.version,
    createdAt: recorded.recordedAt,
    updatedAt: recorded.recordedAt,
  };
}

/** What one event changes in the appeal's own columns; the assessment is recomputed after it. */
function changes(event: Exclude<AppealEvent, { type: 'AppealDrafted' }>, row: AppealRow): Partial<AppealColumns> {
  switch (event.type) {
    case 'AppealRevised':
      return contentColumns(event.data);
    case 'AppealApproved':
      return { stage: 'approved', resolutionId: event.data.resolutionId ?? row.resolutionId };
    case 'AppealSigned':
      return { stage: 'signed', signatory: event.data.signatory };
    case 'AppealDispatched': {
      const { addresseeId, dispatchedOn, channel, outgoingNumber } = event.data;
      return { stage: 'dispatched', holderId: addresseeId, dispatchedOn, channel, outgoingNumber, outgoingSort: outgoingSortKey(outgoingNumber) };
    }
    case 'AppealRegistered':
      // A late registration by the body the appeal was forwarded away from is history, not the holder's.
      return event.data.addresseeId === row.holderId
        ? { stage: 'registered', registeredOn: event.data.registeredOn, incomingNumber: event.data.incomingNumber }
        : {};
    case 'AppealForwarded':
      return {
        stage: 'dispatched',
        holderId: event.data.addresseeId,
        registeredOn: null,
        incomingNumber: null,
        forwardedCount: row.forwardedCount + 1,
        lastForwardedOn: event.data.forwardedOn,
      };
    case 'AppealExtended':
    case 'ExpectedAnswerDateSet':
      return {};
    case 'AppealAnswered':
      return { stage: 'answered', outcome: event.data.outcome, answerReference: event.data.reference };
    case 'AppealDeadlineReminderRecorded':
      return { reminders: [...row.reminders, reminderKey(event.data.kind, event.data.dueOn)] };
    case 'AppealFollowUpOpened':
      return { followUpIds: [...row.followUpIds, event.data.followUpAppealId] };
    case 'AppealClosed':
      return { stage: 'closed', closed: true };
    default:
      return unreachable(event);
  }
}

const timelineEntry = (id: string, recorded: RecordedOf<AppealEvent>): AppealTimelineRow => ({
  appealId: id,
  version: recorded.version,
  eventId: recorded.eventId,
  type: recorded.type,
  recordedAt: recorded.recordedAt,
  actorId: recorded.metadata.actorId,
  onBehalfOf: recorded.metadata.onBehalfOf,
  correlationId: recorded.metadata.correlationId,
  causationId: recorded.metadata.causationId,
  commitPosition: recorded.position.commit.toString(),
  sequencePosition: recorded.position.sequence.toString(),
  data: recorded.data as object,
});

/**
 * Appeals, their timelines and the dashboard's counts. A batch is folded in memory: the rows of the
 * appeals it touches are read in one statement, its events applied to them in order, and the changed
 * rows, the new timeline entries and the net moves between counts written back in a few multi-row
 * statements. A row keeps the version of the last event of its stream that it applied, so an event
 * already applied is passed over and a replayed batch changes nothing. The deadline assessment is
 * recomputed from the events kept in the row on every event, so it always agrees with the engine.
 */
export const appealsProjection = {
  name: 'appeals',
  tables: ['appeals', 'appeal_timeline', 'appeal_counts'],
  eventTypes: APPEAL_EVENTS,
  async apply(events: readonly RecordedOf<AppealEvent>[], manager: EntityManager) {
    const { before, changed, applied } = await foldRows(manager, AppealRow, events, appealIdOf, (row, recorded, id) => {
      const event = domainEventOf<AppealEvent>(recorded);
      let next: AppealColumns;
      if (event.type === 'AppealDrafted') next = drafted(id, event, recorded);
      else if (row) next = { ...row, ...changes(event, row), version: recorded.version, updatedAt: recorded.recordedAt };
      else return undefined;
      const deadlineEvents = DEADLINE_EVENTS.has(event.type) ? [...next.deadlineEvents, event] : next.deadlineEvents;
      return { ...next, deadlineEvents, ...assessmentColumns(assessDeadlines(deadlineEvents)) };
    });
    const timeline = applied.map((recorded) => timelineEntry(appealIdOf(recorded), recorded));
    await upsertRows(manager, AppealRow, changed, ['id']);
    await insertRows(manager, AppealTimelineRow, timeline);
    await moveAppealCounts(
      changed.map((row) => {
        const was = before.get(row.id);
        return { before: was ? appealCountKey(was) : null, after: appealCountKey(row) };
      }),
      manager,
    );
  },
} satisfies Projection<AppealEvent>;
