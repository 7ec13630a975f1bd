import { newRecordId, type CommandInput, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation, DuplicateRecord } from '#accord/kernel';
import type { MembershipApplication } from '../domain/member-application.js';
import { memberAggregate, type MemberCommand } from '../domain/member.decide.js';
import { nationalIdentifierKey, parseNationalIdentifier } from '../domain/national-identifier.js';
import type { IdentifierKeys, KeyReservations } from './identifier-keys.js';

/** A founder of the Association to be made a full member by the founding itself. */
export interface FounderAdmission {
  /**
   * The member record to create when the founder is not on the register yet. A founder that has
   * already applied is admitted on its own record instead, and the answer's `id` names that record.
   */
  readonly memberId: string;
  readonly application: MembershipApplication;
  /** The `AssociationEstablished` event that makes the founders members. */
  readonly foundingEventId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The application with its identifier as the register keeps it (trimmed, only its scheme's values),
 * and the identifier's key; a malformed identifier is left as given for the decider to refuse.
 */
function normalized(application: MembershipApplication): { application: MembershipApplication; identifierKey?: string } {
  const { identifier } = parseNationalIdentifier(application.nationalIdentifier);
  if (!identifier) return { application };
  return { application: { ...application, nationalIdentifier: identifier }, identifierKey: nationalIdentifierKey(identifier) };
}

function requireRecordId(memberId: string): void {
  if (!UUID.test(memberId)) {
    throw new DomainRuleViolation(
      'INVALID_MEMBER_ID',
      { ru: 'Идентификатор записи реестра должен быть UUID', en: 'A member record id must be a UUID' },
      { memberId },
    );
  }
}

function duplicateIdentifier(identifierKey: string, memberId: string): DuplicateRecord {
  return new DuplicateRecord(
    'DUPLICATE_NATIONAL_IDENTIFIER',
    {
      ru: 'Организация с этим регистрационным номером уже есть в реестре',
      en: 'An organization with this national identifier is already on the register',
    },
    { identifierKey, memberId },
  );
}

/**
 * The only way onto the register: an application, or the admission of a founder. Each national
 * identifier is reserved (`membership.identifier_keys`) before its member record is written, because
 * the member decider sees only its own stream and cannot know of another record with the same identifier.
 */
export class MemberRegistration {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly keys: IdentifierKeys,
  ) {}

  /**
   * Records an application as a new member record, whose id derives from `options.commandId`.
   * @throws DuplicateRecord DUPLICATE_NATIONAL_IDENTIFIER when another record holds the identifier
   */
  async apply(given: MembershipApplication, options: CommandOptions = {}): Promise<CommandResult> {
    const memberId = newRecordId(options.commandId);
    const { application, identifierKey } = normalized(given);
    const command: CommandInput<MemberCommand> = { type: 'ApplyForMembership', data: { application } };
    // A record under this id exists only when the same commandId came before: its answer is repeated.
    if (!identifierKey || (await this.exists(memberId))) return this.processor.execute(memberAggregate, memberId, command, options);
    return this.keys.exclusively(identifierKey, async (reservation) => {
      const holder = await reservation.holder();
      if (holder !== undefined && holder !== memberId && (await this.exists(holder))) throw duplicateIdentifier(identifierKey, holder);
      return this.recordReserved(reservation, memberId, holder, command, options);
    });
  }

  /**
   * Admits a founder as a full member (`AdmitFounder`), on its existing record when it applied
   * before, else on a new record `founder.memberId` (a UUID). Repeating the same `commandId` records
   * nothing more and answers as the first time.
   * @throws DomainRuleViolation from the member decider (INVALID_MEMBER_DATA, MEMBER_STATUS_REQUIRED…)
   */
  async admitFounder(founder: FounderAdmission, commandId: string): Promise<CommandResult> {
    const { memberId, foundingEventId } = founder;
    requireRecordId(memberId);
    const { application, identifierKey } = normalized(founder.application);
    const command: CommandInput<MemberCommand> = { type: 'AdmitFounder', data: { application, foundingEventId } };
    const options = { commandId };
    if (!identifierKey) return this.processor.execute(memberAggregate, memberId, command, options);
    return this.keys.exclusively(identifierKey, async (reservation) => {
      const holder = await reservation.holder();
      if (holder !== undefined && holder !== memberId && (await this.exists(holder))) {
        return this.processor.execute(memberAggregate, holder, command, options);
      }
      return this.recordReserved(reservation, memberId, holder, command, options);
    });
  }

  /**
   * Takes the key for `memberId` (over a reservation whose record was never written, after a crash
   * between reserving and recording), records the command, and frees the key again if nothing was recorded.
   */
  private async recordReserved(
    reservation: KeyReservations,
    memberId: string,
    holder: string | undefined,
    command: CommandInput<MemberCommand>,
    options: CommandOptions,
  ): Promise<CommandResult> {
    const reservedNow = holder !== memberId;
    if (reservedNow) await reservation.assign(memberId);
    try {
      return await this.processor.execute(memberAggregate, memberId, command, options);
    } catch (error) {
      if (reservedNow && !(await this.exists(memberId))) await reservation.release(memberId);
      throw error;
    }
  }

  private async exists(memberId: string): Promise<boolean> {
    return (await this.processor.load(memberAggregate, memberId)).version > 0;
  }
}
