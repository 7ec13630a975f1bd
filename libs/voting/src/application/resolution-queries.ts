import { RecordNotFound, type CommandProcessor } from '#accord/eventsourcing';
import type { MemberDirectory } from '#accord/membership';
import { decodeKeyCursor, keysetAfter, toPage, visibleTo, type PageRequest, type RequestActor } from '#accord/platform';
import { In, type DataSource } from 'typeorm';
import { CHARTER_QUESTIONS, type CompetenceEntry } from '../domain/competence.js';
import { minutesOf } from '../domain/minutes.js';
import { resolutionAggregate } from '../domain/resolution/resolution.decide.js';
import type { Motion } from '../domain/motion.js';
import { OUTCOME_TITLES } from '../domain/tally.js';
import { RULE_TITLES } from '../domain/thresholds.js';
import { BODY_TITLES, type VotingBody } from '../domain/voting-terms.js';
import type { CompetenceOfBodies } from './competence-of-bodies.js';
import { ballotsWithHistory, type BallotWithHistory } from './resolution-ballots.js';
import { ResolutionBallotRow, ResolutionRow } from './resolutions.projection.js';

export interface ResolutionFilter {
  readonly status?: 'draft' | 'voting' | 'closed' | 'withdrawn';
  readonly body?: VotingBody['kind'];
  readonly workingGroupId?: string;
}

export interface DecisionFilter {
  readonly body?: VotingBody['kind'];
  readonly workingGroupId?: string;
  /** Closed on or after this UTC calendar date. */
  readonly closedFrom?: string;
  /** Closed on or before this UTC calendar date. */
  readonly closedTo?: string;
  /** A motion kind, or `none` for the decisions that carry none. */
  readonly motion?: Motion['kind'] | 'none';
}

/** The first moment of a UTC calendar date, or of the day after it. */
function startOf(date: string, dayAfter = false): Date {
  const start = new Date(`${date}T00:00:00.000Z`);
  if (dayAfter) start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

function decisionItem(row: ResolutionRow) {
  const closedAt = row.closedAt!.toISOString();
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyTitle: BODY_TITLES[row.bodyKind],
    motionKind: row.motionKind,
    motion: row.motion,
    rule: row.rule,
    closedAt,
    closedOn: closedAt.slice(0, 10),
    result: row.result && {
      outcome: row.result.outcome,
      outcomeTitle: OUTCOME_TITLES[row.result.outcome],
      electorateSize: row.result.electorateSize,
      participants: row.result.participants,
      for: row.result.for,
      against: row.result.against,
      abstain: row.result.abstain,
    },
    consequence: row.consequence,
    version: row.version,
  };
}

function competenceItem(row: CompetenceEntry) {
  return {
    subject: row.subject,
    charterQuestion: row.subject === 'own_work' ? null : CHARTER_QUESTIONS[row.subject],
    body: row.body,
    bodyTitle: BODY_TITLES[row.body],
    minimumRule: row.minimumRule,
    minimumRuleTitle: RULE_TITLES[row.minimumRule],
    source: row.source,
  };
}

function listItem(row: ResolutionRow) {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    bodyTitle: BODY_TITLES[row.bodyKind],
    status: row.status,
    rule: row.rule,
    textVersion: row.textVersion,
    closesAt: row.voting?.closesAt ?? null,
    outcome: row.result?.outcome ?? null,
    draftedAt: row.draftedAt.toISOString(),
    version: row.version,
  };
}

