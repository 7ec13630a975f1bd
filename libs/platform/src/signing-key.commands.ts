import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { currentContext } from '#accord/eventsourcing';
import { generateSigningKeyPem, replaceSigningKey, type KeyRotation } from '#accord/ledger';
import type { AccordConfig } from './config.js';
import { LedgerAudit } from './ledger-audit.js';
import { ACCORD_CONFIG } from './tokens.js';

/** Replace the ledger's signing key with a new one: recorded, signed by the old key and the new. */
export class RotateSigningKey extends Command<KeyRotation> {}

@CommandHandler(RotateSigningKey)
export class RotateSigningKeyHandler implements ICommandHandler<RotateSigningKey> {
  constructor(
    private readonly audit: LedgerAudit,
    @Inject(ACCORD_CONFIG) private readonly config: AccordConfig,
  ) {}

  async execute(): Promise<KeyRotation> {
    const store = this.audit.signedStore();
    const pem = generateSigningKeyPem();
    const rotation = await store.rotateKey(pem, { ...currentContext(), commandId: null }, randomUUID());
    await replaceSigningKey(this.config.ledgerKeyFile, pem);
    return rotation;
  }
}
