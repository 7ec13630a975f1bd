import type { Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { LocalizedTextView } from '#accord/platform';
import { MOTION_KINDS } from '../domain/motion.js';

// What the reads of resolutions, votes and powers of attorney return, and the motions a resolution carries.

const RULES = ['simple_majority', 'qualified_two_thirds', 'unanimity'];
const OUTCOMES = ['adopted', 'rejected', 'failed_quorum'];
const CHOICES = ['for', 'against', 'abstain'];
const STATUSES = ['draft', 'voting', 'closed', 'withdrawn'];

export class AdmitMemberMotion {
  @ApiProperty({ enum: ['admit_member'] })
  kind: 'admit_member';

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ enum: ['full', 'observer'] })
  membership: 'full' | 'observer';
}

export class SuspendMemberMotion {
  @ApiProperty({ enum: ['suspend_member'] })
  kind: 'suspend_member';

  @ApiProperty({ format: 'uuid' })
  memberId: string;

  @ApiProperty({ type: LocalizedTextView })
  reason: LocalizedTextView;
}

export class ExpelMemberMotion {
  @ApiProperty({ enum: ['expel_member'] })
  kind: 'expel_member';

  @ApiProperty({ format: 'uuid' })
  memberId: string;
}

export class EstablishWorkingGroupMotion {
  @ApiProperty({ enum: ['establish_working_group'] })
  kind: 'establish_working_group';

  @ApiProperty({ format: 'uuid', description: 'The id the new group will have' })
  workingGroupId: string;

  @ApiProperty({ type: LocalizedTextView })
  name: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  mandate: LocalizedTextView;

  @ApiProperty({ format: 'uuid' })
  chairOrganizationId: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  memberOrganizationIds: string[];
}

export class DissolveWorkingGroupMotion {
  @ApiProperty({ enum: ['dissolve_working_group'] })
  kind: 'dissolve_working_group';

  @ApiProperty({ format: 'uuid' })
  workingGroupId: string;
}

export class AdoptCharterDraftMotion {
  @ApiProperty({ enum: ['adopt_charter_draft'] })
  kind: 'adopt_charter_draft';

  @ApiProperty({ type: 'integer', minimum: 1 })
  draftNumber: number;

  @ApiProperty({ description: 'SHA-256 of the draft’s text, hex', example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256: string;
}

export class AuthorizeAppealMotion {
  @ApiProperty({ enum: ['authorize_appeal'] })
  kind: 'authorize_appeal';

  @ApiProperty({ format: 'uuid' })
  appealId: string;
}

export class ElectCouncilMotion {
  @ApiProperty({ enum: ['elect_council'] })
  kind: 'elect_council';

  @ApiProperty({ type: [String], format: 'uuid', description: 'The member organizations elected to the council' })
  memberOrganizationIds: string[];
}

const MOTIONS = {
  admit_member: AdmitMemberMotion,
  suspend_member: SuspendMemberMotion,
  expel_member: ExpelMemberMotion,
  establish_working_group: EstablishWorkingGroupMotion,
  dissolve_working_group: DissolveWorkingGroupMotion,
  adopt_charter_draft: AdoptCharterDraftMotion,
  authorize_appeal: AuthorizeAppealMotion,
  elect_council: ElectCouncilMotion,
} satisfies Record<(typeof MOTION_KINDS)[number], abstract new () => unknown>;

/** Registers the motion schemas on the class it decorates, so that `MOTION_SCHEMA` can refer to them. */
export const WithMotions = () => ApiExtraModels(...Object.values(MOTIONS));

/** A motion as one of its kinds, told apart by `kind` (null: the resolution carries none). */
export const MOTION_SCHEMA = {
  nullable: true,
  oneOf: Object.values(MOTIONS).map((motion) => ({ $ref: getSchemaPath(motion) })),
  discriminator: {
    propertyName: 'kind',
    mapping: Object.fromEntries(Object.entries(MOTIONS).map(([kind, motion]) => [kind, getSchemaPath(motion)])),
  },
};

export class VotingBodyView {
  @ApiProperty({ enum: ['general_assembly', 'council', 'working_group'] })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only for a working group' })
  workingGroupId?: string;
}

export class VenueView {
  @ApiProperty({ enum: ['place', 'online'] })
  kind: string;

  @ApiPropertyOptional({ type: LocalizedTextView, description: 'Only for a place' })
  address?: LocalizedTextView;

  @ApiPropertyOptional({ description: 'Only online', example: 'https://meet.example/assembly' })
  url?: string;
}

export class ThresholdView {
  @ApiProperty({ type: 'integer', example: 1 })
  numerator: number;

  @ApiProperty({ type: 'integer', example: 2 })
  denominator: number;

  @ApiProperty({ enum: ['more_than', 'at_least'] })
  comparison: string;
}

export class ProxyReferenceView {
  @ApiProperty({ format: 'uuid' })
  powerOfAttorneyId: string;

  @ApiProperty({ format: 'uuid', description: 'The organization that voted under the power' })
  proxyOrganizationId: string;
}

export class ConsequenceView {
  @ApiProperty({ enum: ['pending', 'carried_out', 'failed'] })
  status: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'carried_out: the events that carried the motion out' })
  eventIds?: string[];

