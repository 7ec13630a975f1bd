import { DomainRuleViolation, fold } from '#accord/kernel';
import { minutesOf, MINUTES_LABELS } from './minutes.js';
import { resolutionDecider } from './resolution/resolution.decide.js';
import type { ResolutionEvent, VotingArrangements } from './resolution/resolution.events.js';
import { tally } from './tally.js';
import { cast, changed, CLOSES_AT, OPENED_AT, organizations, RESOLUTION_ID } from './testing/voting-fixtures.js';
import { DEFAULT_QUORUM } from './thresholds.js';

const CLOSED_AT = '2026-09-17T18:05:00.000Z';
const title = { ru: 'О создании рабочей группы по оргнабору', en: 'On a working group on organized recruitment' };
const text = { ru: 'Создать рабочую группу', en: 'Establish a working group' };
const drafted: ResolutionEvent = {
  type: 'ResolutionDrafted',
  data: {
    resolutionId: RESOLUTION_ID,
    title,
    text,
    body: { kind: 'council' },
    rule: 'qualified_two_thirds',
    quorum: DEFAULT_QUORUM,
    motion: null,
    draftedAt: '2026-09-01T09:00:00.000Z',
  },
};
const electorate = organizations(4);
const arrangements: VotingArrangements = {
  openedAt: OPENED_AT,
  closesAt: CLOSES_AT,
  electorate,
  rule: 'qualified_two_thirds',
  quorum: DEFAULT_QUORUM,
  textVersion: 1,
  venue: { kind: 'place', address: { ru: 'Алматы, пр. Абая, 10', en: 'Almaty, 10 Abay Avenue' } },
  countedBy: [{ ru: 'Счётная комиссия: Ахметов А. А.', en: 'Tellers: A. Akhmetov' }],
};
const opened: ResolutionEvent = { type: 'VotingOpened', data: arrangements };
const proxy = { proxyOrganizationId: 'org-01', powerOfAttorneyId: 'poa-1' };
const ballots = [
  cast('b1', 'org-01', 'for'),
  cast('b2', 'org-02', 'for', { proxy }),
  cast('b3', 'org-03', 'for'),
  changed('b4', 'org-03', 'for', 'against', { recordAgainst: true }),
];
const result = tally({ electorate, rule: 'qualified_two_thirds', quorum: DEFAULT_QUORUM, ballots });
const closed: ResolutionEvent = { type: 'VotingClosed', data: { closedAt: CLOSED_AT, ...result } };

describe('minutes', () => {
  it('draw up the minutes of a closed vote with what Civil Code art. 181.2 p. 4 requires', () => {
    expect(minutesOf(fold(resolutionDecider, [drafted, opened, closed]))).toEqual({
      heading: { ru: 'Протокол', en: 'Minutes' },
      resolutionId: RESOLUTION_ID,
      body: {
        label: { ru: 'Орган', en: 'Body' },
        value: { body: { kind: 'council' }, title: { ru: 'Совет Объединения', en: 'Council of the Association' } },
      },
      question: {
        label: { ru: 'Вопрос, поставленный на голосование', en: 'Question put to the vote' },
        value: { title, text, textVersion: 1 },
      },
      dateAndTime: {
        label: { ru: 'Дата и время', en: 'Date and time' },
        value: { openedAt: OPENED_AT, closesAt: CLOSES_AT, closedAt: CLOSED_AT },
      },
      venue: {
        label: { ru: 'Место проведения', en: 'Place' },
        value: { venue: arrangements.venue, description: { ru: 'Алматы, пр. Абая, 10', en: 'Almaty, 10 Abay Avenue' } },
      },
      participants: {
        label: { ru: 'Участники', en: 'Participants' },
        value: [
          { organizationId: 'org-01', proxy: null },
          { organizationId: 'org-02', proxy },
          { organizationId: 'org-03', proxy: null },
        ],
      },
      result: {
        label: { ru: 'Итоги голосования', en: 'Result of the vote' },
        value: {
          rule: 'qualified_two_thirds',
          ruleTitle: { ru: 'квалифицированное большинство (две трети)', en: 'qualified majority (two thirds)' },
          quorum: DEFAULT_QUORUM,
          quorumTitle: { ru: 'более 1/2', en: 'more than 1/2' },
          electorateSize: 4,
          participants: 3,
          for: 2,
          against: 1,
          abstain: 0,
          quorumReached: true,
          outcome: 'adopted',
          outcomeTitle: { ru: 'Решение принято', en: 'Adopted' },
          reason: result.reason,
        },
      },
      countedBy: { label: { ru: 'Подсчёт голосов произвёл', en: 'Votes counted by' }, value: arrangements.countedBy },
      recordedAgainst: {
        label: {
          ru: 'Голосовали против и потребовали внести запись в протокол',
          en: 'Voted against and asked for it to be recorded in the minutes',
        },
        value: ['org-03'],
      },
    });
  });

  it('describe an online vote by its web address', () => {
    const online: ResolutionEvent = {
      type: 'VotingOpened',
      data: { ...arrangements, venue: { kind: 'online', url: 'https://accord.example.org/v/7' } },
    };
    expect(minutesOf(fold(resolutionDecider, [drafted, online, closed])).venue.value.description).toEqual({
      ru: 'Онлайн: https://accord.example.org/v/7',
      en: 'Online: https://accord.example.org/v/7',
    });
  });

  it('fall back to the Russian address when there is no English one', () => {
    const place = { kind: 'place' as const, address: { ru: 'Ташкент, ул. Навои, 5', en: null } };
    const opened: ResolutionEvent = { type: 'VotingOpened', data: { ...arrangements, venue: place } };
    expect(minutesOf(fold(resolutionDecider, [drafted, opened, closed])).venue.value.description).toEqual({
      ru: 'Ташкент, ул. Навои, 5',
      en: 'Ташкент, ул. Навои, 5',
    });
  });

  it('record a vote that failed for lack of quorum', () => {
    const failed = tally({ electorate, rule: 'qualified_two_thirds', quorum: DEFAULT_QUORUM, ballots: ballots.slice(0, 1) });
    const closedWithoutQuorum: ResolutionEvent = { type: 'VotingClosed', data: { closedAt: CLOSED_AT, ...failed } };
    expect(minutesOf(fold(resolutionDecider, [drafted, opened, closedWithoutQuorum])).result.value).toMatchObject({
      quorumReached: false,
      outcome: 'failed_quorum',
      outcomeTitle: { ru: 'Решение не принято: нет кворума', en: 'Failed for lack of quorum' },
    });
  });

  it('put the Russian label first on every item', () => {
    expect(Object.values(MINUTES_LABELS).every((label) => Object.keys(label)[0] === 'ru')).toBe(true);
  });

  const withdrawn: ResolutionEvent = { type: 'ResolutionWithdrawn', data: { reason: text, withdrawnAt: CLOSES_AT } };

  it.each<[string, ResolutionEvent[]]>([
    ['a draft', [drafted]],
    ['an open vote', [drafted, opened]],
    ['a vote withdrawn before closing', [drafted, opened, withdrawn]],
  ])('are not drawn up for %s', (_, history) => {
    let thrown: unknown;
    try {
      minutesOf(fold(resolutionDecider, history));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainRuleViolation);
    expect(thrown).toMatchObject({ code: 'VOTING_NOT_CLOSED' });
  });
});
