import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EVENT_STORE, formatPosition, parsePosition, type EventStore, type IntegrityReport, type RecordedEvent } from '#accord/ledger';
import { Allow } from './access-policy.js';
import { ApiAnswer, ApiPage } from './responses.js';
import { PageQuery } from './dto.js';
import { RequestValidationError } from './errors.js';
import { IntegrityReportView, RecordedEventView, STREAM_ID } from './ledger.responses.js';

/** `cursor` is a position here: the log is paged by where it stands, so pages never shift. */
class LedgerEventsQuery extends PageQuery {}

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

/** An event as auditors read it: every field, positions in their text form. */
function auditView(event: RecordedEvent) {
  return { ...event, position: formatPosition(event.position), recordedAt: event.recordedAt.toISOString() };
}

/** The ledger itself, for auditors: the global log, one stream's history and a full verification. */
@ApiTags('ledger')
@Controller('ledger')
export class LedgerController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('events')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The global log in order, with actor, correlation, causation and hash of each event' })
  @ApiPage(RecordedEventView)
  async events(@Query() query: LedgerEventsQuery) {
    const after = query.cursor === undefined ? undefined : parsePosition(query.cursor);
    if (query.cursor !== undefined && !after) {
      throw new RequestValidationError([{ field: 'cursor', problems: [{ ru: 'cursor должен быть позицией вида "1234-56" (nextCursor предыдущей страницы)', en: 'cursor must be a position like "1234-56" (the previous page’s nextCursor)' }] }]);
    }
    const events = await this.store.readAll({ after, maxCount: query.limit });
    const last = events[events.length - 1];
    return { items: events.map(auditView), nextCursor: events.length === query.limit ? formatPosition(last.position) : null };
  }

  @Get('streams/:streamId')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The history of one record (stream), oldest first' })
  @ApiPage(RecordedEventView, 'The events of the stream; nextCursor is the version to pass as fromVersion')
  async stream(@Param() params: StreamParams, @Query() query: StreamQuery) {
    const events = await this.store.readStream(params.streamId, { fromVersion: query.fromVersion, maxCount: query.limit + 1 });
    const page = events.slice(0, query.limit);
    return { items: page.map(auditView), nextCursor: events.length > query.limit ? String(page[page.length - 1].version + 1) : null };
  }

  @Get('verification')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'Recompute every hash link and report the first break (reads the whole ledger)' })
  @ApiAnswer(IntegrityReportView)
  async verification(): Promise<Omit<IntegrityReport, 'firstBreak'> & { firstBreak: unknown }> {
    const report = await this.store.verify();
    const broken = report.firstBreak;
    return { ...report, firstBreak: broken && { ...broken, position: broken.position && formatPosition(broken.position) } };
  }
}
