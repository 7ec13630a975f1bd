import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { formatPosition, parsePosition, type CauseStep, type EffectNode } from '#accord/ledger';
import { LedgerAudit } from '../ledger-audit.js';
import { RotateSigningKey } from '../signing-key.commands.js';
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

const causeView = (step: CauseStep) => ({ event: auditView(step.event), grounds: step.grounds.map(auditView) });
const effectView = (node: EffectNode): unknown => ({ event: auditView(node.event), effects: node.effects.map(effectView) });

/** What auditors need to check the ledger without trusting the server: its key, an export, causation. */
@ApiTags('ledger')
@Controller('ledger')
export class LedgerAuditController {
  constructor(
    private readonly audit: LedgerAudit,
    private readonly commands: CommandBus,
  ) {}

  @Get('public-key')
  @Public()
  @ApiOperation({ summary: "The ledger's Ed25519 public key (PEM and base64 DER) and its SHA-256 fingerprint" })
  @ApiAnswer(PublicKeyView)
  publicKey() {
    return this.audit.publicKey();
  }

  @Post('key-rotations')
  @Allow('admin')
  @HttpCode(201)
  @ApiOperation({ summary: 'Replace the signing key: the rotation is recorded, signed by the old key and the new one' })
  @ApiCreatedResponse({ type: KeyRotationView })
  async rotateKey() {
    const rotation = await this.commands.execute(new RotateSigningKey());
    return { previousFingerprint: rotation.previousFingerprint, fingerprint: rotation.fingerprint, publicKey: rotation.publicKey, rotatedAt: rotation.rotatedAt };
  }

  @Get('export')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The ledger as NDJSON (as `accord export`): events in global order, signed seals, a manifest with its SHA-256' })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'One JSON object a line', content: { 'application/x-ndjson': { schema: { type: 'string' } } } })
  export(@Query() query: ExportQuery, @Res() response: FastifyReply): FastifyReply {
    const from = query.from ? parsePosition(query.from) : undefined;
    return response
      .status(200)
      .header('Content-Type', 'application/x-ndjson; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="accord-ledger${from ? `-from-${formatPosition(from)}` : ''}.ndjson"`)
      // The stream waits for the client to drain what it read before it reads more of the ledger.
      .send(Readable.from(this.audit.export(from)));
  }

  @Get('events/:eventId/causes')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'The chain of events that caused this one, back to the request or command that started it, with the events each cites' })
  @ApiAnswer(CauseChainView)
  async causes(@Param('eventId', new ParseUUIDPipe()) eventId: string) {
    const chain = await this.audit.causes(eventId);
    return { event: auditView(chain.event), grounds: chain.grounds.map(auditView), causes: chain.causes.map(causeView), root: chain.root };
  }

  @Get('events/:eventId/effects')
  @Allow('auditor', 'admin')
  @ApiOperation({ summary: 'Everything this event caused, directly or through further events, as a tree' })
  @ApiAnswer(EffectNodeView)
  async effects(@Param('eventId', new ParseUUIDPipe()) eventId: string) {
    return effectView(await this.audit.effects(eventId));
  }
}
