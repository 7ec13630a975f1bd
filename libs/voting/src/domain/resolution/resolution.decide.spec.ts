import { fold, type CommandMetadata } from '#accord/kernel';
import { deciderSpec } from '../../../../kernel/src/testing/decider-spec.js';
import { competenceTable, DEFAULT_COMPETENCE } from '../competence.js';
import type { Motion } from '../motion.js';
import { tally } from '../tally.js';
import type { BallotRecord } from '../ballot/ballot.events.js';
import { cast, changed, CLOSES_AT, metadataAt, OPENED_AT, organizations, RESOLUTION_ID } from '../testing/voting-fixtures.js';
import { DEFAULT_QUORUM } from '../thresholds.js';
import { resolutionAggregate, resolutionDecider, type ResolutionCommand } from './resolution.decide.js';
import type { ResolutionDraft, ResolutionEvent, VotingArrangements } from './resolution.events.js';
import { votingSessionOf } from './resolution.state.js';

const DRAFTED_AT = '2026-09-01T09:00:00.000Z';
const AFTER_CLOSE = '2026-09-18T09:00:00.000Z';

const command = <Type extends ResolutionCommand['type']>(
  type: Type,
  data: Extract<ResolutionCommand, { type: Type }>['data'],
  metadata: CommandMetadata = metadataAt(DRAFTED_AT),
): ResolutionCommand => ({ type, data, metadata }) as ResolutionCommand;
const spec = deciderSpec(resolutionDecider);

const admission: Motion = { kind: 'admit_member', memberId: 'org-tj', membership: 'full' };
const draft: ResolutionDraft = {
  resolutionId: RESOLUTION_ID,
  title: { ru: 'О приёме в члены Объединения', en: 'On admission to membership' },
  text: { ru: 'Принять организацию в члены Объединения', en: 'Admit the organization to membership' },
  body: { kind: 'general_assembly' },
  rule: 'simple_majority',
  quorum: DEFAULT_QUORUM,
  motion: admission,
};
const { quorum: _defaultQuorum, ...draftFields } = draft;
const draftInput = { ...draftFields, competence: DEFAULT_COMPETENCE };
const drafted: ResolutionEvent = { type: 'ResolutionDrafted', data: { ...draft, draftedAt: DRAFTED_AT } };
const draftedWithoutMotion: ResolutionEvent = { type: 'ResolutionDrafted', data: { ...draft, motion: null, draftedAt: DRAFTED_AT } };
const amendedText = { ru: 'Принять организацию в полноправные члены Объединения', en: null };
const amended: ResolutionEvent = {
  type: 'ResolutionAmended',
  data: { version: 2, text: amendedText, amendedAt: '2026-09-05T09:00:00.000Z' },
};

const electorate = organizations(5);
const venue = { kind: 'online' as const, url: 'https://accord.example.org/votes/resolution-7' };
const countedBy = [{ ru: 'Иванова Анна Сергеевна, секретарь', en: 'Anna Ivanova, secretary' }];
const opening = { closesAt: CLOSES_AT, electorate, venue, countedBy, competence: DEFAULT_COMPETENCE };
const arrangements: VotingArrangements = {
  openedAt: OPENED_AT,
  closesAt: CLOSES_AT,
  electorate,
  rule: 'simple_majority',
  quorum: DEFAULT_QUORUM,
  textVersion: 1,
  venue,
  countedBy,
};
const opened: ResolutionEvent = { type: 'VotingOpened', data: arrangements };
const ballots = [
  cast('b1', 'org-01', 'for'),
  cast('b2', 'org-02', 'for'),
  cast('b3', 'org-03', 'against', { recordAgainst: true }),
  cast('b4', 'org-04', 'for'),
];
const adoption = tally({ electorate, rule: 'simple_majority', quorum: DEFAULT_QUORUM, ballots });
const closed: ResolutionEvent = { type: 'VotingClosed', data: { closedAt: AFTER_CLOSE, ...adoption } };
const rejection = tally({
  electorate,
  rule: 'simple_majority',
  quorum: DEFAULT_QUORUM,
  ballots: [cast('b1', 'org-01', 'for'), cast('b2', 'org-02', 'against'), cast('b3', 'org-03', 'against')],
});
const closedRejected: ResolutionEvent = { type: 'VotingClosed', data: { closedAt: AFTER_CLOSE, ...rejection } };
const withdrawn: ResolutionEvent = {
  type: 'ResolutionWithdrawn',
  data: { reason: { ru: 'Заявитель отозвал заявление', en: 'The applicant withdrew' }, withdrawnAt: '2026-09-12T09:00:00.000Z' },
};

