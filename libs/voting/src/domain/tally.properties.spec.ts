import fc from 'fast-check';
import type { BallotChoice, BallotRecord } from './ballot/ballot.events.js';
import { tally, type TallyInput } from './tally.js';
import type { Threshold, VotingRule } from './thresholds.js';
import { cast, changed, organizations } from './testing/voting-fixtures.js';

/** Each quorum with an independent statement of when `participants` of `electorate` meet it. */
const QUORUMS: readonly [Threshold, (participants: number, electorate: number) => boolean][] = [
  [{ numerator: 1, denominator: 2, comparison: 'more_than' }, (p, e) => p + p > e],
  [{ numerator: 1, denominator: 2, comparison: 'at_least' }, (p, e) => p + p >= e],
  [{ numerator: 2, denominator: 3, comparison: 'more_than' }, (p, e) => 3 * p > 2 * e],
  [{ numerator: 1, denominator: 3, comparison: 'at_least' }, (p, e) => 3 * p >= e],
];

/** Each rule stated without fractions: against the participants who did not vote for. */
const ADOPTS: Readonly<Record<VotingRule, (votesFor: number, participants: number) => boolean>> = {
  simple_majority: (votesFor, participants) => votesFor > participants - votesFor,
  qualified_two_thirds: (votesFor, participants) => votesFor >= 2 * (participants - votesFor),
  unanimity: (votesFor, participants) => votesFor === participants,
};

const choice = fc.constantFrom<BallotChoice>('for', 'against', 'abstain');

/** An electorate where each organization casts between none and four ballots, each stream in its own order. */
const scenario = fc
  .record({
    size: fc.integer({ min: 1, max: 9 }),
    rule: fc.constantFrom<VotingRule>('simple_majority', 'qualified_two_thirds', 'unanimity'),
    quorum: fc.integer({ min: 0, max: QUORUMS.length - 1 }),
    choices: fc.array(fc.array(choice, { maxLength: 4 }), { minLength: 9, maxLength: 9 }),
    recordAgainst: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  })
  .map(({ size, rule, quorum, choices, recordAgainst }) => {
    const electorate = organizations(size);
    const streams = electorate.map((organizationId, index) => streamOf(organizationId, choices[index], recordAgainst[index]));
    return { electorate, rule, quorum, streams };
  });

function streamOf(organizationId: string, choices: readonly BallotChoice[], recordAgainst: boolean): BallotRecord[] {
  return choices.map((current, index) => {
    const options = { recordAgainst: recordAgainst && current === 'against' };
    const eventId = `${organizationId}-${index}`;
    return index === 0
      ? cast(eventId, organizationId, current, options)
      : changed(eventId, organizationId, choices[index - 1], current, options);
  });
}

/** The streams merged in the order a schedule of stream indexes gives, each stream's own order kept. */
function interleave(streams: readonly BallotRecord[][], schedule: readonly number[]): BallotRecord[] {
  const next = streams.map(() => 0);
  return schedule.map((stream) => streams[stream][next[stream]++]);
}

const schedules = (streams: readonly BallotRecord[][]) =>
  fc.shuffledSubarray(
    streams.flatMap((stream, index) => stream.map(() => index)),
    { minLength: streams.flat().length, maxLength: streams.flat().length },
  );

const withInterleavings = scenario.chain((generated) =>
  fc.tuple(fc.constant(generated), schedules(generated.streams), schedules(generated.streams)),
);

describe('tally properties', () => {
  it('depends only on the last ballot of each organization, however the streams interleave', () => {
    fc.assert(
      fc.property(withInterleavings, ([{ electorate, rule, quorum, streams }, first, second]) => {
        const input = (ballots: BallotRecord[]): TallyInput => ({ electorate, rule, quorum: QUORUMS[quorum][0], ballots });
        const result = tally(input(interleave(streams, first)));
        expect(tally(input(interleave(streams, second)))).toEqual(result);
        const last = streams.filter((stream) => stream.length > 0).map((stream) => stream[stream.length - 1].data.choice);
        const votesFor = last.filter((current) => current === 'for').length;
        expect(result).toMatchObject({
          participants: last.length,
          for: votesFor,
          against: last.filter((current) => current === 'against').length,
          abstain: last.filter((current) => current === 'abstain').length,
        });
        const quorumReached = last.length > 0 && QUORUMS[quorum][1](last.length, electorate.length);
        expect(result.outcome).toBe(!quorumReached ? 'failed_quorum' : ADOPTS[rule](votesFor, last.length) ? 'adopted' : 'rejected');
      }),
    );
  });

  it('does not depend on the order of the electorate', () => {
    const permuted = scenario.chain((generated) =>
      fc.tuple(fc.constant(generated), fc.shuffledSubarray(generated.electorate, { minLength: generated.electorate.length })),
    );
    fc.assert(
      fc.property(permuted, ([{ electorate, rule, quorum, streams }, reordered]) => {
        const ballots = streams.flat();
        const threshold = QUORUMS[quorum][0];
        expect(tally({ electorate: reordered, rule, quorum: threshold, ballots })).toEqual(
          tally({ electorate, rule, quorum: threshold, ballots }),
        );
      }),
    );
  });

  it('never changes the count for a ballot from outside the electorate', () => {
    const withOutsider = scenario.chain((generated) =>
      fc.tuple(fc.constant(generated), choice, fc.integer({ min: 0, max: generated.streams.flat().length })),
    );
    fc.assert(
      fc.property(withOutsider, ([{ electorate, rule, quorum, streams }, outsiderChoice, at]) => {
        const ballots = streams.flat();
        const outsider = cast('outsider-0', 'org-outside', outsiderChoice, { recordAgainst: outsiderChoice === 'against' });
        const threshold = QUORUMS[quorum][0];
        const { ignoredBallotIds, ...without } = tally({ electorate, rule, quorum: threshold, ballots });
        const withOutsiderBallot = [...ballots.slice(0, at), outsider, ...ballots.slice(at)];
        const withBallot = tally({ electorate, rule, quorum: threshold, ballots: withOutsiderBallot });
        expect(ignoredBallotIds).toEqual([]);
        expect(withBallot).toEqual({ ...without, ignoredBallotIds: ['outsider-0'] });
      }),
    );
  });
});
