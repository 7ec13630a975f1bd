import { fold, type CommandMetadata } from '#accord/kernel';
import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import type { PowerOfAttorneyEvent, PowerScope } from '../power-of-attorney/power-of-attorney.events.js';
import { powerOfAttorneyDecider } from '../power-of-attorney/power-of-attorney.decide.js';
import type { PowerOfAttorneyState } from '../power-of-attorney/power-of-attorney.state.js';
import type { VotingSession } from '../resolution/resolution.state.js';
import { CLOSES_AT, metadataAt, OPENED_AT, organizations, RESOLUTION_ID } from '../testing/voting-fixtures.js';
import { ballotAggregate, ballotDecider, ballotStreamId, type BallotCommand } from './ballot.decide.js';
import type { BallotData, BallotEvent } from './ballot.events.js';

const DURING = '2026-09-12T10:00:00.000Z';
const PRINCIPAL = 'org-01';
const PROXY = 'org-02';

const session: VotingSession = {
  resolutionId: RESOLUTION_ID,
  body: { kind: 'general_assembly' },
  status: 'open',
  openedAt: OPENED_AT,
  closesAt: CLOSES_AT,
  electorate: new Set(organizations(5)),
};

const granted: PowerOfAttorneyEvent = {
  type: 'PowerOfAttorneyGranted',
  data: {
    powerOfAttorneyId: 'poa-1',
    principalOrganizationId: PRINCIPAL,
    proxyOrganizationId: PROXY,
    documentSha256: 'c'.repeat(64),
    validFrom: '2026-09-01T00:00:00.000Z',
    validUntil: '2026-10-01T00:00:00.000Z',
    scope: { kind: 'resolution', resolutionId: RESOLUTION_ID },
  },
};
const withScope = (scope: PowerScope): PowerOfAttorneyEvent => ({ ...granted, data: { ...granted.data, scope } });
const powerOf = (...events: PowerOfAttorneyEvent[]): PowerOfAttorneyState => fold(powerOfAttorneyDecider, events);
const power = powerOf(granted);

const byPrincipal = metadataAt(DURING, PRINCIPAL, 'account-principal');
const byProxy = metadataAt(DURING, PROXY, 'account-proxy');

type CastData = BallotCommand['data'];
const direct: CastData = { organizationId: PRINCIPAL, choice: 'for', session, powerOfAttorney: null };
const viaProxy: CastData = { ...direct, powerOfAttorney: power };
const castBallot = (data: CastData, metadata: CommandMetadata = byPrincipal): BallotCommand => ({ type: 'CastBallot', data, metadata });
const spec = deciderSpec(ballotDecider);

const directBallot: BallotData = {
  resolutionId: RESOLUTION_ID,
  organizationId: PRINCIPAL,
  choice: 'for',
  recordAgainst: false,
  castBy: 'account-principal',
  proxy: null,
  castAt: DURING,
};
const proxyReference = { proxyOrganizationId: PROXY, powerOfAttorneyId: 'poa-1' };
const proxyBallot: BallotData = { ...directBallot, castBy: 'account-proxy', proxy: proxyReference };
const castDirectly: BallotEvent = { type: 'BallotCast', data: directBallot };
const castByProxy: BallotEvent = { type: 'BallotCast', data: proxyBallot };

