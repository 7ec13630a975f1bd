import type { CommandMetadata } from '#accord/kernel';
import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import { metadataAt } from '../testing/voting-fixtures.js';
import { councilAggregate, councilDecider, requireCouncilMembersEligible, type CouncilCommand } from './council.decide.js';
import type { CouncilEvent } from './council.events.js';

const spec = deciderSpec(councilDecider);
const metadata: CommandMetadata = metadataAt('2026-12-01T09:00:00.000Z', null, 'system:council_at_founding');
const atFounding = { kind: 'founding', eventId: 'event-established' } as const;
const byResolution = { kind: 'resolution', resolutionId: 'resolution-9' } as const;
const elect = (data: CouncilCommand['data']): CouncilCommand => ({ type: 'ElectCouncil', data, metadata });
const elected = (data: CouncilEvent['data']): CouncilEvent => ({ type: 'CouncilElected', data });

const first = elected({ memberOrganizationIds: ['org-ru', 'org-uz', 'org-kz'], decision: atFounding, electedOn: '2026-05-29' });

describe('council decider', () => {
  it('is the aggregate of the council category', () => {
    expect(councilAggregate.category).toBe('council');
  });

  it('records the council the founding assembly elected, each organization once', () => {
    spec
      .given([])
      .when(elect({ memberOrganizationIds: ['org-ru', 'org-uz', 'org-kz', 'org-ru'], decision: atFounding, electedOn: '2026-05-29' }))
      .then([first]);
  });

  it('records a council the general assembly re-elects, as the next term', () => {
    const second = elected({ memberOrganizationIds: ['org-ru', 'org-tj'], decision: byResolution, electedOn: '2026-11-20' });
    spec.given([first]).when(elect(second.data)).then([second]);
    spec.given([first, second]).thenState({ status: 'elected', ...second.data, term: 2 });
  });

  it('refuses a second council from the founding', () => {
    spec.given([first]).when(elect(first.data)).thenRejects('COUNCIL_ALREADY_ELECTED');
  });

  it('refuses a council without members', () => {
    spec.given([]).when(elect({ memberOrganizationIds: [], decision: byResolution, electedOn: '2026-11-20' })).thenRejects('COUNCIL_MEMBERS_REQUIRED');
  });

  it('refuses a council elected before the council in office', () => {
    spec
      .given([first])
      .when(elect({ memberOrganizationIds: ['org-ru'], decision: byResolution, electedOn: '2026-05-01' }))
      .thenRejects('COUNCIL_ELECTION_OUT_OF_ORDER');
  });

  it('seats only member organizations of the Association', () => {
    expect(() => requireCouncilMembersEligible(['org-ru', 'org-xx'], new Set(['org-ru']))).toThrow(
      expect.objectContaining({ code: 'COUNCIL_MEMBERS_NOT_ELIGIBLE', details: { organizationIds: ['org-xx'] } }),
    );
  });
});
