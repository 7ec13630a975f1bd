import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Response } from 'express';
import { currentContext, RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import {
  causesOf,
  effectsOf,
  EVENT_STORE,
  exportLedger,
  formatPosition,
  generateSigningKeyPem,
  parsePosition,
  PostgresEventStore,
  replaceSigningKey,
  type CauseStep,
  type EffectNode,
  type EventStore,
  type RecordedEvent,
} from '#accord/ledger';
import type { AccordConfig } from '../config.js';
import { ACCORD_CONFIG } from '../tokens.js';
import { Allow, Public } from './access-policy.js';
import { auditView } from './ledger.controller.js';
import { CauseChainView, EffectNodeView, KeyRotationView, PublicKeyView } from './ledger.responses.js';
import { ApiAnswer } from './responses.js';

class ExportQuery {
  @ApiPropertyOptional({ description: 'Export only the events after this position (an incremental export)', example: '18342-977' })
  @IsOptional()
  @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'from must be a position like "1234-56"' })
  from?: string;
}

function signedLedgerRequired(): DomainRuleViolation {
  return new DomainRuleViolation('SIGNED_LEDGER_REQUIRED', {
    ru: 'Эта операция доступна только для подписанного журнала в PostgreSQL',
    en: 'This needs the signed PostgreSQL ledger',
  });
}

const causeView = (step: CauseStep) => ({ event: auditView(step.event), grounds: step.grounds.map(auditView) });
const effectView = (node: EffectNode): unknown => ({ event: auditView(node.event), effects: node.effects.map(effectView) });

/** What auditors need to check the ledger without trusting the server: its key, an export, causation. */
@ApiTags('ledger')
@Controller('ledger')
export class LedgerAuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
  ) {}

  @Get('public-key')
  @Public()
  @ApiOperation({ summary: "The ledger's Ed25519 public key (PEM and base64 DER) and its SHA-256 fingerprint" })
  @ApiAnswer(PublicKeyView)
  publicKey() {
    const signer = this.signedStore().signer!;
    return {
      algorithm: 'Ed25519',
      ...signer.key,
      pem: signer.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  }

  @Post('key-rotations')
  @Allow('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Replace the signing key: the rotation is recorded, signed by the old key and the new one' })
  @ApiCreatedResponse({ type: KeyRotationView })
  async rotateKey() {
    const store = this.signedStore();
    const pem = generateSigningKeyPem();
    const context = currentContext();
    const metadata = { ...context, commandId: null };
    const rotation = await store.rotateKey(pem, metadata, randomUUID());
    await replaceSigningKey(this.config.ledgerKeyFile, pem);
    return { previousFingerprint: rotation.previousFingerprint, fingerprint: rotation.fingerprint, publicKey: rotation.publicKey, rotatedAt: rotation.rotatedAt };
  }

  @Get('export')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The ledger as NDJSON (as `accord export`): events in global order, signed seals, a manifest with its SHA-256' })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'One JSON object a line', content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  async export(@Query() query: ExportQuery, @Res() response: Response): Promise<void> {
    const store = this.signedStore();
    const from = query.from ? parsePosition(query.from) : undefined;
    response.status(200);
    response.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="accord-ledger${from ? `-from-${formatPosition(from)}` : ''}.ndjson"`);
    for await (const chunk of exportLedger(store.reader, { from, signingKey: store.signer?.key ?? null })) {
      if (!response.write(chunk)) await once(response, 'drain');
    }
    response.end();
  }

  @Get('events/:eventId/causes')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The chain of events that caused this one, back to the request or command that started it, with the events each cites' })
  @ApiAnswer(CauseChainView)
  async causes(@Param('eventId', new ParseUUIDPipe()) eventId: string) {
    const chain = await causesOf(this.causation(), await this.event(eventId));
    return { event: auditView(chain.event), grounds: chain.grounds.map(auditView), causes: chain.causes.map(causeView), root: chain.root };
  }

  @Get('events/:eventId/effects')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'Everything this event caused, directly or through further events, as a tree' })
  @ApiAnswer(EffectNodeView)
  async effects(@Param('eventId', new ParseUUIDPipe()) eventId: string) {
    return effectView(await effectsOf(this.causation(), await this.event(eventId)));
  }

  private async event(eventId: string): Promise<RecordedEvent> {
    const [event] = await this.store.readEvents([eventId]);
    if (!event) throw new RecordNotFound('event', eventId);
    return event;
  }

  private causation(): PostgresEventStore {
    if (!(this.store instanceof PostgresEventStore)) throw signedLedgerRequired();
    return this.store;
  }

  private signedStore(): PostgresEventStore {
    if (!(this.store instanceof PostgresEventStore) || !this.store.signer) throw signedLedgerRequired();
    return this.store;
  }
}