  @ApiPropertyOptional({ description: 'failed: the code of the rule that refused it', example: 'MEMBER_STATUS_REQUIRED' })
  code?: string;

  @ApiPropertyOptional({ type: LocalizedTextView, description: 'failed: why' })
  text?: LocalizedTextView;
}

export class OrganizationNameView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ type: LocalizedTextView, nullable: true, description: 'null when the register does not know the organization' })
  name: LocalizedTextView | null;
}

export class QuorumProgressView extends ThresholdView {
  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty()
  reached: boolean;
}

export class LiveTallyView {
  @ApiProperty({ format: 'uuid' })
  resolutionId: string;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ enum: RULES })
  rule: string;

  @ApiProperty({ type: LocalizedTextView })
  ruleTitle: LocalizedTextView;

  @ApiProperty({ type: 'integer' })
  electorateSize: number;

  @ApiProperty({ type: 'integer' })
  participants: number;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Participants as a share of the electorate' })
  participation: number;

  @ApiProperty({ type: QuorumProgressView })
  quorum: QuorumProgressView;

  @ApiProperty({ type: 'integer' })
  for: number;

  @ApiProperty({ type: 'integer' })
  against: number;

  @ApiProperty({ type: 'integer' })
  abstain: number;

  @ApiProperty({ enum: OUTCOMES, description: 'What the outcome would be if voting closed now; final only once it has closed' })
  outcome: string;

  @ApiProperty()
  final: boolean;

  @ApiProperty({ type: LocalizedTextView })
  reason: LocalizedTextView;
}

export class ResolutionListItem {
  @ApiProperty({ format: 'uuid', description: 'The resolution; its events are the stream resolution-<id>, each ballot the stream ballot-<id>_<organization id>' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: VotingBodyView })
  body: VotingBodyView;

  @ApiProperty({ type: LocalizedTextView })
  bodyTitle: LocalizedTextView;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ enum: RULES })
  rule: string;

  @ApiProperty({ type: 'integer' })
  textVersion: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null until voting opens' })
  closesAt: string | null;

  @ApiProperty({ type: String, enum: OUTCOMES, nullable: true })
  outcome: string | null;

  @ApiProperty({ format: 'date-time' })
  draftedAt: string;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class DecisionResultView {
  @ApiProperty({ enum: OUTCOMES })
  outcome: string;

  @ApiProperty({ type: LocalizedTextView })
  outcomeTitle: LocalizedTextView;

  @ApiProperty({ type: 'integer' })
  electorateSize: number;

  @ApiProperty({ type: 'integer' })
  participants: number;

  @ApiProperty({ type: 'integer' })
  for: number;

  @ApiProperty({ type: 'integer' })
  against: number;

  @ApiProperty({ type: 'integer' })
  abstain: number;
}

