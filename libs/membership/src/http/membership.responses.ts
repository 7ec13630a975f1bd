import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextView, RecordEventView } from '#accord/platform';
import { MEMBER_CATEGORIES } from '../domain/member-application.js';
import { MEMBER_STATUS_TITLES } from '../domain/member.state.js';

// What the reads of the member register return.

const STATUSES = Object.keys(MEMBER_STATUS_TITLES).filter((status) => status !== 'none');

export class MemberListItem {
  @ApiProperty({ format: 'uuid', description: 'The member organization; its events are the stream member-<id>' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'RU' })
  country: string;

  @ApiProperty({ enum: MEMBER_CATEGORIES })
  category: string;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ type: LocalizedTextView })
  statusTitle: LocalizedTextView;

  @ApiProperty({ type: String, enum: ['full', 'observer'], nullable: true })
  membership: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the admission: the decision’s date, or the establishment for founders' })
  admittedOn: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the admission was recorded' })
  admittedAt: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The record of the same organization’s earlier application (re-application)' })
  previousMemberId: string | null;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class MemberCardNationalIdentifier {
  @ApiProperty({ example: 'OTHER' })
  scheme: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  values: Record<string, string>;

  @ApiProperty({ example: 'IN' })
  country: string;
}

export class MemberCardContacts {
  @ApiProperty({ example: 'office@bharat-placement.demo.example' })
  email: string;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  address: LocalizedTextView | null;
}

export class MemberCardRepresentative {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'head@bharat-placement.demo.example' })
  email: string;

  @ApiProperty({ type: LocalizedTextView })
  position: LocalizedTextView;
}

export class DecisionBasisView {
  @ApiProperty({ enum: ['resolution', 'founding', 'decision'], description: 'resolution: resolutionId; founding: eventId of the establishment; decision: reference and date' })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid' })
  resolutionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  eventId?: string;

  @ApiPropertyOptional({ enum: ['general_assembly', 'council'], description: 'decision: the body whose minutes record it' })
  body?: string;

  @ApiPropertyOptional({ example: 'Решение Совета Объединения № 2' })
  reference?: string;

  @ApiPropertyOptional({ format: 'date' })
  date?: string;
}

export class MemberCardStatusHistory {
  @ApiProperty({ format: 'date-time', description: 'When the act was recorded' })
  at: string;

  @ApiProperty({ format: 'date', description: 'The legal date of the act' })
  effectiveOn: string;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  reason: LocalizedTextView | null;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ type: DecisionBasisView, nullable: true })
  decision: DecisionBasisView | null;

  @ApiProperty({ type: String, enum: ['full', 'observer'], nullable: true })
  membership: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  noticeDate: string | null;

  @ApiProperty({ type: LocalizedTextView })
  statusTitle: LocalizedTextView;
}

export class MemberCardHistory extends RecordEventView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  commandId: string | null;

  @ApiProperty({ type: DecisionBasisView, nullable: true })
  decision: DecisionBasisView | null;
}

export class MemberCard extends MemberListItem {
  @ApiProperty({ type: LocalizedTextView })
  legalForm: LocalizedTextView;

  @ApiProperty({ type: MemberCardNationalIdentifier })
  nationalIdentifier: MemberCardNationalIdentifier;

  @ApiProperty({ type: MemberCardContacts })
  contacts: MemberCardContacts;

  @ApiProperty({ type: [MemberCardRepresentative] })
  representatives: MemberCardRepresentative[];

  @ApiProperty({ type: DecisionBasisView, nullable: true })
  admission: DecisionBasisView | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The record of the organization’s later application, if it applied again' })
  nextMemberId: string | null;

  @ApiProperty({ format: 'date-time' })
  appliedAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ type: [MemberCardStatusHistory] })
  statusHistory: MemberCardStatusHistory[];

  @ApiProperty({ type: [MemberCardHistory] })
  history: MemberCardHistory[];
}

export class MemberStatisticsCount {
  @ApiProperty({ example: 'IN' })
  country: string;

  @ApiProperty({ enum: MEMBER_CATEGORIES })
  category: string;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ type: 'integer' })
  count: number;

  @ApiProperty({ type: LocalizedTextView })
  statusTitle: LocalizedTextView;
}

export class MemberStatistics {
  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: [MemberStatisticsCount] })
  counts: MemberStatisticsCount[];
}

