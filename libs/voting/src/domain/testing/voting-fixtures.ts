import type { CommandMetadata } from '#accord/kernel';
import { metadataAt as metadataOfCommandAt } from '../../../../kernel/src/testing/decider-spec.js';
import type { BallotChoice, BallotData, BallotRecord, ProxyReference } from '../ballot/ballot.events.js';

export const RESOLUTION_ID = 'resolution-7';
export const OPENED_AT = '2026-09-10T09:00:00.000Z';
export const CLOSES_AT = '2026-09-17T18:00:00.000Z';

/** A command's metadata at `now`, given on behalf of a member organization or by the secretariat. */
export function metadataAt(now: string, onBehalfOf: string | null = null, actorId = 'account-secretariat'): CommandMetadata {
  return metadataOfCommandAt(now, actorId, onBehalfOf);
}

/** `org-01`, `org-02`, …: ids that sort in the order they are made. */
export function organizations(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `org-${String(index + 1).padStart(2, '0')}`);
}

interface BallotOptions {
  readonly recordAgainst?: boolean;
  readonly proxy?: ProxyReference | null;
  readonly resolutionId?: string;
}

function ballotData(organizationId: string, choice: BallotChoice, options: BallotOptions): BallotData {
  return {
    resolutionId: options.resolutionId ?? RESOLUTION_ID,
    organizationId,
    choice,
    recordAgainst: options.recordAgainst ?? false,
    castBy: `account-${organizationId}`,
    proxy: options.proxy ?? null,
    castAt: '2026-09-12T10:00:00.000Z',
  };
}

export function cast(eventId: string, organizationId: string, choice: BallotChoice, options: BallotOptions = {}): BallotRecord {
  return { eventId, type: 'BallotCast', data: ballotData(organizationId, choice, options) };
}

export function changed(
  eventId: string,
  organizationId: string,
  previousChoice: BallotChoice,
  choice: BallotChoice,
  options: BallotOptions = {},
): BallotRecord {
  return { eventId, type: 'BallotChanged', data: { ...ballotData(organizationId, choice, options), previousChoice } };
}

/** One first ballot per choice, from `org-01` on, with event ids `ballot-org-01`, … */
export function firstBallots(choices: readonly BallotChoice[]): BallotRecord[] {
  return organizations(choices.length).map((organizationId, index) => cast(`ballot-${organizationId}`, organizationId, choices[index]));
}
