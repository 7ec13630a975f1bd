import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RecordNotFound } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { RequestValidationError } from '#accord/platform';
import { isUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ResolutionVoting } from '../application/resolution-voting.js';

/**
 * Lets a request through only for a resolution whose voting has opened, judged from the ledger.
 * A stream of server-sent events has sent its headers before its first event is read, so an
 * unknown resolution (404) or a vote not yet open (422) must be refused before the handler runs.
 */
@Injectable()
export class OpenVoteGuard implements CanActivate {
  constructor(private readonly voting: ResolutionVoting) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const id = String(context.switchToHttp().getRequest<FastifyRequest<{ Params: { id: string } }>>().params.id);
    // Guards run before pipes: the id is checked here as ParseUUIDPipe would check it later.
    if (!isUUID(id)) throw new RequestValidationError([{ field: 'id', problems: ['id must be a UUID'] }]);
    const { state } = await this.voting.load(id);
    if (state.status === 'none') throw new RecordNotFound('resolution', id);
    // A draft withdrawn before voting opened never had a tally to stream.
    if (state.status === 'draft' || (state.status === 'withdrawn' && state.voting === null)) {
      throw new DomainRuleViolation('VOTING_NOT_OPEN', { ru: 'Голосование ещё не открыто', en: 'Voting has not opened' });
    }
    return true;
  }
}