const inDraft = [drafted];
const inVoting = [drafted, opened];
const adopted = [drafted, opened, closed];
const rejected = [drafted, opened, closedRejected];
const atOpening = metadataAt(OPENED_AT);
const afterClose = metadataAt(AFTER_CLOSE);
const consequenceEvents = ['event-admitted'];
/** The charter in force asks for two thirds to admit a member, a rule stricter than the draft's. */
const stricterCharter = competenceTable([{ body: 'general_assembly', question: 'member_admission', rule: 'qualified_majority' }]);

describe('resolution decider', () => {
  it('is the aggregate of the resolution category', () => {
    expect(resolutionAggregate.category).toBe('resolution');
  });

  describe('drafting', () => {
    it('drafts a resolution with a quorum of more than one half when none is given', () => {
      spec.given([]).when(command('DraftResolution', draftInput)).then([drafted]);
    });

    it('drafts a resolution without a motion', () => {
      spec.given([]).when(command('DraftResolution', { ...draftInput, motion: null })).then([draftedWithoutMotion]);
    });

    it('keeps a stricter quorum that it is given', () => {
      const quorum = { numerator: 2, denominator: 3, comparison: 'at_least' as const };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, quorum }))
        .then([{ type: 'ResolutionDrafted', data: { ...draft, quorum, draftedAt: DRAFTED_AT } }]);
    });

    it('lets a council have a quorum below one half', () => {
      const quorum = { numerator: 1, denominator: 3, comparison: 'at_least' as const };
      const body = { kind: 'council' as const };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body, quorum, motion: null }))
        .then([{ type: 'ResolutionDrafted', data: { ...draft, body, quorum, motion: null, draftedAt: DRAFTED_AT } }]);
    });

    it('keeps a charter motion with its hash in lowercase', () => {
      const charter: Motion = { kind: 'adopt_charter_draft', draftNumber: 3, sha256: 'AB'.repeat(32) };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, rule: 'qualified_two_thirds', motion: charter }))
        .then([
          {
            type: 'ResolutionDrafted',
            data: { ...draft, rule: 'qualified_two_thirds', motion: { ...charter, sha256: 'ab'.repeat(32) }, draftedAt: DRAFTED_AT },
          },
        ]);
    });

    it('refuses to draft a resolution twice', () => {
      spec.given(inDraft).when(command('DraftResolution', draftInput)).thenRejects('RESOLUTION_ALREADY_DRAFTED');
    });

    it('refuses a title without its Russian text', () => {
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, title: { ru: ' ', en: 'Admission' } }))
        .thenRejects('TEXT_REQUIRED', { field: 'title' });
    });

    it('refuses a resolution without its Russian text', () => {
      spec.given([]).when(command('DraftResolution', { ...draftInput, text: { ru: '', en: null } })).thenRejects('TEXT_REQUIRED', { field: 'text' });
    });

    it('refuses a vote of a working group that does not name the group', () => {
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, motion: null, body: { kind: 'working_group', workingGroupId: '' } }))
        .thenRejects('INVALID_VOTING_BODY');
    });

    it('refuses a resolution id that would make ballot stream ids ambiguous', () => {
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, resolutionId: 'resolution_7' }))
        .thenRejects('INVALID_RESOLUTION_ID');
    });

    it('refuses a blank resolution id', () => {
      spec.given([]).when(command('DraftResolution', { ...draftInput, resolutionId: '' })).thenRejects('IDENTIFIER_REQUIRED');
    });

    it('refuses a general assembly quorum of one half inclusive, which the law does not allow', () => {
      const quorum = { numerator: 1, denominator: 2, comparison: 'at_least' as const };
      spec.given([]).when(command('DraftResolution', { ...draftInput, quorum })).thenRejects('QUORUM_BELOW_LEGAL_MINIMUM');
    });

    it.each([
      ['a quorum no participation can exceed', { numerator: 1, denominator: 1, comparison: 'more_than' as const }],
      ['a quorum met without participants', { numerator: 0, denominator: 3, comparison: 'at_least' as const }],
      ['a quorum above the whole electorate', { numerator: 4, denominator: 3, comparison: 'at_least' as const }],
      ['a quorum with a zero denominator', { numerator: 0, denominator: 0, comparison: 'more_than' as const }],
      ['a quorum of fractional numbers', { numerator: 0.5, denominator: 1, comparison: 'more_than' as const }],
      ['a quorum with a negative numerator', { numerator: -1, denominator: 2, comparison: 'more_than' as const }],
      ['a quorum with an unknown comparison', { numerator: 1, denominator: 2, comparison: 'exceeds' as 'more_than' }],
    ])('refuses %s', (_, quorum) => {
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body: { kind: 'council' }, quorum }))
        .thenRejects('INVALID_QUORUM_THRESHOLD');
    });

    it('refuses a motion with missing fields and lists them', () => {
      const expulsion = command('DraftResolution', { ...draftInput, motion: { kind: 'expel_member', memberId: '' } });
      spec.given([]).when(expulsion).thenRejects('INVALID_MOTION', { problems: [{ field: 'memberId' }] });
    });

    it('refuses a charter amendment put to the council', () => {
      const charter: Motion = { kind: 'adopt_charter_draft', draftNumber: 3, sha256: 'ab'.repeat(32) };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body: { kind: 'council' }, rule: 'unanimity', motion: charter }))
        .thenRejects('MOTION_NEEDS_GENERAL_ASSEMBLY');
    });

    it('refuses an expulsion decided by a working group, which decides only its own work', () => {
      const expulsion: Motion = { kind: 'expel_member', memberId: 'org-tj' };
      const body = { kind: 'working_group' as const, workingGroupId: 'wg-1' };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body, motion: expulsion }))
        .thenRejects('MOTION_NEEDS_GENERAL_ASSEMBLY', { subject: 'expel_member', body: 'working_group', competentBodies: ['general_assembly'] });
    });

    it('refuses a working group establishing another working group', () => {
      const body = { kind: 'working_group' as const, workingGroupId: 'wg-1' };
      const establishment: Motion = {
        kind: 'establish_working_group',
        workingGroupId: 'wg-2',
        name: { ru: 'Подгруппа', en: null },
        mandate: { ru: 'Мандат', en: null },
        chairOrganizationId: 'org-01',
        memberOrganizationIds: ['org-01'],
      };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body, motion: establishment }))
        .thenRejects('MOTION_OUTSIDE_BODY_COMPETENCE', { competentBodies: ['general_assembly', 'council'] });
    });

    it('lets a working group decide on its own work, a resolution without a motion', () => {
      const body = { kind: 'working_group' as const, workingGroupId: 'wg-1' };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body, motion: null }))
        .then([{ type: 'ResolutionDrafted', data: { ...draft, body, motion: null, draftedAt: DRAFTED_AT } }]);
    });

    it('lets the council authorize an appeal', () => {
      const body = { kind: 'council' as const };
      const motion: Motion = { kind: 'authorize_appeal', appealId: 'appeal-3' };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body, motion }))
        .then([{ type: 'ResolutionDrafted', data: { ...draft, body, motion, draftedAt: DRAFTED_AT } }]);
    });

    it('refuses a council election put to the council', () => {
      const motion: Motion = { kind: 'elect_council', memberOrganizationIds: ['org-01'] };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, body: { kind: 'council' }, motion }))
        .thenRejects('MOTION_NEEDS_GENERAL_ASSEMBLY');
    });

    it('refuses an expulsion by less than the unanimity the charter asks for', () => {
      const competence = competenceTable([{ body: 'general_assembly', question: 'member_expulsion', rule: 'unanimity' }]);
      const motion: Motion = { kind: 'expel_member', memberId: 'org-tj' };
      spec
        .given([])
        .when(command('DraftResolution', { ...draftInput, rule: 'qualified_two_thirds', motion, competence }))
        .thenRejects('MOTION_NEEDS_UNANIMITY', { minimumRule: 'unanimity', rule: 'qualified_two_thirds' });
    });

    it('refuses a charter amendment by a simple majority', () => {
      const charter: Motion = { kind: 'adopt_charter_draft', draftNumber: 3, sha256: 'ab'.repeat(32) };
      spec.given([]).when(command('DraftResolution', { ...draftInput, motion: charter })).thenRejects('MOTION_NEEDS_QUALIFIED_MAJORITY');
    });
  });

  describe('amendments', () => {
    const amend = command('AmendResolution', { competence: DEFAULT_COMPETENCE, text: amendedText }, metadataAt('2026-09-05T09:00:00.000Z'));

    it('records a new text as version 2', () => {
      spec.given(inDraft).when(amend).then([amended]);
    });

    it('refuses to amend a resolution its body may no longer decide by its rule under the charter in force', () => {
      spec
        .given(inDraft)
        .when(command('AmendResolution', { competence: stricterCharter, text: amendedText }))
        .thenRejects('MOTION_NEEDS_QUALIFIED_MAJORITY');
    });

    it('numbers each further version', () => {
      spec
        .given([drafted, amended])
        .when(command('AmendResolution', { competence: DEFAULT_COMPETENCE, text: draft.text }))
        .then([{ type: 'ResolutionAmended', data: { version: 3, text: draft.text, amendedAt: DRAFTED_AT } }]);
    });

    it('treats the same text again as no amendment', () => {
      spec.given(inDraft).when(command('AmendResolution', { competence: DEFAULT_COMPETENCE, text: draft.text })).then([]);
    });

    it('refuses a text without its Russian version', () => {
      spec
        .given(inDraft)
        .when(command('AmendResolution', { competence: DEFAULT_COMPETENCE, text: { ru: '', en: 'Text' } }))
        .thenRejects('TEXT_REQUIRED');
    });

    it.each<[string, ResolutionEvent[], string]>([
      ['a resolution that does not exist', [], 'RESOLUTION_NOT_FOUND'],
      ['a resolution whose vote is open', inVoting, 'VOTING_IN_PROGRESS'],
      ['a resolution whose vote is closed', adopted, 'VOTING_CLOSED'],
      ['a withdrawn resolution', [drafted, withdrawn], 'RESOLUTION_WITHDRAWN'],
    ])('refuses to amend %s', (_, history, code) => {
      spec.given(history).when(amend).thenRejects(code);
    });
  });

  describe('withdrawal', () => {
    const withdraw = command('WithdrawResolution', { reason: withdrawn.data.reason }, metadataAt('2026-09-12T09:00:00.000Z'));

    it('withdraws a draft', () => {
      spec.given(inDraft).when(withdraw).then([withdrawn]);
    });

    it('withdraws a resolution while its vote is open', () => {
      spec.given(inVoting).when(withdraw).then([withdrawn]);
    });

    it('refuses a withdrawal without a reason', () => {
      spec.given(inDraft).when(command('WithdrawResolution', { reason: { ru: '', en: null } })).thenRejects('TEXT_REQUIRED');
    });

    it.each<[string, ResolutionEvent[], string]>([
      ['a resolution that does not exist', [], 'RESOLUTION_NOT_FOUND'],
      ['a resolution whose vote is closed', adopted, 'VOTING_CLOSED'],
      ['a withdrawn resolution', [drafted, withdrawn], 'RESOLUTION_WITHDRAWN'],
    ])('refuses to withdraw %s', (_, history, code) => {
      spec.given(history).when(withdraw).thenRejects(code);
    });
  });

  describe('opening the vote', () => {
    it('freezes the electorate, the rule, the quorum and the text, with the venue and who counts', () => {
      spec.given(inDraft).when(command('OpenVoting', opening, atOpening)).then([opened]);
    });

    it('refuses to open a resolution its body may no longer decide by its rule under the charter in force', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, competence: stricterCharter }, atOpening))
        .thenRejects('MOTION_NEEDS_QUALIFIED_MAJORITY');
    });

    it('freezes the latest text version', () => {
      spec
        .given([drafted, amended])
        .when(command('OpenVoting', opening, atOpening))
        .then([{ type: 'VotingOpened', data: { ...arrangements, textVersion: 2 } }]);
    });

    it('lists each organization of the electorate once', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, electorate: [...electorate, 'org-01', 'org-03'] }, atOpening))
        .then([opened]);
    });

    it('keeps the closing time in UTC', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, closesAt: '2026-09-17T21:00:00+03:00' }, atOpening))
        .then([opened]);
    });

    it('records a vote held in a place', () => {
      const place = { kind: 'place' as const, address: { ru: 'Москва, ул. Тверская, д. 1', en: null } };
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, venue: place }, atOpening))
        .then([{ type: 'VotingOpened', data: { ...arrangements, venue: place } }]);
    });

    it('refuses a closing time that is not after the opening', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, closesAt: OPENED_AT }, atOpening))
        .thenRejects('CLOSING_TIME_NOT_IN_FUTURE', { closesAt: OPENED_AT, openedAt: OPENED_AT });
    });

    it('refuses a closing time that is not an ISO timestamp', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, closesAt: '17.09.2026 18:00' }, atOpening))
        .thenRejects('INVALID_TIMESTAMP');
    });

    it('refuses an empty electorate', () => {
      spec.given(inDraft).when(command('OpenVoting', { ...opening, electorate: [] }, atOpening)).thenRejects('EMPTY_ELECTORATE');
    });

    it('refuses a blank organization id in the electorate', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, electorate: ['org-01', ' '] }, atOpening))
        .thenRejects('IDENTIFIER_REQUIRED', { field: 'electorate[1]' });
    });

    it('refuses a vote without anyone to count it', () => {
      spec.given(inDraft).when(command('OpenVoting', { ...opening, countedBy: [] }, atOpening)).thenRejects('VOTE_COUNTER_REQUIRED');
    });

    it('refuses a vote counter without a name', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, countedBy: [{ ru: '', en: 'Secretary' }] }, atOpening))
        .thenRejects('TEXT_REQUIRED');
    });

    it('refuses a place without an address', () => {
      const place = { kind: 'place' as const, address: { ru: '', en: null } };
      spec.given(inDraft).when(command('OpenVoting', { ...opening, venue: place }, atOpening)).thenRejects('TEXT_REQUIRED');
    });

    it('refuses an online vote without a web address', () => {
      spec
        .given(inDraft)
        .when(command('OpenVoting', { ...opening, venue: { kind: 'online', url: 'zoom meeting' } }, atOpening))
        .thenRejects('INVALID_VENUE');
    });

    it.each<[string, ResolutionEvent[], string]>([
      ['a resolution that does not exist', [], 'RESOLUTION_NOT_FOUND'],
      ['a vote that is already open', inVoting, 'VOTING_IN_PROGRESS'],
      ['a vote that is closed', adopted, 'VOTING_CLOSED'],
      ['a withdrawn resolution', [drafted, withdrawn], 'RESOLUTION_WITHDRAWN'],
    ])('refuses to open %s', (_, history, code) => {
      spec.given(history).when(command('OpenVoting', opening, atOpening)).thenRejects(code);
    });
  });

  describe('closing the vote', () => {
    const closeWith = (read: readonly BallotRecord[]) =>
      resolutionDecider.decide(command('CloseVoting', { ballots: read }, afterClose), fold(resolutionDecider, inVoting));

    it('counts the ballots and records the tally, the outcome and its reason', () => {
      spec.given(inVoting).when(command('CloseVoting', { ballots }, afterClose)).then([closed]);
    });

    it('closes at exactly the closing time', () => {
      spec
        .given(inVoting)
        .when(command('CloseVoting', { ballots }, metadataAt(CLOSES_AT)))
        .then([{ type: 'VotingClosed', data: { closedAt: CLOSES_AT, ...adoption } }]);
    });

    it('records the counted ballot events and who asked for their vote against to be recorded', () => {
      const [event] = closeWith(ballots);
      expect(event).toMatchObject({
        type: 'VotingClosed',
        data: { outcome: 'adopted', for: 3, against: 1, recordedAgainstIds: ['org-03'] },
      });
      expect(event.type === 'VotingClosed' && event.data.counted.map((ballot) => ballot.ballotEventId)).toEqual(['b1', 'b2', 'b3', 'b4']);
    });

    it('records a vote without a quorum as failed', () => {
      const [event] = closeWith(ballots.slice(0, 2));
      expect(event).toMatchObject({ type: 'VotingClosed', data: { participants: 2, quorumReached: false, outcome: 'failed_quorum' } });
    });

    it('counts against the electorate frozen at opening', () => {
      const outsider = cast('b9', 'org-09', 'against');
      const [event] = closeWith([...ballots, outsider]);
      expect(event).toMatchObject({ type: 'VotingClosed', data: { electorateSize: 5, against: 1, ignoredBallotIds: ['b9'] } });
    });

    it('refuses to close before the closing time', () => {
      spec
        .given(inVoting)
        .when(command('CloseVoting', { ballots }, metadataAt('2026-09-17T17:59:59.999Z')))
        .thenRejects('CLOSING_TIME_NOT_REACHED', { closesAt: CLOSES_AT });
    });

    it('refuses a ballot of another resolution', () => {
      const stray = cast('b9', 'org-05', 'for', { resolutionId: 'resolution-8' });
      spec
        .given(inVoting)
        .when(command('CloseVoting', { ballots: [...ballots, stray] }, afterClose))
        .thenRejects('BALLOT_OF_ANOTHER_RESOLUTION', { eventId: 'b9', resolutionId: 'resolution-8' });
    });

    it('refuses ballots read out of their stream order', () => {
      spec
        .given(inVoting)
        .when(command('CloseVoting', { ballots: [changed('b5', 'org-01', 'for', 'against'), ...ballots] }, afterClose))
        .thenRejects('BALLOTS_OUT_OF_ORDER');
    });

    it.each<[string, ResolutionEvent[], string]>([
      ['a resolution that does not exist', [], 'RESOLUTION_NOT_FOUND'],
      ['a vote that never opened', inDraft, 'VOTING_NOT_OPEN'],
      ['a vote that is closed', adopted, 'VOTING_CLOSED'],
      ['a withdrawn resolution', [...inVoting, withdrawn], 'RESOLUTION_WITHDRAWN'],
    ])('refuses to close %s', (_, history, code) => {
      spec.given(history).when(command('CloseVoting', { ballots }, afterClose)).thenRejects(code);
    });
  });

  describe('consequences', () => {
    const failure = { code: 'MEMBER_STATUS_REQUIRED', text: { ru: 'Заявление не подано', en: 'No application was submitted' } };
    const failed: ResolutionEvent = { type: 'ResolutionConsequenceFailed', data: { ...failure, failedAt: AFTER_CLOSE } };
    const recorded: ResolutionEvent = {
      type: 'ResolutionConsequenceRecorded',
      data: { eventIds: consequenceEvents, recordedAt: AFTER_CLOSE },
    };

    it('records the events that carried out an adopted motion', () => {
      spec.given(adopted).when(command('RecordConsequence', { eventIds: consequenceEvents }, afterClose)).then([recorded]);
    });

    it('lists each consequence event once', () => {
      spec
        .given(adopted)
        .when(command('RecordConsequence', { eventIds: [...consequenceEvents, ...consequenceEvents] }, afterClose))
        .then([recorded]);
    });

    it('refuses a consequence without events', () => {
      spec.given(adopted).when(command('RecordConsequence', { eventIds: [] }, afterClose)).thenRejects('CONSEQUENCE_EVENTS_REQUIRED');
    });

    it('refuses a blank consequence event id', () => {
      spec.given(adopted).when(command('RecordConsequence', { eventIds: [''] }, afterClose)).thenRejects('IDENTIFIER_REQUIRED');
    });

    it('records a motion that could not be carried out, with the code and text of the refusal', () => {
      spec.given(adopted).when(command('RecordConsequenceFailure', failure, afterClose)).then([failed]);
    });

    it('refuses a failure without a code', () => {
      spec
        .given(adopted)
        .when(command('RecordConsequenceFailure', { ...failure, code: '' }, afterClose))
        .thenRejects('IDENTIFIER_REQUIRED');
    });

    it('records the consequence when a later attempt succeeds', () => {
      spec.given([...adopted, failed]).when(command('RecordConsequence', { eventIds: consequenceEvents }, afterClose)).then([recorded]);
    });

    it('records each failed attempt', () => {
      spec.given([...adopted, failed]).when(command('RecordConsequenceFailure', failure, afterClose)).then([failed]);
    });

    it.each<[string, ResolutionCommand]>([
      ['a consequence', command('RecordConsequence', { eventIds: ['event-2'] }, afterClose)],
      ['a failure', command('RecordConsequenceFailure', failure, afterClose)],
    ])('refuses %s once the consequence is recorded', (_, attempted) => {
      spec.given([...adopted, recorded]).when(attempted).thenRejects('CONSEQUENCE_ALREADY_RECORDED', { eventIds: consequenceEvents });
    });

    it.each<[string, ResolutionEvent[], string]>([
      ['a rejected resolution', rejected, 'NOTHING_TO_CARRY_OUT'],
      ['a resolution without a motion', [draftedWithoutMotion, opened, closed], 'NOTHING_TO_CARRY_OUT'],
      ['a resolution whose vote is open', inVoting, 'VOTING_IN_PROGRESS'],
      ['a draft', inDraft, 'VOTING_NOT_OPEN'],
      ['a withdrawn resolution', [...inVoting, withdrawn], 'RESOLUTION_WITHDRAWN'],
      ['a resolution that does not exist', [], 'RESOLUTION_NOT_FOUND'],
    ])('refuses to record a consequence of %s', (_, history, code) => {
      spec.given(history).when(command('RecordConsequence', { eventIds: consequenceEvents }, afterClose)).thenRejects(code);
    });
  });

  describe('state', () => {
    it('folds a draft with its latest text version', () => {
      spec.given([drafted, amended]).thenState({ status: 'draft', ...draft, text: amendedText, textVersion: 2 });
    });

    it('awaits the consequence of an adopted motion', () => {
      spec.given(adopted).thenState({
        status: 'closed',
        ...draft,
        textVersion: 1,
        voting: arrangements,
        result: { closedAt: AFTER_CLOSE, ...adoption },
        consequence: { status: 'pending' },
      });
    });

    it('keeps the arrangements of a vote withdrawn while open', () => {
      spec.given([...inVoting, withdrawn]).thenState({
        status: 'withdrawn',
        ...draft,
        textVersion: 1,
        voting: arrangements,
        withdrawal: { reason: withdrawn.data.reason, withdrawnAt: '2026-09-12T09:00:00.000Z' },
      });
    });
  });

  describe('voting session for ballots', () => {
    const session = { resolutionId: RESOLUTION_ID, body: draft.body, openedAt: OPENED_AT, closesAt: CLOSES_AT, electorate: new Set(electorate) };

    it('has no session before voting opens', () => {
      expect(votingSessionOf(fold(resolutionDecider, []))).toBeNull();
      expect(votingSessionOf(fold(resolutionDecider, inDraft))).toBeNull();
      expect(votingSessionOf(fold(resolutionDecider, [drafted, withdrawn]))).toBeNull();
    });

    it('is open while voting is open', () => {
      expect(votingSessionOf(fold(resolutionDecider, inVoting))).toEqual({ ...session, status: 'open' });
    });

    it('is closed once voting is closed', () => {
      expect(votingSessionOf(fold(resolutionDecider, adopted))).toEqual({ ...session, status: 'closed' });
    });

    it('is withdrawn when the resolution is withdrawn during the vote', () => {
      expect(votingSessionOf(fold(resolutionDecider, [...inVoting, withdrawn]))).toEqual({ ...session, status: 'withdrawn' });
    });

    it('gives every ballot on one opening the same electorate, so that none builds it again', () => {
      const state = fold(resolutionDecider, inVoting);
      expect(votingSessionOf(state)!.electorate).toBe(votingSessionOf(state)!.electorate);
    });
  });
});
