import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextView } from '#accord/platform';

// What the reads of working groups return.

export class WorkingGroupListItem {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ format: 'uuid' })
  chairOrganizationId: string;

  @ApiProperty({ type: 'integer' })
  memberCount: number;

  @ApiProperty({ type: 'integer' })
  openDeliverables: number;

  @ApiProperty({ type: 'integer' })
  overdueDeliverables: number;

  @ApiProperty({ format: 'date-time' })
  establishedAt: string;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class OverdueDeliverableView {
  @ApiProperty({ format: 'uuid' })
  workingGroupId: string;

  @ApiProperty({ type: LocalizedTextView })
  workingGroupName: LocalizedTextView;

  @ApiProperty({ format: 'uuid' })
  deliverableId: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ type: 'integer' })
  daysOverdue: number;
}

export class WorkingGroupViewChair {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'UZ' })
  country: string;

  @ApiProperty({ example: 'admitted' })
  status: string;
}

export class WorkingGroupViewMember {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ example: 'UZ' })
  country: string;

  @ApiProperty({ example: 'admitted' })
  status: string;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

export class WorkingGroupViewDeliverable {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ example: 'overdue' })
  status: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  deliveredOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  documentSha256: string | null;
}

export class WorkingGroupViewMeeting {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ type: [WorkingGroupViewChair] })
  attendees: WorkingGroupViewChair[];

  @ApiProperty()
  minutesSha256: string;
}

export class WorkingGroupViewEstablishedBy {
  @ApiProperty({ enum: ['resolution', 'founding', 'decision'], description: 'resolution: resolutionId; founding: eventId of the establishment; decision: reference and date' })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid' })
  resolutionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  eventId?: string;

  @ApiPropertyOptional({ example: 'Решение Совета Объединения № 2' })
  reference?: string;

  @ApiPropertyOptional({ format: 'date' })
  date?: string;
}

export class WorkingGroupView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  mandate: LocalizedTextView;

  @ApiProperty({ example: 'active' })
  status: string;

  @ApiProperty({ type: WorkingGroupViewChair })
  chair: WorkingGroupViewChair;

  @ApiProperty({ type: [WorkingGroupViewMember] })
  members: WorkingGroupViewMember[];

  @ApiProperty({ type: [WorkingGroupViewDeliverable] })
  deliverables: WorkingGroupViewDeliverable[];

  @ApiProperty({ type: [WorkingGroupViewMeeting] })
  meetings: WorkingGroupViewMeeting[];

  @ApiProperty({ type: WorkingGroupViewEstablishedBy })
  establishedBy: WorkingGroupViewEstablishedBy;

  @ApiProperty({ format: 'date-time' })
  establishedAt: string;

  @ApiProperty({ type: WorkingGroupViewEstablishedBy, nullable: true })
  dissolution: WorkingGroupViewEstablishedBy | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dissolvedAt: string | null;

  @ApiProperty({ type: 'integer' })
  version: number;
}

