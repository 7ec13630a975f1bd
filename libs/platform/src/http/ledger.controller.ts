import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DomainRuleViolation } from '#accord/kernel';
import { EVENT_STORE, formatPosition, parsePosition, PostgresEventStore, type EventStore, type RecordedEvent } from '#accord/ledger';
import { LedgerIntegrityMonitor } from '../ledger-integrity.js';
import { Allow } from './access-policy.js';
import { ApiAnswer, ApiPage } from './responses.js';
import { IsCalendarDate, PageQuery } from './dto.js';
import { RequestValidationError } from './errors.js';
import { AuditedEventView, STREAM_ID, VerificationStateView } from './ledger.responses.js';

/**
 * `cursor` is a position here: the log is paged by where it stands, so pages never shift. The log is
 * the history itself: it has no point-in-time view, its filters narrow it to a period instead.
 */
class LedgerEventsQuery extends OmitType(PageQuery, ['asOfPosition', 'asOfTime'] as const) {
  @ApiPropertyOptional({ description: 'One stream (record), e.g. `member-<id>`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stream?: string;

  @ApiPropertyOptional({ description: 'A kind of record: the stream category, e.g. `member`, `resolution`, `ballot`, `appeal`' })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,63}$/, { message: 'streamKind must be a stream category such as "member" or "working-group"' })
  streamKind?: string;

  @ApiPropertyOptional({ description: 'Event type, e.g. `MemberAdmitted`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @ApiPropertyOptional({ description: 'Account id of the actor, or `system:<component>`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  actor?: string;

  @ApiPropertyOptional({ description: 'A member organization: what it did through its representatives, and what concerns it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organization?: string;

  @ApiPropertyOptional({ description: 'Recorded at or after this moment (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  recordedFrom?: string;

  @ApiPropertyOptional({ description: 'Recorded at or before this moment (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  recordedTo?: string;

  @ApiPropertyOptional({ description: 'Legal date on or after this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  legalFrom?: string;

  @ApiPropertyOptional({ description: 'Legal date on or before this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  legalTo?: string;

  @ApiPropertyOptional({ description: 'Everything one request (and what it set off) recorded' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  correlationId?: string;
}

class StreamQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'First version to return', default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  fromVersion: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 500;
}

class StreamParams {
  @ApiProperty(STREAM_ID)
  @IsString()
  @MaxLength(200)
  streamId: string;
}

/** An event as auditors read it: every field, positions in their text form, and where to follow it. */
export function auditView(event: RecordedEvent) {
  const stream = encodeURIComponent(event.streamId);
  return {
    ...event,
    position: formatPosition(event.position),
    recordedAt: event.recordedAt.toISOString(),
    links: {
      stream: `/api/v1/ledger/streams/${stream}`,
      causes: `/api/v1/ledger/events/${event.eventId}/causes`,
      effects: `/api/v1/ledger/events/${event.eventId}/effects`,
    },
  };
}

function filtersUnsupported(): DomainRuleViolation {
  return new DomainRuleViolation('LEDGER_FILTERS_UNSUPPORTED', {
    ru: 'Фильтры журнала доступны только для журнала в PostgreSQL',
    en: 'Filtering the log needs the PostgreSQL ledger',
  });
}

/** The ledger itself, for auditors: the global log, one stream's history and the verification. */
@ApiTags('ledger')
@Controller('ledger')
export class LedgerController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly integrity: LedgerIntegrityMonitor,
  ) {}

  @Get('events')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The global log in order, filtered, with actor, correlation, causation and hash of each event' })
  @ApiPage(AuditedEventView)
  async events(@Query() query: LedgerEventsQuery) {
    const after = query.cursor === undefined ? undefined : parsePosition(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new RequestValidationError([{ field: 'cursor', problems: [{ ru: 'cursor должен быть позицией вида "1234-56" (nextCursor предыдущей страницы)', en: 'cursor must be a position like "1234-56" (the previous page’s nextCursor)' }] }]);
    }
    const filter = {
      streamId: query.stream,
      streamKind: query.streamKind,
      type: query.type,
      actorId: query.actor,
      organizationId: query.organization,
      recordedFrom: query.recordedFrom ? new Date(query.recordedFrom) : undefined,
      recordedTo: query.recordedTo ? new Date(query.recordedTo) : undefined,
      legalFrom: query.legalFrom,
      legalTo: query.legalTo,
      correlationId: query.correlationId,
    };
    const filtered = Object.values(filter).some((value) => value !== undefined);
    let events: RecordedEvent[];
    if (this.store instanceof PostgresEventStore) events = await this.store.search({ ...filter, after, limit: query.limit });
    else if (filtered) throw filtersUnsupported();
    else events = await this.store.readAll({ after, maxCount: query.limit });
    const last = events[events.length - 1];
    return { items: events.map(auditView), nextCursor: events.length === query.limit ? formatPosition(last.position) : null };
  }

  @Get('streams/:streamId')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The history of one record (stream), oldest first' })
  @ApiPage(AuditedEventView, 'The events of the stream; nextCursor is the version to pass as fromVersion')
  async stream(@Param() params: StreamParams, @Query() query: StreamQuery) {
    const events = await this.store.readStream(params.streamId, { fromVersion: query.fromVersion, maxCount: query.limit + 1 });
    const page = events.slice(0, query.limit);
    return { items: page.map(auditView), nextCursor: events.length > query.limit ? String(page[page.length - 1].version + 1) : null };
  }

  @Get('verification')
  @Allow('auditor', 'admin')
  @ApiOperation({
    summary: "The background verification's last result: status, last verified position, the report and its first break",
  })
  @ApiAnswer(VerificationStateView)
  async verification() {
    const state = this.integrity.current.status === 'unchecked' ? await this.integrity.verifyFully() : this.integrity.current;
    return { ...state.report, status: state.status, lastVerifiedPosition: state.lastVerifiedPosition, checkedAt: state.checkedAt, pass: state.pass };
  }
}
