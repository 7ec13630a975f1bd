import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BilingualTextBody, CommandBody, IsCalendarDate, PageQuery } from '#accord/platform';
import type { BallotChoice } from '../domain/ballot/ballot.events.js';
import { MOTION_KINDS, type Motion } from '../domain/motion.js';
import { MOTION_SCHEMA, WithMotions } from './voting.responses.js';
import type { VotingRule } from '../domain/thresholds.js';
import type { Venue, VotingBody } from '../domain/voting-terms.js';
import { localizedText } from '#accord/kernel';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export class ResolutionTextBody extends BilingualTextBody({
  maxLength: 20000,
  example: { ru: 'Об исключении организации из членов Объединения', en: 'On the expulsion of a member organization' },
}) {}

export class VotingBodyBody {
  @ApiProperty({ enum: ['general_assembly', 'council', 'working_group'], example: 'general_assembly' })
  @IsIn(['general_assembly', 'council', 'working_group'])
  kind: VotingBody['kind'];

  @ApiPropertyOptional({ format: 'uuid', description: 'For kind "working_group": the group whose members vote' })
  @ValidateIf((body: VotingBodyBody) => body.kind === 'working_group' || body.workingGroupId !== undefined)
  @IsUUID()
  workingGroupId?: string;
}

export class ThresholdBody {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(0)
  numerator: number;

  @ApiProperty({ example: 2 })
  @IsInt()
  @Min(1)
  denominator: number;

  @ApiProperty({ enum: ['more_than', 'at_least'], example: 'more_than' })
  @IsIn(['more_than', 'at_least'])
  comparison: 'more_than' | 'at_least';
}

@WithMotions()
export class DraftBody extends CommandBody {
  @ApiProperty({ type: ResolutionTextBody, example: { ru: 'Об исключении ООО «Пример» из членов Объединения', en: 'On the expulsion of Primer LLC' } })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  title: ResolutionTextBody;

  @ApiProperty({ type: ResolutionTextBody, example: { ru: 'Исключить ООО «Пример» из членов Объединения.', en: 'To expel Primer LLC from the Association.' } })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  text: ResolutionTextBody;

  @ApiProperty({ type: VotingBodyBody })
  @IsObject()
  @ValidateNested()
  @Type(() => VotingBodyBody)
  body: VotingBodyBody;

  @ApiProperty({ enum: ['simple_majority', 'qualified_two_thirds', 'unanimity'], example: 'simple_majority' })
  @IsIn(['simple_majority', 'qualified_two_thirds', 'unanimity'])
  rule: VotingRule;

