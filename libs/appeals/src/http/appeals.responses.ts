import { ApiProperty } from '@nestjs/swagger';
import { LocalizedTextView, RecordEventView } from '#accord/platform';
import { ADDRESSEE_KINDS } from '../domain/addressee/addressee.events.js';
import { ANSWER_OUTCOMES, DISPATCH_CHANNELS } from '../domain/appeal/appeal.events.js';
import { APPEAL_STAGES } from '../domain/appeal/appeal.state.js';
import { DEADLINE_STATUSES } from '../domain/deadlines/deadline-assessment.js';

// What the reads of addressees and appeals return.

export class AddresseeListItem {
  @ApiProperty({ format: 'uuid', description: 'The addressee; its events are the stream addressee-<id>' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2, or "interstate"', example: 'UZ' })
  country: string;

  @ApiProperty({ enum: ADDRESSEE_KINDS })
  kind: string;

  @ApiProperty({ example: 'UZ-ZRU-445' })
  policyId: string;

  @ApiProperty()
  retired: boolean;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class JurisdictionPeriodView {
  @ApiProperty({ type: 'integer' })
  days: number;

  @ApiProperty({ enum: ['calendar', 'working'] })
  dayKind: string;

  @ApiProperty({ example: '59-FZ art. 8 part 2' })
  source: string;

  @ApiProperty({ enum: ['confirmed', 'secondary', 'recalled', 'unknown'], description: 'How sure the figure is: read in the law, stated by a secondary source, recalled, or unknown' })
  certainty: string;
}

export class JurisdictionExtensionView {
  @ApiProperty({ type: 'integer' })
  days: number;

  @ApiProperty({ enum: ['calendar', 'working'] })
  dayKind: string;

  @ApiProperty()
  once: boolean;

  @ApiProperty({ example: '59-FZ art. 12 part 2' })
  source: string;

  @ApiProperty({ enum: ['confirmed', 'secondary', 'recalled', 'unknown'], description: 'How sure the figure is: read in the law, stated by a secondary source, recalled, or unknown' })
  certainty: string;
}

export class JurisdictionPolicyView {
  @ApiProperty({ example: 'RU-59FZ' })
  id: string;

  @ApiProperty({ type: String, example: 'RU', nullable: true })
  country: string | null;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  law: LocalizedTextView | null;

  @ApiProperty({ enum: ['registration', 'receipt'], description: 'The event the period counts from (the day after it)' })
  periodStartsAt: string;

  @ApiProperty({ type: JurisdictionPeriodView, nullable: true })
  registration: JurisdictionPeriodView | null;

  @ApiProperty({ type: JurisdictionPeriodView, nullable: true })
  answer: JurisdictionPeriodView | null;

  @ApiProperty({ type: JurisdictionExtensionView, nullable: true })
  extension: JurisdictionExtensionView | null;

  @ApiProperty({ type: JurisdictionPeriodView, nullable: true })
  forwarding: JurisdictionPeriodView | null;

  @ApiProperty()
  movesOffNonWorkingDays: boolean;

  @ApiProperty({ type: String, example: 'KZ', nullable: true })
  calendar: string | null;

  @ApiProperty({ type: LocalizedTextView })
  notes: LocalizedTextView;
}

export class AddresseeView extends AddresseeListItem {
  @ApiProperty({ type: JurisdictionPolicyView })
  policy: JurisdictionPolicyView;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  retirementReason: LocalizedTextView | null;

  @ApiProperty({ format: 'date-time' })
  registeredAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  retiredAt: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class AppealAddresseeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'RU' })
  country: string;
}

export class AppealDeadlinesView {
  @ApiProperty({ type: String, example: 'RU-59FZ', nullable: true })
  policyId: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  registrationDueOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  periodStartsOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ type: String, enum: ['statute', 'extension', 'expected_by_secretariat'], nullable: true })
  dueOnBasis: string | null;

  @ApiProperty()
  isEstimate: boolean;

  @ApiProperty({ enum: ['registration_date_unknown', 'holiday_calendar_missing'], isArray: true })
  estimateReasons: string[];

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueSoonFrom: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  veryOverdueFrom: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  answeredLate: boolean | null;

  @ApiProperty()
  closedUnanswered: boolean;
}

export class AppealListItem {
  @ApiProperty({
    format: 'uuid',
    description: 'The appeal; its events are the stream appeal-<id>, and its outgoing number comes from the stream outgoing-register-<year>',
  })
  id: string;

  @ApiProperty({ enum: APPEAL_STAGES })
  stage: string;

  @ApiProperty({ type: LocalizedTextView })
  stageTitle: LocalizedTextView;

  @ApiProperty({ enum: DEADLINE_STATUSES })
  status: string;

  @ApiProperty({ type: LocalizedTextView })
  statusTitle: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  subject: LocalizedTextView;

  @ApiProperty({ type: AppealAddresseeView })
  addressee: AppealAddresseeView;

  @ApiProperty({ type: AppealAddresseeView })
  holder: AppealAddresseeView;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  resolutionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  followUpOf: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  followUpIds: string[];