@WithMotions()
export class DecisionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: VotingBodyView })
  body: VotingBodyView;

  @ApiProperty({ type: LocalizedTextView })
  bodyTitle: LocalizedTextView;

  @ApiProperty({ enum: [...MOTION_KINDS, 'none'] })
  motionKind: string;

  @ApiProperty(MOTION_SCHEMA)
  motion: object | null;

  @ApiProperty({ enum: RULES })
  rule: string;

  @ApiProperty({ format: 'date-time' })
  closedAt: string;

  @ApiProperty({ format: 'date' })
  closedOn: string;

  @ApiProperty({ type: DecisionResultView, nullable: true })
  result: DecisionResultView | null;

  @ApiProperty({ type: ConsequenceView, nullable: true })
  consequence: ConsequenceView | null;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class VotingRecordEntryView {
  @ApiProperty({ format: 'uuid' })
  resolutionId: string;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: VotingBodyView })
  body: VotingBodyView;

  @ApiProperty({ type: LocalizedTextView })
  bodyTitle: LocalizedTextView;

  @ApiProperty({ enum: STATUSES })
  status: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closesAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ enum: [...CHOICES, 'did_not_vote'] })
  choice: string;

  @ApiProperty()
  byProxy: boolean;

  @ApiProperty({ type: ProxyReferenceView, nullable: true })
  proxy: ProxyReferenceView | null;

  @ApiProperty({ type: String, enum: OUTCOMES, nullable: true })
  outcome: string | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  outcomeTitle: LocalizedTextView | null;
}

export class TextVersionView {
  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: LocalizedTextView })
  text: LocalizedTextView;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;
}

export class VotingArrangementsView {
  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The full, non-suspended members of the body when voting opened' })
  electorate: string[];

  @ApiProperty({ enum: RULES })
  rule: string;

  @ApiProperty({ type: ThresholdView })
  quorum: ThresholdView;

  @ApiProperty({ type: 'integer' })
  textVersion: number;

  @ApiProperty({ type: VenueView })
  venue: VenueView;

  @ApiProperty({ type: [LocalizedTextView] })
  countedBy: LocalizedTextView[];
}

export class BallotHistoryEntryView {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ enum: ['BallotCast', 'BallotChanged'] })
  type: string;

  @ApiProperty({ enum: CHOICES })
  choice: string;

  @ApiProperty({ type: String, enum: CHOICES, nullable: true })
  previousChoice: string | null;

  @ApiProperty()
  recordAgainst: boolean;

  @ApiProperty({ description: 'The account of the representative who cast it' })
  actorId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  onBehalfOf: string | null;

  @ApiProperty({ type: ProxyReferenceView, nullable: true })
  proxy: ProxyReferenceView | null;

  @ApiProperty({ format: 'date-time' })
  castAt: string;
}

export class BallotView extends OrganizationNameView {
  @ApiProperty({ enum: CHOICES })
  choice: string;

  @ApiProperty()
  recordAgainst: boolean;

  @ApiProperty({ description: 'The account of the representative who cast it' })
  actorId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  onBehalfOf: string | null;

  @ApiProperty({ type: ProxyReferenceView, nullable: true })
  proxy: ProxyReferenceView | null;

  @ApiProperty({ format: 'date-time' })
  castAt: string;

  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty({ type: [BallotHistoryEntryView] })
  history: BallotHistoryEntryView[];
}

export class CountedBallotView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ enum: CHOICES })
  choice: string;

  @ApiProperty({ type: ProxyReferenceView, nullable: true })
  proxy: ProxyReferenceView | null;

  @ApiProperty({ format: 'uuid' })
  ballotEventId: string;
}

/** The figures of a counted vote, as the voting result and the minutes both state them. */
class TallyFiguresView {
  @ApiProperty({ type: 'integer' })
  electorateSize: number;

  @ApiProperty({ type: 'integer' })
  participants: number;

  @ApiProperty({ type: 'integer' })
  for: number;

  @ApiProperty({ type: 'integer' })
  against: number;

  @ApiProperty({ type: 'integer' })
  abstain: number;

  @ApiProperty()
  quorumReached: boolean;

  @ApiProperty({ enum: OUTCOMES })
  outcome: string;

  @ApiProperty({ type: LocalizedTextView })
  outcomeTitle: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  reason: LocalizedTextView;
}

export class VotingResultView extends TallyFiguresView {
  @ApiProperty({ type: [CountedBallotView] })
  counted: CountedBallotView[];

  @ApiProperty({ type: [String], format: 'uuid' })
  recordedAgainstIds: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Ballots of organizations outside the electorate, which count for nothing' })
  ignoredBallotIds: string[];

  @ApiProperty({ format: 'date-time' })
  closedAt: string;
}

export class WithdrawalView {
  @ApiProperty({ type: LocalizedTextView })
  reason: LocalizedTextView;

