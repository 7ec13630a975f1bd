import { Injectable, Logger } from '@nestjs/common';
import { nameBasedUuid } from '#accord/eventsourcing';
import { DomainRuleViolation, DuplicateRecord } from '#accord/kernel';
import type { RecordedEvent, RecordedOf } from '#accord/ledger';
import { MemberRegistration, type MemberCategory, type MembershipApplication, type NationalIdentifier } from '#accord/membership';
import { injectedProcessManager } from '#accord/projections';
import type { EntityManager } from 'typeorm';
import type { EstablishedFounder, FoundingEvent } from '../domain/founding.events.js';
import { founderAdmissionCommandId, founderMemberId } from './founder-admission-keys.js';

export const FOUNDERS_ADMISSION = 'founders_admission';

type AssociationEstablished = Extract<FoundingEvent, { type: 'AssociationEstablished' }>;

/** What the register needs to admit a founder, from its letter of intent. */
export function founderApplication(founder: EstablishedFounder): MembershipApplication {
  const { organization, representative, letterId } = founder;
  return {
    name: organization.name,
    country: organization.country,
    legalForm: organization.legalForm,
    // The letter was checked against the register's rules when it was received; the register checks again.
    nationalIdentifier: { country: organization.country, ...organization.nationalIdentifier } as NationalIdentifier,
    category: organization.category as MemberCategory,
    contacts: organization.contacts,
    representatives: [{ id: nameBasedUuid(`founder-representative:${letterId}`), ...representative }],
  };
}

/**
 * The consequence of establishment: every founder becomes a full member of the register (on its
 * own earlier application when it had applied). A founder the register refuses (a rule of the
 * register, such as a record under its id that belongs to another organization) is recorded in
 * `founding.founder_admission_failures` and logged, and the others go on: a refusal is no reason
 * to stop, and handling the event again could not change the answer.
 */
@Injectable()
export class FoundersAdmission {
  private readonly logger = new Logger('FoundersAdmission');

  constructor(private readonly registration: MemberRegistration) {}

  async handle(event: RecordedOf<AssociationEstablished>, manager: EntityManager): Promise<void> {
    const { founders, establishedOn } = event.data;
    for (const founder of founders) await this.admit(event, establishedOn, founder, manager);
  }

  private async admit(event: RecordedEvent, establishedOn: string, founder: EstablishedFounder, manager: EntityManager): Promise<void> {
    const { letterId } = founder;
    const memberId = founderMemberId(letterId);
    try {
      await this.registration.admitFounder(
        { memberId, application: founderApplication(founder), foundingEventId: event.eventId, establishedOn },
        founderAdmissionCommandId(event, letterId),
      );
      await manager.query('DELETE FROM founding.founder_admission_failures WHERE letter_id = $1', [letterId]);
    } catch (error) {
      // Anything else (the database, a conflict that outlived the retries) is retried by the runner.
      if (!(error instanceof DomainRuleViolation || error instanceof DuplicateRecord)) throw error;
      this.logger.warn({ message: 'founder not admitted to the register', letterId, memberId, code: error.code, reason: error.text.en });
      await manager.query(
        `INSERT INTO founding.founder_admission_failures (letter_id, member_id, established_event_id, code, message, details, failed_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (letter_id) DO UPDATE
           SET member_id = $2, established_event_id = $3, code = $4, message = $5, details = $6, failed_at = now()`,
        [letterId, memberId, event.eventId, error.code, JSON.stringify(error.text), error.details === undefined ? null : JSON.stringify(error.details)],
      );
    }
  }
}

/** Admits the founders when the Association is established: each admission is caused by that event. */
export const foundersAdmissionProcess = injectedProcessManager(FOUNDERS_ADMISSION, ['AssociationEstablished'], FoundersAdmission);
