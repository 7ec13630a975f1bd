import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '#accord/kernel';

/** The property is a calendar date `YYYY-MM-DD` that exists (no 31 April): legal dates are days, not moments. */
export function IsCalendarDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a calendar date YYYY-MM-DD`, ...options },
      validator: { validate: isCalendarDate },
    });
}

/** Fields every command body may carry (api-conventions: idempotency and optimistic concurrency). */
export class CommandBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'Idempotency key: repeating it repeats nothing and returns the first answer' })
  @IsOptional()
  @IsUUID()
  commandId?: string;

  @ApiPropertyOptional({ minimum: 0, description: 'The record version the client saw; a mismatch answers 409', example: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}

/** What a command body tells the command path besides its data: its idempotency key and the version the client saw. */
export const commandOptions = (body: CommandBody) => ({ commandId: body.commandId, expectedVersion: body.expectedVersion });

export class CommandResponse {
  @ApiProperty({ example: '0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11' })
  id: string;

  @ApiProperty({ description: "The record's stream version after the command", example: 4 })
  version: number;

  @ApiProperty({ description: 'Global position of the last event; pass it as ?minPosition= to read your write', example: '18342-977' })
  position: string;

  @ApiProperty({ type: [String], description: 'Ids of the events the command recorded' })
  events: string[];
}

const POSITION = /^\d{1,20}-\d{1,20}$/;

/** Query parameters every read accepts. */
export class ReadQuery {
  @ApiPropertyOptional({ description: 'Wait until the read model has applied this position (from a command answer)', example: '18342-977' })
  @IsOptional()
  @Matches(POSITION, { message: 'minPosition must be a position returned by a command, like "1234-56"' })
  minPosition?: string;

  @ApiPropertyOptional({
    description:
      'Auditors and administrators: answer from the read models as they stood at this global position of the ledger ' +
      '(the last event at or before it); the answer names it in the As-Of-Position header. Not the appeals’ `asOf` day',
    example: '18342-977',
  })
  @IsOptional()
  @Matches(POSITION, { message: 'asOfPosition must be a global position of the ledger, like "1234-56"' })
  asOfPosition?: string;

  @ApiPropertyOptional({
    description:
      'Auditors and administrators: answer as the read models stood at this moment (ISO 8601 with a time zone): ' +
      'at the last event recorded at or before it, named in the As-Of-Position header',
    example: '2026-03-01T12:00:00Z',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  asOfTime?: string;
}

export class PageQuery extends ReadQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page’s nextCursor' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
