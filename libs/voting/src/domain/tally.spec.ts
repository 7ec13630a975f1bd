import { DomainRuleViolation } from '#accord/kernel';
import type { BallotChoice, BallotRecord } from './ballot/ballot.events.js';
import { tally, type TallyInput } from './tally.js';
import { DEFAULT_QUORUM, type Threshold, type VotingRule } from './thresholds.js';
import { cast, changed, firstBallots, organizations } from './testing/voting-fixtures.js';

const repeat = (choice: BallotChoice, times: number): BallotChoice[] => Array.from({ length: times }, () => choice);

function vote(
  electorateSize: number,
  choices: readonly BallotChoice[],
  rule: VotingRule = 'simple_majority',
  quorum: Threshold = DEFAULT_QUORUM,
) {
  return tally({ electorate: organizations(electorateSize), rule, quorum, ballots: firstBallots(choices) });
}

function refusalOf(input: TallyInput): DomainRuleViolation {
  try {
    tally(input);
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error;
    throw error;
  }
  throw new Error('the ballots were counted');
}

describe('tally', () => {
  describe('quorum', () => {
    it('fails for lack of quorum when nobody takes part', () => {
      expect(vote(5, [])).toMatchObject({ participants: 0, quorumReached: false, outcome: 'failed_quorum' });
    });

    it('fails for lack of quorum when exactly half of the electorate takes part', () => {
      expect(vote(4, ['for', 'for'])).toMatchObject({ participants: 2, for: 2, quorumReached: false, outcome: 'failed_quorum' });
    });

    it('reaches the quorum when more than half of the electorate takes part', () => {
      expect(vote(4, ['for', 'for', 'against'])).toMatchObject({ participants: 3, quorumReached: true, outcome: 'adopted' });
    });

    it('counts abstentions towards the quorum', () => {
      expect(vote(4, ['for', 'for', 'abstain'])).toMatchObject({ participants: 3, abstain: 1, quorumReached: true });
    });

    it('reaches an inclusive quorum at exactly its threshold', () => {
      const atLeastHalf: Threshold = { numerator: 1, denominator: 2, comparison: 'at_least' };
      expect(vote(4, ['for', 'for'], 'simple_majority', atLeastHalf)).toMatchObject({ quorumReached: true, outcome: 'adopted' });
    });

    it('does not reach a strict two-thirds quorum at exactly two thirds', () => {
      const moreThanTwoThirds: Threshold = { numerator: 2, denominator: 3, comparison: 'more_than' };
      expect(vote(6, repeat('for', 4), 'simple_majority', moreThanTwoThirds).quorumReached).toBe(false);
      expect(vote(6, repeat('for', 5), 'simple_majority', moreThanTwoThirds).quorumReached).toBe(true);
    });

    it('fails for lack of quorum in an empty electorate, whatever the threshold', () => {
      const atLeastHalf: Threshold = { numerator: 1, denominator: 2, comparison: 'at_least' };
      expect(vote(0, [], 'simple_majority', atLeastHalf)).toMatchObject({
        electorateSize: 0,
        quorumReached: false,
        outcome: 'failed_quorum',
      });
    });

    it('decides nothing without a quorum even when everyone who voted was for', () => {
      expect(vote(10, repeat('for', 5), 'unanimity').outcome).toBe('failed_quorum');
    });

    it('gives the participation and the threshold as the reason for a failed quorum', () => {
      expect(vote(10, repeat('for', 5)).reason).toEqual({
        ru: 'Кворум не достигнут: участвовали 5 из 10, требуется более 1/2; решение без кворума ничтожно (ГК РФ, ст. 181.5)',
        en: 'No quorum: 5 of 10 took part, more than 1/2 needed; a decision without a quorum is void (Civil Code art. 181.5)',
      });
    });
  });

  describe('simple majority', () => {
    it('adopts when more than half of the participants vote for', () => {
      expect(vote(5, ['for', 'for', 'for', 'against', 'abstain'])).toMatchObject({ for: 3, against: 1, abstain: 1, outcome: 'adopted' });
    });

    it('rejects at exactly half of the participants', () => {
      expect(vote(4, ['for', 'for', 'against', 'against'])).toMatchObject({ for: 2, participants: 4, outcome: 'rejected' });
    });

    it('rejects when abstentions keep "for" at half, with nobody against', () => {
      expect(vote(4, ['for', 'for', 'abstain', 'abstain'])).toMatchObject({ against: 0, outcome: 'rejected' });
    });

    it('measures the majority against the participants, not the electorate', () => {
      expect(vote(9, ['for', 'for', 'for', 'against', 'abstain'])).toMatchObject({ for: 3, participants: 5, outcome: 'adopted' });
    });

    it('rejects when every participant abstains, though they make the quorum', () => {
      expect(vote(3, repeat('abstain', 3))).toMatchObject({
        participants: 3,
        for: 0,
        abstain: 3,
        quorumReached: true,
        outcome: 'rejected',
      });
    });

    it('gives the count and the rule as the reason', () => {
      expect(vote(4, ['for', 'for', 'against', 'against']).reason).toEqual({
        ru: 'Решение не принято: «за» 2 из 4 участников, требуется более половины участников',
        en: 'Rejected: 2 of 4 participants voted for, more than half of the participants needed',
      });
    });
  });

  describe('qualified majority of two thirds', () => {
    it('adopts at exactly two thirds of the participants', () => {
      expect(vote(6, ['for', 'for', 'for', 'for', 'against', 'abstain'], 'qualified_two_thirds')).toMatchObject({
        for: 4,
        participants: 6,
        outcome: 'adopted',
      });
    });

    it('rejects just below two thirds', () => {
      expect(vote(5, ['for', 'for', 'for', 'against', 'against'], 'qualified_two_thirds').outcome).toBe('rejected');
    });

    it('rejects a simple majority that falls short of two thirds', () => {
      expect(vote(7, ['for', 'for', 'for', 'for', 'against', 'against', 'abstain'], 'qualified_two_thirds').outcome).toBe('rejected');
    });

    it('gives the qualified rule as the reason', () => {
      expect(vote(3, ['for', 'for', 'against'], 'qualified_two_thirds').reason).toEqual({
        ru: 'Решение принято: «за» 2 из 3 участников, требуется не менее двух третей участников',
        en: 'Adopted: 2 of 3 participants voted for, at least two thirds of the participants needed',
      });
    });
  });

  describe('unanimity', () => {
    it('adopts when every participant votes for, whoever stayed away', () => {
      expect(vote(5, repeat('for', 3), 'unanimity')).toMatchObject({ participants: 3, outcome: 'adopted' });
    });

    it('rejects on a single abstention', () => {
      expect(vote(5, ['for', 'for', 'for', 'abstain'], 'unanimity').outcome).toBe('rejected');
    });

    it('rejects on a single vote against', () => {
      expect(vote(3, ['against', 'for', 'for'], 'unanimity').outcome).toBe('rejected');
    });
  });

  describe('an electorate of one', () => {
    it('adopts when the only member votes for', () => {
      expect(vote(1, ['for'])).toMatchObject({ electorateSize: 1, participants: 1, quorumReached: true, outcome: 'adopted' });
    });

    it('rejects when the only member abstains', () => {
      expect(vote(1, ['abstain'], 'unanimity').outcome).toBe('rejected');
    });

    it('fails for lack of quorum when the only member does not vote', () => {
      expect(vote(1, []).outcome).toBe('failed_quorum');
    });
  });

  describe('changed ballots', () => {
    const electorate = organizations(3);
    const base = { electorate, rule: 'simple_majority' as const, quorum: DEFAULT_QUORUM };

    it('counts only the last ballot of each organization', () => {
      const ballots = [
        cast('e1', 'org-01', 'for'),
        cast('e2', 'org-02', 'for'),
        changed('e3', 'org-01', 'for', 'against'),
        changed('e4', 'org-02', 'for', 'against'),
        cast('e5', 'org-03', 'for'),
      ];
      expect(tally({ ...base, ballots })).toMatchObject({ participants: 3, for: 1, against: 2, outcome: 'rejected' });
    });

    it('lists the event of each last ballot as the one counted', () => {
      const ballots = [cast('e1', 'org-01', 'for'), changed('e2', 'org-01', 'for', 'abstain'), changed('e3', 'org-01', 'abstain', 'for')];
      expect(tally({ ...base, ballots }).counted).toEqual([
        { organizationId: 'org-01', ballotEventId: 'e3', choice: 'for', proxy: null },
      ]);
    });

    it('counts an event that was read twice once', () => {
      const ballots = [cast('e1', 'org-01', 'for'), cast('e1', 'org-01', 'for'), cast('e2', 'org-02', 'against')];
      expect(tally({ ...base, ballots })).toMatchObject({ participants: 2, for: 1, against: 1 });
    });

    it('lists counted ballots by organization id, whatever order they were read in', () => {
      const ballots = [cast('e3', 'org-03', 'for'), cast('e1', 'org-01', 'against'), cast('e2', 'org-02', 'abstain')];
      expect(tally({ ...base, ballots }).counted.map((ballot) => ballot.organizationId)).toEqual(['org-01', 'org-02', 'org-03']);
    });

    it('keeps the proxy that cast a counted ballot', () => {
      const proxy = { proxyOrganizationId: 'org-02', powerOfAttorneyId: 'poa-1' };
      expect(tally({ ...base, ballots: [cast('e1', 'org-01', 'for', { proxy })] }).counted).toEqual([
        { organizationId: 'org-01', ballotEventId: 'e1', choice: 'for', proxy },
      ]);
    });

    it.each<[string, BallotRecord[]]>([
      ['a change before the first ballot', [changed('e2', 'org-01', 'for', 'against'), cast('e1', 'org-01', 'for')]],
      ['a second first ballot', [cast('e1', 'org-01', 'for'), cast('e2', 'org-01', 'against')]],
      [
        'a change that does not follow the ballot it replaces',
        [cast('e1', 'org-01', 'for'), changed('e3', 'org-01', 'against', 'abstain'), changed('e2', 'org-01', 'for', 'against')],
      ],
    ])('refuses %s as ballots out of order', (_, ballots) => {
      expect(refusalOf({ ...base, ballots })).toMatchObject({ code: 'BALLOTS_OUT_OF_ORDER', details: { organizationId: 'org-01' } });
    });
  });

  describe('ballots from outside the electorate', () => {
    const base = { electorate: organizations(3), rule: 'simple_majority' as const, quorum: DEFAULT_QUORUM };

    it('ignores them and reports their events', () => {
      const ballots = [
        cast('e1', 'org-01', 'for'),
        cast('e2', 'org-02', 'for'),
        cast('e9', 'org-99', 'against'),
        changed('e8', 'org-99', 'against', 'for'),
      ];
      expect(tally({ ...base, ballots })).toMatchObject({
        electorateSize: 3,
        participants: 2,
        for: 2,
        against: 0,
        ignoredBallotIds: ['e8', 'e9'],
      });
    });

    it('reports nothing when every ballot is from the electorate', () => {
      expect(tally({ ...base, ballots: [cast('e1', 'org-01', 'for')] }).ignoredBallotIds).toEqual([]);
    });
  });

  describe('votes against recorded in the minutes', () => {
    const base = { electorate: organizations(4), rule: 'simple_majority' as const, quorum: DEFAULT_QUORUM };

    it('lists the organizations whose last ballot is against and asks for the record', () => {
      const ballots = [
        cast('e1', 'org-01', 'against', { recordAgainst: true }),
        cast('e2', 'org-02', 'against'),
        cast('e3', 'org-03', 'against', { recordAgainst: true }),
        changed('e4', 'org-03', 'against', 'for'),
        cast('e5', 'org-04', 'for'),
      ];
      expect(tally({ ...base, ballots }).recordedAgainstIds).toEqual(['org-01']);
    });

    it('does not list an organization outside the electorate', () => {
      const ballots = [cast('e1', 'org-01', 'for'), cast('e9', 'org-99', 'against', { recordAgainst: true })];
      expect(tally({ ...base, ballots }).recordedAgainstIds).toEqual([]);
    });
  });
});
