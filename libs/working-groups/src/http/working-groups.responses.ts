import { ApiProperty } from '@nestjs/swagger';
import { DecisionBasisView } from '#accord/membership';
import { LocalizedTextView } from '#accord/platform';

// What the reads of working groups return.

export class WorkingGroupListItem {
  @ApiProperty({ format: 'uuid', description: 'The working group; its events are the stream working-group-<id>' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ enum: ['active', 'dissolved'] })
  status: string;

  @ApiProperty({ format: 'uuid' })
  chairOrganizationId: string;

  @ApiProperty({ type: 'integer' })
  memberCount: number;

  @ApiProperty({ type: 'integer' })
  openDeliverables: number;

  @ApiProperty({ type: 'integer' })
  overdueDeliverables: number;

  @ApiProperty({ format: 'date', description: 'The legal date: the day of the decision that established the group' })
  establishedOn: string;

  @ApiProperty({ format: 'date-time', description: 'When the establishment was recorded' })
  establishedAt: string;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class OverdueDeliverableView {
  @ApiProperty({ format: 'uuid' })
  workingGroupId: string;

  @ApiProperty({ type: LocalizedTextView })
  workingGroupName: LocalizedTextView;

  @ApiProperty({ example: 'recommendations-ipa-cis' })
  deliverableId: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ type: 'integer' })
  daysOverdue: number;
}

/** A member organization as the register names it; name, country and status are null when the register does not know it. */
export class GroupOrganizationView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  name: LocalizedTextView | null;

  @ApiProperty({ type: String, nullable: true, example: 'UZ' })
  country: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'admitted' })
  status: string | null;
}

export class WorkingGroupViewMember extends GroupOrganizationView {
  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

export class WorkingGroupViewDeliverable {
  @ApiProperty({ example: 'recommendations-ipa-cis' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ format: 'date' })
  dueDate: string;

  @ApiProperty({ enum: ['open', 'delivered', 'overdue'] })
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

  @ApiProperty({ type: [GroupOrganizationView] })
  attendees: GroupOrganizationView[];

  @ApiProperty()
  minutesSha256: string;
}

export class WorkingGroupView {
  @ApiProperty({ format: 'uuid', description: 'The working group; its events are the stream working-group-<id>' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  mandate: LocalizedTextView;

  @ApiProperty({ enum: ['active', 'dissolved'] })
  status: string;

  @ApiProperty({ type: GroupOrganizationView })
  chair: GroupOrganizationView;

  @ApiProperty({ type: [WorkingGroupViewMember] })
  members: WorkingGroupViewMember[];

  @ApiProperty({ type: [WorkingGroupViewDeliverable] })
  deliverables: WorkingGroupViewDeliverable[];

  @ApiProperty({ type: [WorkingGroupViewMeeting] })
  meetings: WorkingGroupViewMeeting[];

  @ApiProperty({ type: DecisionBasisView })
  establishedBy: DecisionBasisView;

  @ApiProperty({ format: 'date', description: 'The legal date: the day of the decision that established the group' })
  establishedOn: string;

  @ApiProperty({ format: 'date-time', description: 'When the establishment was recorded' })
  establishedAt: string;

  @ApiProperty({ type: DecisionBasisView, nullable: true })
  dissolution: DecisionBasisView | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the dissolution' })
  dissolvedOn: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the dissolution was recorded' })
  dissolvedAt: string | null;

  @ApiProperty({ type: 'integer' })
  version: number;
}

