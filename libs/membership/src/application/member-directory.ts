import { fold } from '#accord/kernel';
import { comparePositions, type EventStore, type GlobalPosition, readStreamOf } from '#accord/ledger';
import type { ProjectionRunner } from '#accord/projections';
import { In, type DataSource } from 'typeorm';
import type { LocalizedText, MemberCategory } from '../domain/member-application.js';
import { memberAggregate } from '../domain/member.decide.js';
import type { MemberEvent, MembershipKind } from '../domain/member.events.js';
import type { MemberStatus } from '../domain/member.state.js';
import { MemberRow, membersProjection } from './members.projection.js';

/**
 * The statuses in which an organization is a member organization of the Association. A suspended
 * member stays one (it only loses its vote until reinstated); applicants, rejected, expelled and
 * withdrawn organizations are not.
 */
export const MEMBER_ORGANIZATION_STATUSES: readonly MemberStatus[] = ['admitted', 'suspended'];

export function isMemberOrganization(status: MemberStatus): boolean {
  return MEMBER_ORGANIZATION_STATUSES.includes(status);
}

export interface MemberSummary {
  readonly id: string;
  readonly name: LocalizedText;
  readonly country: string;
  readonly category: MemberCategory;
  readonly status: MemberStatus;
  readonly membership: MembershipKind | null;
}

/** How long a question that must see the whole ledger waits for the register's read model. */
export interface RegisterFreshness {
  readonly runner: ProjectionRunner;
  readonly timeoutMilliseconds: number;
}

/** What other contexts may ask the register of members. */
export class MemberDirectory {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly freshness: RegisterFreshness,
  ) {}

  /**
   * The status of each organization as its record in the ledger stands (`none` when there is no
   * record), for rules checked before a command: it never lags behind like a read model may.
   * With `before`, as it stood just before that global position (for a process judging an event).
   */
  async statusesOf(ids: readonly string[], options: { readonly before?: GlobalPosition } = {}): Promise<Map<string, MemberStatus>> {
    const { before } = options;
    const unique = [...new Set(ids)];
    const statuses = await Promise.all(
      unique.map(async (id) => {
        const recorded = await readStreamOf<MemberEvent>(this.store, `${memberAggregate.category}-${id}`);
        const known = before ? recorded.filter((event) => comparePositions(event.position, before) < 0) : recorded;
        return fold(memberAggregate.decider, known).status;
      }),
    );
    return new Map(unique.map((id, index) => [id, statuses[index]]));
  }

  /**
   * The full members that are not suspended, the electorate of the general assembly, as the ledger
   * stands: the register read model is read once it has applied every act acknowledged before the call.
   * @throws ReadModelBehind when it has not within the time allowed (rather than answer from a lagging register)
   */
  async votingMembers(): Promise<string[]> {
    await this.freshness.runner.awaitAppended([membersProjection.name], this.freshness.timeoutMilliseconds);
    const rows = await this.dataSource.getRepository(MemberRow).find({
      select: { id: true },
      where: { status: 'admitted', membership: 'full' },
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }

  /** Names and statuses for display, from the register read model; unknown ids are left out. */
  async summariesOf(ids: readonly string[]): Promise<Map<string, MemberSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(MemberRow).findBy({ id: In([...new Set(ids)]) });
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          name: { ru: row.nameRu, en: row.nameEn },
          country: row.country,
          category: row.category as MemberCategory,
          status: row.status,
          membership: row.membership,
        },
      ]),
    );
  }
}