  @ApiProperty({ type: String, example: '2026-0001', nullable: true })
  outgoingNumber: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dispatchedOn: string | null;

  @ApiProperty({ type: String, enum: DISPATCH_CHANNELS, nullable: true })
  channel: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  channelTitle: LocalizedTextView | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  registeredOn: string | null;

  @ApiProperty({ type: String, example: 'ОГ-14/2356', nullable: true })
  incomingNumber: string | null;

  @ApiProperty({ type: 'integer' })
  forwardedCount: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  lastForwardedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  answeredOn: string | null;

  @ApiProperty({ type: String, enum: ANSWER_OUTCOMES, nullable: true })
  outcome: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  outcomeTitle: LocalizedTextView | null;

  @ApiProperty({ type: String, example: '14-4/10/В-4410', nullable: true })
  answerReference: string | null;

  @ApiProperty()
  closed: boolean;

  @ApiProperty({ type: AppealDeadlinesView })
  deadlines: AppealDeadlinesView;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class AppealSignatoryView {
  @ApiProperty({ example: 'Олег Демидов' })
  name: string;

  @ApiProperty({ type: LocalizedTextView })
  position: LocalizedTextView;
}

export class AppealTimelineEntryView extends RecordEventView {}

export class AppealView extends AppealListItem {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the draft' })
  draftedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the approval (null: not approved)' })
  approvedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the signature (null: not signed)' })
  signedOn: string | null;

  @ApiProperty({ type: AppealSignatoryView })
  signatory: AppealSignatoryView;

  @ApiProperty({ type: [String], description: 'Each reminder recorded, as `<kind>:<due date>`' })
  reminders: string[];

  @ApiProperty({ type: [AppealTimelineEntryView] })
  timeline: AppealTimelineEntryView[];
}

export class JournalEntryView {
  @ApiProperty({ format: 'uuid' })
  appealId: string;

  @ApiProperty({ example: '2026-0001' })
  outgoingNumber: string;

  @ApiProperty({ format: 'date' })
  dispatchedOn: string;

  @ApiProperty({ type: AppealAddresseeView })
  addressee: AppealAddresseeView;

  @ApiProperty({ type: LocalizedTextView })
  subject: LocalizedTextView;

  @ApiProperty({ enum: DISPATCH_CHANNELS })
  channel: string;

  @ApiProperty({ type: LocalizedTextView })
  channelTitle: LocalizedTextView;

  @ApiProperty({ example: 'Олег Демидов' })
  signedBy: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  registeredOn: string | null;

  @ApiProperty({ type: String, example: 'ОГ-14/2356', nullable: true })
  incomingNumber: string | null;

  @ApiProperty({ format: 'date' })
  dueOn: string;

  @ApiProperty()
  dueOnIsEstimate: boolean;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  answeredOn: string | null;

  @ApiProperty({ type: String, enum: ANSWER_OUTCOMES, nullable: true })
  outcome: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  outcomeTitle: LocalizedTextView | null;
}

export class AppealsDashboardStatusCount {
  @ApiProperty({ enum: DEADLINE_STATUSES })
  status: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: 'integer' })
  count: number;
}

export class AppealsDashboardStageCount {
  @ApiProperty({ enum: APPEAL_STAGES })
  stage: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: 'integer' })
  count: number;
}

/** The figures the dashboard gives for each addressee and each country. */
class AppealsDashboardFigures {
  @ApiProperty({ type: 'integer' })
  open: number;

  @ApiProperty({ type: 'integer' })
  overdue: number;

  @ApiProperty({ type: 'integer' })
  answered: number;

  @ApiProperty({ type: 'integer' })
  answeredLate: number;

  @ApiProperty({ type: Number, nullable: true, description: 'From dispatch to answer; the mean of the two middle values for an even count; null when nothing was answered' })
  medianDaysToAnswer: number | null;

  @ApiProperty({ type: Number, minimum: 0, maximum: 1, nullable: true, description: 'Answered late ÷ answered; null when nothing was answered' })
  answeredLateRate: number | null;
}

export class AppealsDashboardAddresseeFigures extends AppealsDashboardFigures {
  @ApiProperty({ type: AppealAddresseeView })
  addressee: AppealAddresseeView;
}

export class AppealsDashboardCountryFigures extends AppealsDashboardFigures {
  @ApiProperty({ example: 'RU' })
  country: string;
}

export class AppealsDashboardView {
  @ApiProperty({ format: 'date' })
  asOf: string;

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: [AppealsDashboardStatusCount] })
  byStatus: AppealsDashboardStatusCount[];

  @ApiProperty({ type: [AppealsDashboardStageCount] })
  byStage: AppealsDashboardStageCount[];

  @ApiProperty({ type: [AppealListItem] })
  overdue: AppealListItem[];

  @ApiProperty({ type: [AppealListItem] })
  dueSoon: AppealListItem[];

  @ApiProperty({ type: [AppealsDashboardAddresseeFigures] })
  byAddressee: AppealsDashboardAddresseeFigures[];

  @ApiProperty({ type: [AppealsDashboardCountryFigures] })
  byCountry: AppealsDashboardCountryFigures[];
}

