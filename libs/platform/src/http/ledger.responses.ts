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

  @ApiProperty({ type: String, nullable: true, description: 'Hex hash of the last global seal (null: nothing sealed yet)' })
  sealHead: string | null;

  @ApiProperty({ type: IntegrityBreakView, nullable: true })
  firstBreak: IntegrityBreakView | null;

  @ApiPropertyOptional({ type: 'integer', description: 'Appends whose signature was checked (signed PostgreSQL ledger)' })
  appendsSigned?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'Signed global seals checked' })
  sealsChecked?: number;

  @ApiPropertyOptional({ description: 'Whether signatures were checked (a public key was known)' })
  signaturesChecked?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Fingerprint of the key in force at the end of the ledger' })
  keyFingerprint?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '931-73', description: 'The last position checked' })
  lastPosition?: string | null;

  @ApiPropertyOptional({ description: 'The ordinal of the last link of the global chain covered by a seal' })
  lastSealedOrdinal?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '931-73' })
  lastSealedPosition?: string | null;
}

/** The background verification's last word: its status and the report of its last pass. */
export class VerificationStateView extends IntegrityReportView {
  @ApiProperty({ enum: ['unchecked', 'intact', 'broken'] })
  status: string;

  @ApiProperty({ type: String, nullable: true, example: '931-73' })
  lastVerifiedPosition: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checkedAt: string | null;

  @ApiProperty({ type: String, enum: ['full', 'incremental'], nullable: true, description: 'Which pass gave the report' })
  pass: string | null;
}

export class HealthIntegrityView {
  @ApiProperty({ enum: ['unchecked', 'intact', 'broken'] })
  status: string;

  @ApiProperty({ type: String, nullable: true, example: '931-73' })
  lastVerifiedPosition: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checkedAt: string | null;
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

  @ApiPropertyOptional({ type: HealthIntegrityView, description: 'The background verification of the ledger' })
  integrity?: HealthIntegrityView;

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
  @ApiProperty({ enum: ['ok', 'unavailable', 'broken'] })
  status: string;

  @ApiProperty({ type: HealthReportViewDatabase })
  database: HealthReportViewDatabase;

  @ApiProperty({ type: HealthReportViewLedger })
  ledger: HealthReportViewLedger;

  @ApiProperty({ type: [HealthReportViewProjection] })
  projections: HealthReportViewProjection[];
}


export class EventLinksView {
  @ApiProperty({ example: '/api/v1/ledger/streams/member-0b8f3a52-8c1e-4d0e-9d7e-3f0f6b1c2a11' })
  stream: string;

  @ApiProperty({ example: '/api/v1/ledger/events/5d1c…/causes' })
  causes: string;

  @ApiProperty({ example: '/api/v1/ledger/events/5d1c…/effects' })
  effects: string;
}

/** An event as auditors read it: the recorded event with links to its stream, causes and effects. */
export class AuditedEventView extends RecordedEventView {
  @ApiProperty({ type: EventLinksView })
  links: EventLinksView;
}

export class CauseStepView {
  @ApiProperty({ type: AuditedEventView })
  event: AuditedEventView;

  @ApiProperty({ type: [AuditedEventView], description: 'The events its data cites as grounds (the ballots a closing counted, …)' })
  grounds: AuditedEventView[];
}

export class CausationRootView {
  @ApiProperty({ enum: ['command', 'request', 'none'] })
  kind: string;

  @ApiProperty({ type: String, nullable: true, description: 'The command id or the request id that started the chain' })
  id: string | null;

  @ApiProperty()
  correlationId: string;
}

export class CauseChainView {
  @ApiProperty({ type: AuditedEventView })
  event: AuditedEventView;

  @ApiProperty({ type: [AuditedEventView] })
  grounds: AuditedEventView[];

  @ApiProperty({ type: [CauseStepView], description: 'From the direct cause back to the first event of the chain' })
  causes: CauseStepView[];

  @ApiProperty({ type: CausationRootView })
  root: CausationRootView;
}

export class EffectNodeView {
  @ApiProperty({ type: AuditedEventView })
  event: AuditedEventView;

  @ApiProperty({ type: 'array', items: { $ref: '#/components/schemas/EffectNodeView' }, description: 'What this event caused, as a tree' })
  effects: EffectNodeView[];
}

export class PublicKeyView {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm: string;

  @ApiProperty({ description: 'The public key, base64 DER (SPKI)' })
  publicKey: string;

  @ApiProperty({ description: 'SHA-256 of the DER public key, hex' })
  fingerprint: string;

  @ApiProperty({ description: 'The public key as PEM' })
  pem: string;
}

export class KeyRotationView {
  @ApiProperty()
  previousFingerprint: string;

  @ApiProperty()
  fingerprint: string;

  @ApiProperty({ description: 'The new public key, base64 DER (SPKI)' })
  publicKey: string;

  @ApiProperty({ format: 'date-time' })
  rotatedAt: string;
}
