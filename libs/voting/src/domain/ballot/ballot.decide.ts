import { DomainRuleViolation, unreachable, type Aggregate, type Decider, type DomainCommand } from '#accord/kernel';
import { requireIdentifier, requireResolutionId } from '../checks.js';
import { authorizationProblem, type PowerOfAttorneyState } from '../power-of-attorney/power-of-attorney.state.js';
import type { VotingSession } from '../resolution/resolution.state.js';
import type { BallotChoice, BallotEvent, ProxyReference } from './ballot.events.js';
import { evolveBallot, initialBallotState, type BallotState } from './ballot.state.js';

/**
 * The id of one organization's ballot on one resolution (its stream is `ballot-<id>`). A stream
 * per ballot lets hundreds of organizations vote at once without contending for one stream.
 */
export function ballotStreamId(resolutionId: string, organizationId: string): string {
  requireResolutionId(resolutionId);
  requireIdentifier('organizationId', organizationId);
  return `${resolutionId}_${organizationId}`;
}

/**
 * The acting representative is the command's actor, and the organization it acts for is
 * `metadata.onBehalfOf`: the organization itself votes directly, any other one as its proxy.
 */
export type BallotCommand = DomainCommand<
  'CastBallot',
  {
    /** The organization whose ballot this is. */
    organizationId: string;
    choice: BallotChoice;
    /** Asks for a vote against to be recorded in the minutes (Civil Code art. 181.2 p. 4). */
    recordAgainst?: boolean;
    /** The resolution's session as `votingSessionOf` gives it; null while voting has not opened. */
    session: VotingSession | null;
    /** The power of attorney a proxy acts under; null when the organization votes itself. */
    powerOfAttorney: PowerOfAttorneyState | null;
  }
>;

function openSession(session: VotingSession | null, now: Date): VotingSession {
  if (session === null || now.getTime() < Date.parse(session.openedAt)) {
    throw new DomainRuleViolation('VOTING_NOT_OPEN', { ru: 'Голосование ещё не открыто', en: 'Voting has not opened' });
  }
  if (session.status === 'withdrawn') {
    throw new DomainRuleViolation('RESOLUTION_WITHDRAWN', { ru: 'Проект решения отозван', en: 'The resolution was withdrawn' });
  }
  // Voting runs until the closing time, exclusive: at that moment the vote may be closed and counted.
  if (session.status === 'closed' || now.getTime() >= Date.parse(session.closesAt)) {
    throw new DomainRuleViolation(
      'VOTING_CLOSED',
      { ru: 'Голосование закрыто', en: 'Voting is closed' },
      { closesAt: session.closesAt },
    );
  }
  return session;
}

function proxyNotValid(reason: string): DomainRuleViolation {
  return new DomainRuleViolation(
    'PROXY_NOT_VALID',
    {
      ru: 'Нет действующей доверенности на голосование за эту организацию по этому вопросу',
      en: 'There is no valid power of attorney to vote for this organization on this resolution',
    },
    { reason },
  );
}

/** The proxy's authority, checked against the power of attorney as it stands at the moment of voting. */
function proxyAuthority(
  power: PowerOfAttorneyState | null,
  session: VotingSession,
  organizationId: string,
  actingFor: string,
  now: Date,
): ProxyReference {
  if (power === null || power.status === 'none') throw proxyNotValid('not_granted');
  if (power.principalOrganizationId !== organizationId) throw proxyNotValid('other_principal');
  if (power.proxyOrganizationId !== actingFor) throw proxyNotValid('other_proxy');
  const problem = authorizationProblem(power, { resolutionId: session.resolutionId, body: session.body, at: now });
  if (problem !== null) throw proxyNotValid(problem);
  return { proxyOrganizationId: actingFor, powerOfAttorneyId: power.powerOfAttorneyId };
}

const sameProxy = (left: ProxyReference | null, right: ProxyReference | null): boolean =>
  left === null || right === null
    ? left === right
    : left.proxyOrganizationId === right.proxyOrganizationId && left.powerOfAttorneyId === right.powerOfAttorneyId;

export function castBallot(command: BallotCommand, state: BallotState): BallotEvent[] {
  const { now, actorId, onBehalfOf } = command.metadata;
  const { organizationId, choice } = command.data;
  const recordAgainst = command.data.recordAgainst ?? false;
  const session = openSession(command.data.session, now);
  const { resolutionId } = session;
  if (state.status === 'cast' && (state.resolutionId !== resolutionId || state.organizationId !== organizationId)) {
    throw new DomainRuleViolation(
      'BALLOT_STREAM_MISMATCH',
      { ru: 'Бюллетень относится к другому решению или организации', en: 'This ballot belongs to another resolution or organization' },
      { resolutionId: state.resolutionId, organizationId: state.organizationId },
    );
  }
  if (!session.electorate.has(organizationId)) {
    throw new DomainRuleViolation(
      'NOT_IN_ELECTORATE',
      {
        ru: `Организация ${organizationId} не имеет права голоса по этому вопросу`,
        en: `Organization ${organizationId} is not entitled to vote on this resolution`,
      },
      { organizationId },
    );
  }
  if (recordAgainst && choice !== 'against') {
    throw new DomainRuleViolation('RECORD_REQUIRES_AGAINST', {
      ru: 'Внести в протокол можно только голос «против»',
      en: 'Only a vote against can be recorded in the minutes',
    });
  }
  if (onBehalfOf === null) {
    throw new DomainRuleViolation('REPRESENTATIVE_REQUIRED', {
      ru: 'Голосует уполномоченный представитель организации',
      en: 'A ballot is cast by an authorized representative of an organization',
    });
  }
  const proxy =
    onBehalfOf === organizationId ? null : proxyAuthority(command.data.powerOfAttorney, session, organizationId, onBehalfOf, now);
  // The principal's own ballot overrides its proxy's: once it has voted itself, the proxy cannot replace that vote.
  if (proxy !== null && state.status === 'cast' && state.proxy === null) {
    throw new DomainRuleViolation(
      'PROXY_OVERRIDDEN_BY_PRINCIPAL',
      {
        ru: 'Организация проголосовала сама; представитель по доверенности не может изменить её голос',
        en: 'The organization has voted itself; its proxy cannot change that vote',
      },
      { organizationId },
    );
  }
  const ballot = { resolutionId, organizationId, choice, recordAgainst, castBy: actorId, proxy, castAt: now.toISOString() };
  if (state.status === 'none') return [{ type: 'BallotCast', data: ballot }];
  // Casting the same ballot again (a retried request, say) changes nothing.
  if (state.choice === choice && state.recordAgainst === recordAgainst && sameProxy(state.proxy, proxy)) return [];
  return [{ type: 'BallotChanged', data: { ...ballot, previousChoice: state.choice } }];
}

export function decideBallot(command: BallotCommand, state: BallotState): BallotEvent[] {
  switch (command.type) {
    case 'CastBallot':
      return castBallot(command, state);
    default:
      return unreachable(command.type);
  }
}

export const ballotDecider: Decider<BallotCommand, BallotEvent, BallotState> = {
  initialState: initialBallotState,
  decide: decideBallot,
  evolve: evolveBallot,
};

export const ballotAggregate: Aggregate<BallotCommand, BallotEvent, BallotState> = {
  category: 'ballot',
  decider: ballotDecider,
};