  @ApiProperty({ format: 'date-time' })
  withdrawnAt: string;
}

@WithMotions()
export class ResolutionView extends ResolutionListItem {
  @ApiProperty({ type: LocalizedTextView })
  text: LocalizedTextView;

  @ApiProperty({ type: [TextVersionView] })
  versions: TextVersionView[];

  @ApiProperty({ type: ThresholdView })
  quorum: ThresholdView;

  @ApiProperty(MOTION_SCHEMA)
  motion: object | null;

  @ApiProperty({ type: VotingArrangementsView, nullable: true })
  voting: VotingArrangementsView | null;

  @ApiProperty({ type: [OrganizationNameView] })
  electorate: OrganizationNameView[];

  @ApiProperty({ type: [BallotView] })
  ballots: BallotView[];

  @ApiProperty({ type: VotingResultView, nullable: true })
  result: VotingResultView | null;

  @ApiProperty({ type: ConsequenceView, nullable: true })
  consequence: ConsequenceView | null;

  @ApiProperty({ type: WithdrawalView, nullable: true })
  withdrawal: WithdrawalView | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

// The minutes: each item has its label in both languages and its value.

class MinutesBodyValue {
  @ApiProperty({ type: VotingBodyView })
  body: VotingBodyView;

  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;
}

class MinutesQuestionValue {
  @ApiProperty({ type: LocalizedTextView })
  title: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView })
  text: LocalizedTextView;

  @ApiProperty({ type: 'integer' })
  textVersion: number;
}

class MinutesDateAndTimeValue {
  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty({ format: 'date-time' })
  closesAt: string;

  @ApiProperty({ format: 'date-time' })
  closedAt: string;
}

class MinutesVenueValue {
  @ApiProperty({ type: VenueView })
  venue: VenueView;

  @ApiProperty({ type: LocalizedTextView })
  description: LocalizedTextView;
}

class MinutesParticipantView extends OrganizationNameView {
  @ApiProperty({ type: ProxyReferenceView, nullable: true, description: 'The organization that voted for it under a power of attorney' })
  proxy: ProxyReferenceView | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  proxyName: LocalizedTextView | null;
}

class MinutesResultValue extends TallyFiguresView {
  @ApiProperty({ enum: RULES })
  rule: string;

  @ApiProperty({ type: LocalizedTextView })
  ruleTitle: LocalizedTextView;

  @ApiProperty({ type: ThresholdView })
  quorum: ThresholdView;

  @ApiProperty({ type: LocalizedTextView })
  quorumTitle: LocalizedTextView;
}

/** One item of the minutes of each value type: a generic class has no schema of its own. */
const minutesItem = (value: Type | [Type], description: string) => {
  class Item {
    @ApiProperty({ type: LocalizedTextView })
    label: LocalizedTextView;

    @ApiProperty({ type: value, description })
    value: unknown;
  }
  return Item;
};

class MinutesBodyItem extends minutesItem(MinutesBodyValue, 'The body that voted') {}
class MinutesQuestionItem extends minutesItem(MinutesQuestionValue, 'The question put to the vote') {}
class MinutesDateAndTimeItem extends minutesItem(MinutesDateAndTimeValue, 'When voting opened, was due to close and closed') {}
class MinutesVenueItem extends minutesItem(MinutesVenueValue, 'Where the vote was held') {}
class MinutesParticipantsItem extends minutesItem([MinutesParticipantView], 'The organizations that took part') {}
class MinutesResultItem extends minutesItem(MinutesResultValue, 'The result of the vote') {}
class MinutesCountedByItem extends minutesItem([LocalizedTextView], 'Who counted the votes') {}
class MinutesRecordedAgainstItem extends minutesItem([OrganizationNameView], 'Who voted against and asked for it to be recorded') {}

export class MinutesView {
  @ApiProperty({ type: LocalizedTextView })
  heading: LocalizedTextView;

  @ApiProperty({ format: 'uuid' })
  resolutionId: string;

  @ApiProperty({ type: MinutesBodyItem })
  body: MinutesBodyItem;

  @ApiProperty({ type: MinutesQuestionItem })
  question: MinutesQuestionItem;

  @ApiProperty({ type: MinutesDateAndTimeItem })
  dateAndTime: MinutesDateAndTimeItem;

