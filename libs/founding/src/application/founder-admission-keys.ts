import type { RecordedEvent } from '#accord/ledger';
import { consequenceId } from '#accord/projections';

/**
 * The register record a founder becomes, unless it had applied before: the letter's own id, so that
 * the member id is known from the letter of intent on (the demo representative's organization is
 * such a letter), and a letter whose id is an applicant's member id is admitted on that application.
 */
export function founderMemberId(letterId: string): string {
  return letterId;
}

/** The idempotency key of one founder's admission; the founding read model finds the admission by it. */
export function founderAdmissionCommandId(established: Pick<RecordedEvent, 'eventId'>, letterId: string): string {
  return consequenceId(established, `admit:${letterId}`);
}