describe('ballot decider', () => {
  it('is the aggregate of the ballot category', () => {
    expect(ballotAggregate.category).toBe('ballot');
  });

  describe('ballot stream ids', () => {
    it('keys a ballot by its resolution and organization', () => {
      expect(ballotStreamId(RESOLUTION_ID, PRINCIPAL)).toBe('resolution-7_org-01');
    });

    it('gives every organization its own stream on a resolution', () => {
      const ids = organizations(300).map((organizationId) => ballotStreamId(RESOLUTION_ID, organizationId));
      expect(new Set(ids).size).toBe(300);
    });

    it('refuses a resolution id with the separator in it', () => {
      expect(() => ballotStreamId('resolution_7', PRINCIPAL)).toThrow(expect.objectContaining({ code: 'INVALID_RESOLUTION_ID' }));
    });

    it('refuses a blank organization id', () => {
      expect(() => ballotStreamId(RESOLUTION_ID, '')).toThrow(expect.objectContaining({ code: 'IDENTIFIER_REQUIRED' }));
    });
  });

  describe('casting', () => {
    it('casts the ballot of a representative of the organization', () => {
      spec.given([]).when(castBallot(direct)).then([castDirectly]);
    });

    it('records a vote against that the organization asks to be recorded in the minutes', () => {
      spec
        .given([])
        .when(castBallot({ ...direct, choice: 'against', recordAgainst: true }))
        .then([{ type: 'BallotCast', data: { ...directBallot, choice: 'against', recordAgainst: true } }]);
    });

    it('records an abstention', () => {
      spec
        .given([])
        .when(castBallot({ ...direct, choice: 'abstain' }))
        .then([{ type: 'BallotCast', data: { ...directBallot, choice: 'abstain' } }]);
    });

    it('refuses to record a vote that is not against', () => {
      spec.given([]).when(castBallot({ ...direct, recordAgainst: true })).thenRejects('RECORD_REQUIRES_AGAINST');
    });

    it('refuses an organization outside the frozen electorate', () => {
      spec
        .given([])
        .when(castBallot({ ...direct, organizationId: 'org-09' }, metadataAt(DURING, 'org-09')))
        .thenRejects('NOT_IN_ELECTORATE', { organizationId: 'org-09' });
    });

    it('refuses a ballot from an account that acts for no organization', () => {
      spec.given([]).when(castBallot(direct, metadataAt(DURING))).thenRejects('REPRESENTATIVE_REQUIRED');
    });

    it('refuses a ballot on a stream of another organization', () => {
      spec
        .given([castDirectly])
        .when(castBallot({ ...direct, organizationId: 'org-03' }, metadataAt(DURING, 'org-03')))
        .thenRejects('BALLOT_STREAM_MISMATCH');
    });

    it('refuses a ballot on a stream of another resolution', () => {
      spec
        .given([castDirectly])
        .when(castBallot({ ...direct, session: { ...session, resolutionId: 'resolution-8' } }))
        .thenRejects('BALLOT_STREAM_MISMATCH');
    });
  });

  describe('the voting period', () => {
    it('accepts a ballot at the opening moment', () => {
      spec
        .given([])
        .when(castBallot(direct, metadataAt(OPENED_AT, PRINCIPAL, 'account-principal')))
        .then([{ type: 'BallotCast', data: { ...directBallot, castAt: OPENED_AT } }]);
    });

    it('refuses a ballot before voting opens', () => {
      spec.given([]).when(castBallot({ ...direct, session: null })).thenRejects('VOTING_NOT_OPEN');
    });

    it('refuses a ballot before the opening time', () => {
      spec.given([]).when(castBallot(direct, metadataAt('2026-09-10T08:59:59.999Z', PRINCIPAL))).thenRejects('VOTING_NOT_OPEN');
    });

    it('refuses a late ballot after the closing time, though the vote is not closed yet', () => {
      spec
        .given([])
        .when(castBallot(direct, metadataAt('2026-09-17T18:00:01.000Z', PRINCIPAL)))
        .thenRejects('VOTING_CLOSED', { closesAt: CLOSES_AT });
    });

    it('refuses a ballot at exactly the closing time', () => {
      spec.given([]).when(castBallot(direct, metadataAt(CLOSES_AT, PRINCIPAL))).thenRejects('VOTING_CLOSED');
    });

    it('refuses a ballot once the vote is closed', () => {
      spec.given([]).when(castBallot({ ...direct, session: { ...session, status: 'closed' } })).thenRejects('VOTING_CLOSED');
    });

    it('refuses a ballot on a withdrawn resolution', () => {
      spec.given([]).when(castBallot({ ...direct, session: { ...session, status: 'withdrawn' } })).thenRejects('RESOLUTION_WITHDRAWN');
    });
  });

  describe('changing a ballot', () => {
    it('records a change with the choice it replaces', () => {
      spec
        .given([castDirectly])
        .when(castBallot({ ...direct, choice: 'against' }))
        .then([{ type: 'BallotChanged', data: { ...directBallot, choice: 'against', previousChoice: 'for' } }]);
    });

    it('records each further change', () => {
      const changedToAgainst: BallotEvent = {
        type: 'BallotChanged',
        data: { ...directBallot, choice: 'against', previousChoice: 'for' },
      };
      spec
        .given([castDirectly, changedToAgainst])
        .when(castBallot({ ...direct, choice: 'abstain' }))
        .then([{ type: 'BallotChanged', data: { ...directBallot, choice: 'abstain', previousChoice: 'against' } }]);
    });

    it('records a change that only asks for the vote against to be recorded', () => {
      const against: BallotEvent = { type: 'BallotCast', data: { ...directBallot, choice: 'against' } };
      spec
        .given([against])
        .when(castBallot({ ...direct, choice: 'against', recordAgainst: true }))
        .then([{ type: 'BallotChanged', data: { ...directBallot, choice: 'against', recordAgainst: true, previousChoice: 'against' } }]);
    });

    it('treats the same ballot cast again as no change', () => {
      spec.given([castDirectly]).when(castBallot(direct, metadataAt(DURING, PRINCIPAL, 'account-deputy'))).then([]);
    });

    it('refuses a change after the closing time', () => {
      spec
        .given([castDirectly])
        .when(castBallot({ ...direct, choice: 'against' }, metadataAt(CLOSES_AT, PRINCIPAL)))
        .thenRejects('VOTING_CLOSED');
    });
  });

  describe('voting by proxy', () => {
    it('casts the ballot of the principal under a valid power of attorney', () => {
      spec.given([]).when(castBallot(viaProxy, byProxy)).then([castByProxy]);
    });

    it('casts under a power of attorney for every vote of the body', () => {
      const forTheBody = powerOf(withScope({ kind: 'body', body: { kind: 'general_assembly' } }));
      spec.given([]).when(castBallot({ ...viaProxy, powerOfAttorney: forTheBody }, byProxy)).then([castByProxy]);
    });

    it('lets the proxy change the ballot it cast', () => {
      spec
        .given([castByProxy])
        .when(castBallot({ ...viaProxy, choice: 'abstain' }, byProxy))
        .then([{ type: 'BallotChanged', data: { ...proxyBallot, choice: 'abstain', previousChoice: 'for' } }]);
    });

    it('lets the principal replace the ballot of its proxy', () => {
      spec
        .given([castByProxy])
        .when(castBallot({ ...direct, choice: 'against' }))
        .then([{ type: 'BallotChanged', data: { ...directBallot, choice: 'against', previousChoice: 'for' } }]);
    });

    it('records the principal confirming its proxy’s choice as its own ballot', () => {
      spec
        .given([castByProxy])
        .when(castBallot(direct))
        .then([{ type: 'BallotChanged', data: { ...directBallot, previousChoice: 'for' } }]);
    });

    it('refuses the proxy once the principal has voted itself', () => {
      spec
        .given([castDirectly])
        .when(castBallot({ ...viaProxy, choice: 'against' }, byProxy))
        .thenRejects('PROXY_OVERRIDDEN_BY_PRINCIPAL', { organizationId: PRINCIPAL });
    });

    it('refuses the proxy once the principal has replaced the proxy’s ballot', () => {
      const replaced: BallotEvent = { type: 'BallotChanged', data: { ...directBallot, choice: 'against', previousChoice: 'for' } };
      spec.given([castByProxy, replaced]).when(castBallot(viaProxy, byProxy)).thenRejects('PROXY_OVERRIDDEN_BY_PRINCIPAL');
    });

    const withPower = (powerOfAttorney: PowerOfAttorneyState | null) => castBallot({ ...viaProxy, powerOfAttorney }, byProxy);
    const validWithin = (validFrom: string, validUntil: string) =>
      powerOf({ ...granted, data: { ...granted.data, validFrom, validUntil } });
    const revokedAt = (at: string) => powerOf(granted, { type: 'PowerOfAttorneyRevoked', data: { revokedAt: at, reason: null } });

    it.each<[string, BallotCommand, string]>([
      ['without a power of attorney', withPower(null), 'not_granted'],
      ['under a power of attorney that was never registered', withPower(powerOf()), 'not_granted'],
      ['for another organization than its principal', castBallot({ ...viaProxy, organizationId: 'org-03' }, byProxy), 'other_principal'],
      ['from an organization the power was not given to', castBallot(viaProxy, metadataAt(DURING, 'org-04')), 'other_proxy'],
      ['under a revoked power of attorney', withPower(revokedAt('2026-09-11T00:00:00.000Z')), 'revoked'],
      ['before the power of attorney takes effect', withPower(validWithin('2026-09-13T00:00:00.000Z', CLOSES_AT)), 'not_yet_valid'],
      ['after the power of attorney expires', withPower(validWithin('2026-09-01T00:00:00.000Z', DURING)), 'expired'],
      ['on a resolution the power does not cover', withPower(powerOf(withScope({ kind: 'resolution', resolutionId: 'r-8' }))), 'out_of_scope'],
      ['on a body the power does not cover', withPower(powerOf(withScope({ kind: 'body', body: { kind: 'council' } }))), 'out_of_scope'],
    ])('refuses a proxy %s', (_, attempted, reason) => {
      spec.given([]).when(attempted).thenRejects('PROXY_NOT_VALID', { reason });
    });
  });
});
