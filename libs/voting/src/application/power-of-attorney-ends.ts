import type { CommandProcessor } from '#accord/eventsourcing';
import { comparePositions, formatPosition, type EventStore, type RecordedEvent } from '#accord/ledger';
import { memberAggregate, memberIdOf, type MemberEvent } from '#accord/membership';
import { consequenceId, injectedProcessManager, ReadModelBehind, type ProcessHandler, type ProjectionRunner } from '#accord/projections';
import { Brackets, type DataSource } from 'typeorm';
import { powerOfAttorneyAggregate } from '../domain/power-of-attorney/power-of-attorney.decide.js';
import type { PowerEndCause, PowerOfAttorneyEvent } from '../domain/power-of-attorney/power-of-attorney.events.js';
import { PowerOfAttorneyRow, powersOfAttorneyProjection } from './powers-of-attorney.projection.js';

const NAME = 'power_of_attorney_ends';

/** The membership events that take away a party's vote, and the cause each records. */
const ENDINGS: Readonly<Record<string, PowerEndCause['kind']>> = {
  MemberSuspended: 'member_suspended',
  MemberExpelled: 'member_expelled',
  MembershipWithdrawn: 'membership_withdrawn',
} satisfies Partial<Record<MemberEvent['type'], PowerEndCause['kind']>>;

const GRANTED: PowerOfAttorneyEvent['type'] = 'PowerOfAttorneyGranted';

/** How long to wait for another process to move the powers read model before retrying later. */
const READ_MODEL_WAIT_MILLISECONDS = 250;

/**
 * A power of attorney ends when either party is suspended, expelled or withdraws: `EndPowerOfAttorney`
 * caused by that membership event, which the power's end names. Which powers a party holds comes from
 * the powers read model once it has applied the membership event (retried later when it has not).
 *
 * A grant can still land just after a party's suspension (the grant checked the electorate a moment
 * before): grants are checked too, against each party's record as it stood before the grant, and a
 * power given by or to an organization that had lost its vote ends at once, caused by that
 * organization's last membership event before the grant. Ending a power that is no longer in force
 * records nothing, so both paths may ask.
 */
export class PowerOfAttorneyEnds implements ProcessHandler {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === GRANTED) await this.endIfAPartyHadLeft(event as RecordedEvent & PowerOfAttorneyEvent);
    else await this.endPowersOf(memberIdOf(event), event);
  }

  private async endPowersOf(organizationId: string, membershipEvent: RecordedEvent): Promise<void> {
    const projection = powersOfAttorneyProjection.name;
    if (!(await this.runner.waitFor(membershipEvent.position, READ_MODEL_WAIT_MILLISECONDS, [projection]))) {
      throw new ReadModelBehind([projection], formatPosition(membershipEvent.position));
    }
    const powers = await this.dataSource
      .getRepository(PowerOfAttorneyRow)
      .createQueryBuilder('power')
      .where("power.status = 'granted'")
      .andWhere(
        new Brackets((party) => {
          party.where('power.principalOrganizationId = :organizationId').orWhere('power.proxyOrganizationId = :organizationId');
        }),
        { organizationId },
      )
      .orderBy('power.id')
      .getMany();
    const cause: PowerEndCause = { kind: ENDINGS[membershipEvent.type], organizationId, eventId: membershipEvent.eventId };
    for (const { id } of powers) await this.end(id, cause, consequenceId(membershipEvent, `end:${id}`));
  }

  private async endIfAPartyHadLeft(grant: RecordedEvent & PowerOfAttorneyEvent): Promise<void> {
    if (grant.type !== 'PowerOfAttorneyGranted') return;
    const { powerOfAttorneyId, principalOrganizationId, proxyOrganizationId } = grant.data;
    for (const organizationId of [principalOrganizationId, proxyOrganizationId]) {
      const history = await this.store.readStream(`${memberAggregate.category}-${organizationId}`);
      const before = history.filter((event) => comparePositions(event.position, grant.position) < 0);
      const last = before.filter((event) => Object.hasOwn(ENDINGS, event.type) || event.type === 'MemberReinstated').at(-1);
      if (!last || !Object.hasOwn(ENDINGS, last.type)) continue;
      const cause: PowerEndCause = { kind: ENDINGS[last.type], organizationId, eventId: last.eventId };
      await this.end(powerOfAttorneyId, cause, consequenceId(grant, `party-had-left:${organizationId}`));
      return;
    }
  }

  private async end(powerOfAttorneyId: string, cause: PowerEndCause, commandId: string): Promise<void> {
    await this.processor.execute(powerOfAttorneyAggregate, powerOfAttorneyId, { type: 'EndPowerOfAttorney', data: { cause } }, { commandId });
  }
}

/** The process manager `power_of_attorney_ends`: a party's suspension, expulsion or withdrawal ends its powers. */
export const powerOfAttorneyEndsProcess = injectedProcessManager(NAME, [...Object.keys(ENDINGS), GRANTED], PowerOfAttorneyEnds);