/** The reads of resolutions: lists, the register of decisions, the competence table, a member's voting record, one record and its minutes. */
export class ResolutionQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: MemberDirectory,
    private readonly competence: CompetenceOfBodies,
    private readonly processor: CommandProcessor,
  ) {}

  async list(filter: ResolutionFilter, page: PageRequest) {
    const after = decodeKeyCursor(page.cursor, ['timestamp', 'uuid']);
    const rows = this.dataSource.getRepository(ResolutionRow).createQueryBuilder('resolution');
    const select = keysetAfter(rows, ['resolution.draftedAt', 'resolution.id'], after, page.limit, 'timestamptz');
    if (filter.status) select.andWhere('resolution.status = :status', { status: filter.status });
    if (filter.body) select.andWhere('resolution.bodyKind = :body', { body: filter.body });
    if (filter.workingGroupId) select.andWhere('resolution.workingGroupId = :group', { group: filter.workingGroupId });
    return toPage(await select.getMany(), page.limit, (row) => [row.draftedAt.toISOString(), row.id], listItem);
  }

  async decisions(filter: DecisionFilter, page: PageRequest) {
    const from = filter.closedFrom === undefined ? undefined : startOf(filter.closedFrom);
    const until = filter.closedTo === undefined ? undefined : startOf(filter.closedTo, true);
    const after = decodeKeyCursor(page.cursor, ['timestamp', 'uuid']);
    const adopted = this.dataSource.getRepository(ResolutionRow).createQueryBuilder('resolution').where("resolution.outcome = 'adopted'");
    const select = keysetAfter(adopted, ['resolution.closedAt', 'resolution.id'], after, page.limit, 'timestamptz');
    if (filter.body) select.andWhere('resolution.bodyKind = :body', { body: filter.body });
    if (filter.workingGroupId) select.andWhere('resolution.workingGroupId = :group', { group: filter.workingGroupId });
    if (from) select.andWhere('resolution.closedAt >= :from', { from });
    if (until) select.andWhere('resolution.closedAt < :until', { until });
    if (filter.motion) select.andWhere('resolution.motionKind = :motion', { motion: filter.motion });
    return toPage(await select.getMany(), page.limit, (row) => [row.closedAt!.toISOString(), row.id], decisionItem);
  }

  async competenceOfBodies() {
    const table = await this.competence.table();
    return { items: table.map(competenceItem), nextCursor: null };
  }

  async votingRecord(organizationId: string, page: PageRequest) {
    const after = decodeKeyCursor(page.cursor, ['timestamp', 'uuid']);
    const select = this.dataSource
      .getRepository(ResolutionRow)
      .createQueryBuilder('resolution')
      .where("resolution.voting -> 'electorate' @> jsonb_build_array(CAST(:organizationId AS text))", { organizationId })
      .orderBy('resolution.draftedAt')
      .addOrderBy('resolution.id')
      .limit(page.limit + 1);
    if (after) {
      select.andWhere('(resolution.draftedAt, resolution.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
        afterAt: after[0],
        afterId: after[1],
      });
    }
    const rows = await select.getMany();
    const ballots = rows.length
      ? await this.dataSource.getRepository(ResolutionBallotRow).findBy({ organizationId, resolutionId: In(rows.map((row) => row.id)) })
      : [];
    const ballotOf = new Map(ballots.map((ballot) => [ballot.resolutionId, ballot]));
    return toPage(rows, page.limit, (row) => [row.draftedAt.toISOString(), row.id], (row) => {
      // Once voting has closed, the ballot the tally counted is the record; until then, the one that counts now.
      const counted = row.result?.counted.find((ballot) => ballot.organizationId === organizationId);
      const current = ballotOf.get(row.id);
      const ballot = row.result ? counted && { choice: counted.choice, proxy: counted.proxy } : current && { choice: current.choice, proxy: current.proxy };
      return {
        resolutionId: row.id,
        title: row.title,
        body: row.body,
        bodyTitle: BODY_TITLES[row.bodyKind],
        status: row.status,
        closesAt: row.voting?.closesAt ?? null,
        closedAt: row.result?.closedAt ?? null,
        choice: ballot?.choice ?? 'did_not_vote',
        byProxy: Boolean(ballot?.proxy),
        proxy: ballot?.proxy ?? null,
        outcome: row.result?.outcome ?? null,
        outcomeTitle: row.result ? OUTCOME_TITLES[row.result.outcome] : null,
      };
    });
  }

  async resolution(id: string, actor: RequestActor) {
    const row = await this.row(id);
    const ballots = await this.ballots(id);
    const names = await this.directory.summariesOf([...(row.voting?.electorate ?? []), ...ballots.map((ballot) => ballot.organizationId)]);
    const nameOf = (organizationId: string) => names.get(organizationId)?.name ?? null;
    return {
      ...listItem(row),
      text: row.text,
      versions: row.versions,
      quorum: row.quorum,
      motion: row.motion,
      voting: row.voting,
      electorate: (row.voting?.electorate ?? []).map((organizationId) => ({ organizationId, name: nameOf(organizationId) })),
      // A ballot belongs to its organization and to the proxy that cast it; others see who took part.
      ballots: ballots.map((ballot) =>
        visibleTo(actor, 'ballot', [ballot.organizationId, ballot.proxy?.proxyOrganizationId], {
          organizationId: ballot.organizationId,
          name: nameOf(ballot.organizationId),
          choice: ballot.choice,
          recordAgainst: ballot.recordAgainst,
          actorId: ballot.castBy,
          onBehalfOf: ballot.onBehalfOf,
          proxy: ballot.proxy,
          castAt: ballot.castAt.toISOString(),
          eventId: ballot.eventId,
          history: ballot.history,
        }),
      ),
      result: row.result && {
        ...row.result,
        counted: row.result.counted.map((counted) => visibleTo(actor, 'countedBallot', [counted.organizationId, counted.proxy?.proxyOrganizationId], counted)),
        outcomeTitle: OUTCOME_TITLES[row.result.outcome],
      },
      consequence: row.consequence,
      withdrawal: row.withdrawal,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async minutes(id: string) {
    const { state } = await this.processor.load(resolutionAggregate, id);
    if (state.status === 'none') throw new RecordNotFound('resolution', id);
    const minutes = minutesOf(state);
    const ids = minutes.participants.value.flatMap(({ organizationId, proxy }) => (proxy ? [organizationId, proxy.proxyOrganizationId] : [organizationId]));
    const names = await this.directory.summariesOf([...ids, ...minutes.recordedAgainst.value]);
    const nameOf = (organizationId: string) => names.get(organizationId)?.name ?? null;
    return {
      ...minutes,
      participants: {
        ...minutes.participants,
        value: minutes.participants.value.map((participant) => ({
          ...participant,
          name: nameOf(participant.organizationId),
          proxyName: participant.proxy ? nameOf(participant.proxy.proxyOrganizationId) : null,
        })),
      },
      recordedAgainst: {
        ...minutes.recordedAgainst,
        value: minutes.recordedAgainst.value.map((organizationId) => ({ organizationId, name: nameOf(organizationId) })),
      },
    };
  }

  private async row(id: string): Promise<ResolutionRow> {
    const row = await this.dataSource.getRepository(ResolutionRow).findOneBy({ id });
    if (!row) throw new RecordNotFound('resolution', id);
    return row;
  }

  private ballots(resolutionId: string): Promise<BallotWithHistory[]> {
    return ballotsWithHistory(this.dataSource, resolutionId);
  }
}
