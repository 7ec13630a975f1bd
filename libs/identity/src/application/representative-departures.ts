import { formatPosition, type RecordedEvent } from '#accord/ledger';
import { memberIdOf, type MemberEvent } from '#accord/membership';
import { consequenceId, injectedProcessManager, ReadModelBehind, type ProcessHandler, type ProjectionRunner } from '#accord/projections';
import type { DataSource } from 'typeorm';
import type { RepresentationEndCause } from '../domain/account/account.events.js';
import { AccountRow, accountsProjection } from './accounts.projection.js';
import type { IdentityService } from './identity.service.js';

const NAME = 'representative_departures';

const DEPARTURES: Readonly<Record<string, RepresentationEndCause['kind']>> = {
  MemberExpelled: 'member_expelled',
  MembershipWithdrawn: 'membership_withdrawn',
} satisfies Partial<Record<MemberEvent['type'], RepresentationEndCause['kind']>>;

/** How long to wait for another process to move the accounts read model before retrying later. */
const READ_MODEL_WAIT_MILLISECONDS = 250;

/**
 * When an organization leaves the Association (expelled, or withdrawn by notice), the accounts bound
 * to it as its representatives lose that binding (`RepresentationEnded`, caused by the departure) and
 * their sessions. Which accounts are bound comes from the accounts read model once it has applied the
 * departure. Sign-in does not wait for this: it checks the organization's record in the ledger itself.
 */
export class RepresentativeDepartures implements ProcessHandler {
  constructor(
    private readonly identity: IdentityService,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
  ) {}

  async handle(departure: RecordedEvent): Promise<void> {
    const projection = accountsProjection.name;
    if (!(await this.runner.waitFor(departure.position, READ_MODEL_WAIT_MILLISECONDS, [projection]))) {
      throw new ReadModelBehind([projection], formatPosition(departure.position));
    }
    const organizationId = memberIdOf(departure);
    const accounts = await this.dataSource.getRepository(AccountRow).find({ where: { organizationId }, order: { id: 'ASC' } });
    const cause: RepresentationEndCause = { kind: DEPARTURES[departure.type], eventId: departure.eventId };
    for (const { id } of accounts) {
      await this.identity.endRepresentation(id, organizationId, cause, consequenceId(departure, `end-representation:${id}`));
    }
  }
}

/** The process manager `representative_departures`: representatives of an organization that left lose their access. */
export const representativeDeparturesProcess = injectedProcessManager(NAME, Object.keys(DEPARTURES), RepresentativeDepartures);
