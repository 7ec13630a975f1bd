import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, PageQuery, ReadQuery } from '#accord/platform';
import { APPEAL_STAGES, type AppealStage } from '../domain/appeal/appeal.state.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from '../domain/deadlines/deadline-assessment.js';

/** A year of dispatch: four digits, as the calendar arithmetic of deadlines reads them. */
const IsYear = () => applyDecorators(Type(() => Number), IsInt(), Min(2000), Max(2999));

/** A query placed against a day. */
export class AsOfQuery extends ReadQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-05-25', description: 'The day statuses are placed against (what is due soon or overdue on that day); today in the Association’s time zone when left out' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class AppealsQuery extends IntersectionType(PageQuery, AsOfQuery) {
  @ApiPropertyOptional({ enum: APPEAL_STAGES, example: 'registered' })
  @IsOptional()
  @IsIn(APPEAL_STAGES)
  stage?: AppealStage;

  @ApiPropertyOptional({ enum: DEADLINE_STATUSES, example: 'overdue', description: 'The deadline status on `asOf`' })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status?: DeadlineStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Appeals addressed to this body or now held by it (after forwarding)' })
  @IsOptional()
  @IsUUID()
  addresseeId?: string;

  @ApiPropertyOptional({ example: 'RU', description: 'The country of the body now holding the appeal: ISO 3166-1 alpha-2, or "interstate"' })
  @IsOptional()
  @Matches(/^([A-Z]{2}|interstate)$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as "RU", or "interstate"' })
  country?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-06-01', description: 'Only appeals due before this date (not on it)' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ example: 2026, description: 'Only appeals dispatched in this year' })
  @IsOptional()
  @IsYear()
  outgoingYear?: number;

  @ApiPropertyOptional({ example: 'оргнабор', description: 'Part of the subject, Russian or English, in any case (ё and е alike)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class DashboardQuery extends AsOfQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10, description: 'How many appeals each list of the dashboard shows' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  top: number = 10;
}

/** The journal of one year, whole (as CSV). */
export class JournalYearQuery extends ReadQuery {
  @ApiProperty({ example: 2026, description: 'The year of dispatch' })
  @IsYear()
  year: number;
}

/** A page of one year's journal. */
export class JournalQuery extends IntersectionType(PageQuery, JournalYearQuery) {}