  @ApiProperty({ type: MinutesVenueItem })
  venue: MinutesVenueItem;

  @ApiProperty({ type: MinutesParticipantsItem })
  participants: MinutesParticipantsItem;

  @ApiProperty({ type: MinutesResultItem })
  result: MinutesResultItem;

  @ApiProperty({ type: MinutesCountedByItem })
  countedBy: MinutesCountedByItem;

  @ApiProperty({ type: MinutesRecordedAgainstItem })
  recordedAgainst: MinutesRecordedAgainstItem;
}

export class PowerScopeView {
  @ApiProperty({ enum: ['body', 'resolution'] })
  kind: string;

  @ApiPropertyOptional({ type: VotingBodyView, description: 'body: every vote of this body' })
  body?: VotingBodyView;

  @ApiPropertyOptional({ format: 'uuid', description: 'resolution: this vote only' })
  resolutionId?: string;
}

export class PowerEndCauseView {
  @ApiProperty({ enum: ['member_suspended', 'member_expelled', 'membership_withdrawn'] })
  kind: string;

  @ApiProperty({ format: 'uuid', description: 'The party (principal or proxy) that lost its vote' })
  organizationId: string;

  @ApiProperty({ format: 'uuid', description: 'The membership event that ended the power' })
  eventId: string;
}

export class PowerOfAttorneyView {
  @ApiProperty({ format: 'uuid', description: 'The power; its events are the stream power-of-attorney-<id>' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  principalOrganizationId: string;

  @ApiProperty({ format: 'uuid' })
  proxyOrganizationId: string;

  @ApiProperty({ description: 'SHA-256 of the signed document, hex' })
  documentSha256: string;

  @ApiProperty({ format: 'date-time' })
  validFrom: string;

  @ApiProperty({ format: 'date-time' })
  validUntil: string;

  @ApiProperty({ type: PowerScopeView })
  scope: PowerScopeView;

  @ApiProperty({ enum: ['granted', 'revoked'] })
  status: string;

  @ApiProperty({ description: 'Granted, not revoked, and within its validity window now' })
  active: boolean;

  @ApiProperty({ description: 'The account that granted it' })
  grantedBy: string;

  @ApiProperty({ format: 'date-time' })
  grantedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  revokedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the power ended because a party lost its vote' })
  endedAt: string | null;

  @ApiProperty({ type: PowerEndCauseView, nullable: true })
  endCause: PowerEndCauseView | null;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  revocationReason: LocalizedTextView | null;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class CompetenceEntryView {
  @ApiProperty({ enum: [...MOTION_KINDS, 'own_work'], description: 'A motion kind, or `own_work` for a resolution without a motion' })
  subject: string;

  @ApiProperty({ type: String, nullable: true, description: 'The charter question the motion answers (null for own work)' })
  charterQuestion: string | null;

  @ApiProperty({ enum: ['general_assembly', 'council', 'working_group'] })
  body: string;

  @ApiProperty({ type: LocalizedTextView })
  bodyTitle: LocalizedTextView;

  @ApiProperty({ enum: RULES })
  minimumRule: string;

  @ApiProperty({ type: LocalizedTextView })
  minimumRuleTitle: LocalizedTextView;

  @ApiProperty({ type: LocalizedTextView, description: 'The article of the law or the charter the row rests on' })
  source: LocalizedTextView;
}

export class CouncilMemberView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ type: LocalizedTextView, nullable: true })
  name: LocalizedTextView | null;
}

export class CouncilElectionView {
  @ApiProperty({ enum: ['founding', 'resolution'] })
  kind: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The founding assembly’s event (founding)' })
  eventId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The adopted resolution (resolution)' })
  resolutionId?: string;
}

export class CouncilView {
  @ApiProperty({ enum: ['not_elected', 'elected'] })
  status: string;

  @ApiProperty({ type: [CouncilMemberView] })
  members: CouncilMemberView[];

  @ApiProperty({ type: CouncilElectionView, nullable: true })
  decision: CouncilElectionView | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The legal date of the election' })
  electedOn: string | null;

  @ApiProperty({ type: 'integer', description: 'The council’s term: 1 for the council the founding elected, then one more per election' })
  term: number;

  @ApiProperty({ type: 'integer', description: 'The version of the stream `council-association`' })
  version: number;
}