  @ApiPropertyOptional({ type: ThresholdBody, description: 'More than one half of the electorate when left out (7-FZ art. 29 p. 4)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ThresholdBody)
  quorum?: ThresholdBody;

  @ApiPropertyOptional({
    ...MOTION_SCHEMA,
    description: 'What the resolution makes so when adopted (admit, suspend or expel a member, establish or dissolve a working group…)',
    example: { kind: 'expel_member', memberId: '0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11' },
  })
  @IsOptional()
  @IsObject()
  motion?: Motion | null;
}

export class AmendmentBody extends CommandBody {
  @ApiProperty({ type: ResolutionTextBody })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  text: ResolutionTextBody;
}

export class ResolutionWithdrawalBody extends CommandBody {
  @ApiProperty({ type: ResolutionTextBody, example: { ru: 'Вопрос снят с повестки', en: 'Taken off the agenda' } })
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  reason: ResolutionTextBody;
}

export class VenueBody {
  @ApiProperty({ enum: ['place', 'online'], example: 'online' })
  @IsIn(['place', 'online'])
  kind: Venue['kind'];

  @ApiPropertyOptional({ type: ResolutionTextBody, description: 'For kind "place"', example: { ru: 'Москва, ул. Примерная, 1', en: 'Moscow, 1 Primernaya St.' } })
  @ValidateIf((venue: VenueBody) => venue.kind === 'place' || venue.address !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => ResolutionTextBody)
  address?: ResolutionTextBody;

  @ApiPropertyOptional({ description: 'For kind "online"', example: 'https://vote.example.org/assembly-3' })
  @ValidateIf((venue: VenueBody) => venue.kind === 'online' || venue.url !== undefined)
  @IsString()
  @MaxLength(2000)
  url?: string;
}

export class OpeningBody extends CommandBody {
  @ApiProperty({ example: '2026-09-17T18:00:00Z', description: 'When voting closes: an ISO 8601 timestamp with its offset' })
  @IsString()
  @Matches(TIMESTAMP, { message: 'closesAt must be an ISO 8601 timestamp with an offset' })
  closesAt: string;

  @ApiProperty({ type: VenueBody })
  @IsObject()
  @ValidateNested()
  @Type(() => VenueBody)
  venue: VenueBody;

  @ApiProperty({ type: [ResolutionTextBody], description: 'Who counts the votes (Civil Code art. 181.2 p. 4)', example: [{ ru: 'Секретарь собрания И. И. Иванова', en: 'I. I. Ivanova, secretary' }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ResolutionTextBody)
  countedBy: ResolutionTextBody[];
}

export class BallotBody extends CommandBody {
  @ApiProperty({ enum: ['for', 'against', 'abstain'], example: 'for' })
  @IsIn(['for', 'against', 'abstain'])
  choice: BallotChoice;

  @ApiPropertyOptional({ format: 'uuid', description: 'The organization whose ballot this is; the representative’s own when left out' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  organizationId?: string;

  @ApiPropertyOptional({ description: 'The power of attorney a proxy votes under' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  powerOfAttorneyId?: string;

  @ApiPropertyOptional({ description: 'A vote against to be recorded in the minutes (Civil Code art. 181.2 p. 4)', example: false })
  @IsOptional()
  @IsBoolean()
  recordAgainst?: boolean;
}

export class ResolutionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'voting', 'closed', 'withdrawn'] })
  @IsOptional()
  @IsIn(['draft', 'voting', 'closed', 'withdrawn'])
  status?: 'draft' | 'voting' | 'closed' | 'withdrawn';

  @ApiPropertyOptional({ enum: ['general_assembly', 'council', 'working_group'] })
  @IsOptional()
  @IsIn(['general_assembly', 'council', 'working_group'])
  body?: VotingBody['kind'];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the votes of this working group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;
}

export class DecisionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['general_assembly', 'council', 'working_group'], example: 'general_assembly' })
  @IsOptional()
  @IsIn(['general_assembly', 'council', 'working_group'])
  body?: VotingBody['kind'];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the decisions of this working group' })
  @IsOptional()
  @IsUUID()
  workingGroupId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-01-01', description: 'Decisions taken on or after this date (the UTC date voting closed)' })
  @IsOptional()
  @IsCalendarDate({ message: 'closedFrom must be a calendar date like 2026-01-01' })
  closedFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Decisions taken on or before this date (the UTC date voting closed)' })
  @IsOptional()
  @IsCalendarDate({ message: 'closedTo must be a calendar date like 2026-12-31' })
  closedTo?: string;

  @ApiPropertyOptional({ enum: [...MOTION_KINDS, 'none'], example: 'admit_member', description: 'Only decisions carrying this kind of motion; "none" for those without one' })
  @IsOptional()
  @IsIn([...MOTION_KINDS, 'none'])
  motion?: Motion['kind'] | 'none';
}

export const toBody = (body: VotingBodyBody): VotingBody =>
  body.kind === 'working_group' ? { kind: 'working_group', workingGroupId: body.workingGroupId! } : { kind: body.kind };

export const toVenue = (venue: VenueBody): Venue =>
  venue.kind === 'place' ? { kind: 'place', address: localizedText(venue.address!) } : { kind: 'online', url: venue.url! };
