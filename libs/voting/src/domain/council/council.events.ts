import type { DomainEvent } from '#accord/kernel';

/** The decision that elected a council: the founding assembly (by the establishment) or a resolution of the general assembly. */
export type CouncilElection =
  | { readonly kind: 'founding'; readonly eventId: string }
  | { readonly kind: 'resolution'; readonly resolutionId: string };

export type CouncilEvent = DomainEvent<
  'CouncilElected',
  {
    /** The member organizations that sit on the council; each votes through its representative. */
    readonly memberOrganizationIds: readonly string[];
    readonly decision: CouncilElection;
    /** The legal date of the election (ISO calendar date). */
    readonly electedOn: string;
  }
>;
