import { newRecordId, type CommandInput, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import type { MembershipApplication } from '../domain/member-application.js';
import { memberAggregate, type MemberCommand } from '../domain/member.decide.js';
import { clearIdentifier, type IdentifierHolder } from '../domain/identifier-reservation.js';
import { nationalIdentifierKeys, parseNationalIdentifier, type IdentifierKey } from '../domain/national-identifier.js';
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
  /** The Association's establishment date: the legal date of the founders' membership. */
  readonly establishedOn: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The application with its identifier as the register keeps it (trimmed, only its scheme's values),
 * and the identifier's keys, the primary one first; a malformed identifier is left as given for the
 * decider to refuse.
 */
function normalized(application: MembershipApplication): { application: MembershipApplication; keys: readonly IdentifierKey[] } {
  const { identifier } = parseNationalIdentifier(application.nationalIdentifier);
  if (!identifier) return { application, keys: [] };
  return { application: { ...application, nationalIdentifier: identifier }, keys: nationalIdentifierKeys(identifier) };
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

/**
 * The only way onto the register: an application, or the admission of a founder. Every key of a
 * national identifier (ОГРН and ИНН, БИН…) is reserved (`membership.identifier_keys`) before its
 * member record is written, because the member decider sees only its own stream and cannot know of
 * another record with the same identifier. A key held by an ended record (rejected, expelled,
 * withdrawn) passes to the organization's new application, which links to that record.
 */
export class MemberRegistration {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly keys: IdentifierKeys,
  ) {}

  /**
   * Records an application as a new member record `memberId`, which derives from `options.commandId`
   * (a repeated command must name the record the first one wrote).
   * @throws DuplicateRecord DUPLICATE_NATIONAL_IDENTIFIER when a live record holds a key of the identifier
   */
  async apply(given: MembershipApplication, options: CommandOptions = {}, memberId = newRecordId(options.commandId)): Promise<CommandResult> {
    const { application, keys } = normalized(given);
    const command = (previousMemberId: string | null): CommandInput<MemberCommand> => ({
      type: 'ApplyForMembership',
      data: { application, previousMemberId },
    });
    const recorded = await this.processor.load(memberAggregate, memberId);
    // A record under this id exists only when the same commandId came before: its answer is repeated.
    if (keys.length === 0 || recorded.version > 0) {
      const previous = recorded.state.status === 'none' ? null : recorded.state.previousMemberId;
      return this.processor.execute(memberAggregate, memberId, command(previous), options);
    }
    return this.keys.exclusively(
      keys.map((key) => key.key),
      async (reservations) => {
        const taken = await reservations.holders();
        const { previousMemberId } = clearIdentifier(await this.holdersOf(keys, taken));
        return this.recordReserved(reservations, memberId, taken, command(previousMemberId), options);
      },
    );
  }

  /**
   * Admits a founder as a full member (`AdmitFounder`), on its existing record when it applied
   * before, else on a new record `founder.memberId` (a UUID). Repeating the same `commandId` records
   * nothing more and answers as the first time.
   * @throws DomainRuleViolation from the member decider (INVALID_MEMBER_DATA, MEMBER_STATUS_REQUIRED…)
   */
  async admitFounder(founder: FounderAdmission, commandId: string): Promise<CommandResult> {
    const { memberId, foundingEventId, establishedOn } = founder;
    requireRecordId(memberId);
    const { application, keys } = normalized(founder.application);
    const command = (previousMemberId: string | null): CommandInput<MemberCommand> => ({
      type: 'AdmitFounder',
      data: { application, foundingEventId, establishedOn, previousMemberId },
    });
    const options = { commandId };
    if (keys.length === 0) return this.processor.execute(memberAggregate, memberId, command(null), options);
    return this.keys.exclusively(
      keys.map((key) => key.key),
      async (reservations) => {
        const taken = await reservations.holders();
        const holders = await this.holdersOf(keys, taken, memberId);
        const { liveMemberId, previousMemberId } = clearIdentifier(holders, { admitOnLive: true });
        if (liveMemberId !== null && liveMemberId !== memberId) return this.processor.execute(memberAggregate, liveMemberId, command(null), options);
        // A repeated admission holds the keys itself by now: it repeats the link its record was written with.
        const { state } = await this.processor.load(memberAggregate, memberId);
        const link = state.status === 'none' ? previousMemberId : state.previousMemberId;
        return this.recordReserved(reservations, memberId, taken, command(link), options);
      },
    );
  }

  /**
   * The records that hold the keys, as their streams stand; `self` (the record being written, on a
   * repeated command) is a live holder of its own keys whatever its status.
   */
  private async holdersOf(keys: readonly IdentifierKey[], taken: ReadonlyMap<string, string>, self?: string): Promise<IdentifierHolder[]> {
    const holders: IdentifierHolder[] = [];
    for (const key of keys) {
      const memberId = taken.get(key.key);
      if (memberId === undefined) continue;
      const { state } = await this.processor.load(memberAggregate, memberId);
      const status = memberId === self && state.status !== 'none' ? 'applied' : state.status;
      holders.push({ key, memberId, status, name: state.status === 'none' ? null : state.profile.name });
    }
    return holders;
  }

  /**
   * Takes the keys for `memberId` (over reservations whose record was never written, or ended),
   * records the command, and gives the keys back if nothing was recorded.
   */
  private async recordReserved(
    reservations: KeyReservations,
    memberId: string,
    taken: ReadonlyMap<string, string>,
    command: CommandInput<MemberCommand>,
    options: CommandOptions,
  ): Promise<CommandResult> {
    const reservedNow = reservations.keys.some((key) => taken.get(key) !== memberId);
    if (reservedNow) await reservations.assign(memberId);
    try {
      return await this.processor.execute(memberAggregate, memberId, command, options);
    } catch (error) {
      if (reservedNow && !(await this.exists(memberId))) await reservations.restore(memberId, taken);
      throw error;
    }
  }

  private async exists(memberId: string): Promise<boolean> {
    return (await this.processor.load(memberAggregate, memberId)).version > 0;
  }
}
