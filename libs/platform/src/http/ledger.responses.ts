import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// What the platform's own reads return: the ledger for auditors, and the health report.

/** The stream of each kind of record (README: stream ids). */
export const STREAM_ID = {
  description:
    'The record, `<kind>-<id>`: account-, member-, founding-association, working-group-, resolution-, ' +
    'ballot-<resolution id>_<organization id>, power-of-attorney-, addressee-, appeal-, outgoing-register-<year>',
  example: 'member-0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11',
};

export class IntegrityBreakView {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty(STREAM_ID)
  streamId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ type: String, nullable: true, description: 'Absent from the log when the event itself is missing', example: '742-2' })
  position: string | null;

  @ApiProperty({ example: 'content does not match its hash: the event was changed' })
  reason: string;
}

export class EventMetadataView {
  @ApiProperty({ example: 'system:demo' })
  actorId: string;

  @ApiProperty({ type: String, nullable: true })
  commandId: string | null;

  @ApiProperty({ type: String, nullable: true })
  onBehalfOf: string | null;

  @ApiProperty({ type: String, nullable: true })
  causationId: string | null;

  @ApiProperty({ description: 'The request id (X-Request-Id) or the event that caused this one' })
  correlationId: string;
}

export class RecordedEventView {
  @ApiProperty({ format: 'uuid' })
  eventId: string;

  @ApiProperty(STREAM_ID)
  streamId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ example: '754-1' })
  position: string;

  @ApiProperty({ example: 'AccountRegistered' })
  type: string;

  @ApiProperty({ type: 'integer' })
  schemaVersion: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty({ type: EventMetadataView })
  metadata: EventMetadataView;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;

  @ApiProperty()
  hash: string;
}

export class IntegrityReportView {
  @ApiProperty()
  intact: boolean;

  @ApiProperty({ type: 'integer' })
  eventsChecked: number;

  @ApiProperty({ type: 'integer' })
  streamsChecked: number;

  @ApiProperty({ type: 'integer' })
  eventsSealed: number;

  @ApiProperty()
  sealHead: string;

  @ApiProperty({ type: IntegrityBreakView, nullable: true })
  firstBreak: IntegrityBreakView | null;
}

export class HealthReportViewDatabase {
  @ApiProperty({ enum: ['up', 'down'] })
  status: string;

  @ApiProperty()
  embedded: boolean;

  @ApiPropertyOptional({ description: 'Why the database is down' })
  error?: string;
}

export class HealthReportViewLedger {
  @ApiProperty({ example: 'postgres' })
  adapter: string;

  @ApiPropertyOptional({ description: 'The global position of the last event', example: '931-73' })
  head?: string;

  @ApiPropertyOptional({ description: 'Why the ledger head or the projections could not be read' })
  error?: string;
}

export class HealthReportViewProjection {
  @ApiProperty({ example: 'accounts' })
  name: string;

  @ApiProperty({ example: '931-73' })
  checkpoint: string;

  @ApiProperty({ type: 'integer' })
  lag: number;

  @ApiProperty({ enum: ['catching-up', 'live', 'failing', 'stopped'] })
  state: string;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
}

export class HealthReportView {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status: string;

  @ApiProperty({ type: HealthReportViewDatabase })
  database: HealthReportViewDatabase;

  @ApiProperty({ type: HealthReportViewLedger })
  ledger: HealthReportViewLedger;

  @ApiProperty({ type: [HealthReportViewProjection] })
  projections: HealthReportViewProjection[];
}

