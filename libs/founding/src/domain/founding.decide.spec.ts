import { fold } from '#accord/kernel';
import { deciderSpec, metadataAt } from '../../../kernel/src/testing/decider-spec.js';
import {
  charterDigest,
  createFoundingDecider,
  foundingAggregate,
  foundingDecider,
  type FoundingCommand,
} from './founding.decide.js';
import type { CharterVotingRule, FoundingEvent } from './founding.events.js';
import { DEFAULT_FOUNDING_RULES } from './founding.rules.js';
import {
  assemblyDecisions,
  assemblyRecord,
  authority,
  convened,
  convenedHistory,
  convening,
  drafted,
  drafting,
  draftText1,
  draftText2,
  established,
  establishedHistory,
  filed,
  filedHistory,
  gathering,
  held,
  heldHistory,
  initiative,
  kzLetter,
  launched,
  letter,
  presentFor,
  received,
  refusal,
  refused,
  refusedHistory,
  registration,
  ruLetter,
  ruLetter2,
  sha256,
  votingRules,
  withdrawn,
} from './testing/founding-history.js';

const now = new Date('2026-04-20T09:00:00.000Z');
const metadata = metadataAt(now.toISOString(), 'account-1');
const command = <Type extends FoundingCommand['type']>(
  type: Type,
  data: Extract<FoundingCommand, { type: Type }>['data'],
): FoundingCommand => ({ type, data, metadata }) as FoundingCommand;
const spec = deciderSpec(foundingDecider);
const draftRecorded = (number: number, content: string): FoundingEvent => ({
  type: 'CharterDraftRecorded',
  data: { number, content, sha256: sha256(content), recordedAt: now.toISOString(), draftedOn: '2026-04-20' },
});

describe('founding process decider', () => {
  it('is the aggregate of the founding category', () => {
    expect(foundingAggregate.category).toBe('founding');
  });

  describe('launching the initiative', () => {
    it('launches the initiative with its initiator and organizing committee', () => {
      spec.given([]).when(command('LaunchFoundingInitiative', initiative)).then([launched]);
    });

    it('refuses to launch a second initiative', () => {
      spec.given([launched]).when(command('LaunchFoundingInitiative', initiative)).thenRejects('FOUNDING_STAGE_REQUIRED', {
        required: 'not_started',
        current: 'founders_gathering',
      });
    });

    it('refuses an initiative without an organizing committee', () => {
      spec
        .given([])
        .when(command('LaunchFoundingInitiative', { ...initiative, committee: [] }))
        .thenRejects('ORGANIZING_COMMITTEE_REQUIRED');
    });
  });

  describe('letters of intent', () => {
    it('records a letter of intent while the founders gather', () => {
      spec.given([launched]).when(command('ReceiveLetterOfIntent', ruLetter)).then([received(ruLetter)]);
    });

    it('records a letter of intent while the charter is drafted', () => {
      spec.given(drafting).when(command('ReceiveLetterOfIntent', ruLetter2)).then([received(ruLetter2)]);
    });

    it('refuses a letter before the initiative is launched', () => {
      spec.given([]).when(command('ReceiveLetterOfIntent', ruLetter)).thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses a letter once the assembly is convened, because convening fixes whom it invites', () => {
      spec.given(convenedHistory).when(command('ReceiveLetterOfIntent', ruLetter2)).thenRejects('FOUNDING_STAGE_REQUIRED', {
        required: 'founders_gathering',
        current: 'assembly_convened',
      });
    });

    it('refuses a second letter from an organization with the same national identifier and country', () => {
      const again = { ...ruLetter, letterId: 'letter-ru-again' };
      spec
        .given(gathering)
        .when(command('ReceiveLetterOfIntent', again))
        .thenRejects('DUPLICATE_LETTER_OF_INTENT', { letterId: 'letter-ru', country: 'RU' });
    });

    it('treats identifier values given in another order as the same identifier', () => {
      const reordered = letter('letter-ru-again', 'RU', { inn: '7700000016', ogrn: '1267700000017' }, '2026-03-20');
      spec.given(gathering).when(command('ReceiveLetterOfIntent', reordered)).thenRejects('DUPLICATE_LETTER_OF_INTENT');
    });

    it('accepts the same identifier values from another country, which is another registry', () => {
      const elsewhere = letter('letter-by', 'BY', ruLetter.organization.nationalIdentifier.values, '2026-03-20');
      const sameScheme = {
        ...elsewhere,
        organization: { ...elsewhere.organization, nationalIdentifier: ruLetter.organization.nationalIdentifier },
      };
      spec.given(gathering).when(command('ReceiveLetterOfIntent', sameScheme)).then([received(sameScheme)]);
    });

    it('accepts a new letter from an organization whose earlier letter was withdrawn', () => {
      const again = { ...ruLetter, letterId: 'letter-ru-again', receivedOn: '2026-04-05' };
      spec
        .given([...gathering, withdrawn('letter-ru')])
        .when(command('ReceiveLetterOfIntent', again))
        .then([received(again)]);
    });

    it('refuses a letter id that is already recorded', () => {
      spec
        .given(gathering)
        .when(command('ReceiveLetterOfIntent', { ...ruLetter2, letterId: 'letter-ru' }))
        .thenRejects('LETTER_ALREADY_RECORDED');
    });

    it('withdraws a letter', () => {
      spec
        .given(gathering)
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '2026-04-01', reason: null }))
        .then([withdrawn('letter-uz')]);
    });

    it('withdraws a letter after the assembly is convened, since a candidate may step back until it is held', () => {
      const reason = { ru: 'Решение правления', en: 'Board decision' };
      spec
        .given(convenedHistory)
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '2026-05-01', reason }))
        .then([{ type: 'LetterOfIntentWithdrawn', data: { letterId: 'letter-uz', withdrawnOn: '2026-05-01', reason } }]);
    });

    it('treats withdrawing a withdrawn letter as a no-op', () => {
      spec
        .given([...gathering, withdrawn('letter-uz')])
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '2026-04-03', reason: null }))
        .then([]);
    });

    it('refuses to withdraw an unknown letter', () => {
      spec
        .given(gathering)
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-xx', withdrawnOn: '2026-04-01', reason: null }))
        .thenRejects('LETTER_NOT_FOUND');
    });

    it('refuses to withdraw a letter after the assembly is held', () => {
      spec
        .given(heldHistory)
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '2026-05-20', reason: null }))
        .thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses a withdrawal dated before the letter was received', () => {
      spec
        .given(gathering)
        .when(command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '2026-03-14', reason: null }))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'withdrawnOn', notBefore: '2026-03-15' });
    });
  });

  describe('charter drafts', () => {
    it('records the first draft as number 1 with the SHA-256 of its text and the moment of recording', () => {
      spec
        .given(gathering)
        .when(command('RecordCharterDraft', { content: draftText1 }))
        .then([draftRecorded(1, draftText1)]);
    });

    it('numbers each new draft after the last one', () => {
      spec
        .given([...gathering, drafted(1, draftText1)])
        .when(command('RecordCharterDraft', { content: draftText2 }))
        .then([draftRecorded(2, draftText2)]);
    });

    it('accepts a new draft that returns to the text of an earlier one', () => {
      spec
        .given(drafting)
        .when(command('RecordCharterDraft', { content: draftText1 }))
        .then([draftRecorded(3, draftText1)]);
    });

    it('records a draft on its own date, beside the moment it is recorded', () => {
      spec
        .given(gathering)
        .when(command('RecordCharterDraft', { content: draftText1, draftedOn: '2026-03-20' }))
        .then([{ type: 'CharterDraftRecorded', data: { ...draftRecorded(1, draftText1).data, draftedOn: '2026-03-20' } } as FoundingEvent]);
    });

    it('refuses a draft dated in the future', () => {
      spec.given(gathering).when(command('RecordCharterDraft', { content: draftText1, draftedOn: '2026-04-21' })).thenRejects('DATE_IN_FUTURE');
    });

    it('refuses a draft dated before the initiative was launched', () => {
      spec
        .given(gathering)
        .when(command('RecordCharterDraft', { content: draftText1, draftedOn: '2026-03-01' }))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'draftedOn', notBefore: '2026-03-02' });
    });

    it('refuses a draft dated before the previous draft', () => {
      const dated: FoundingEvent = { type: 'CharterDraftRecorded', data: { ...draftRecorded(1, draftText1).data, draftedOn: '2026-04-10' } } as FoundingEvent;
      spec
        .given([...gathering, dated])
        .when(command('RecordCharterDraft', { content: draftText2, draftedOn: '2026-04-09' }))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'draftedOn', notBefore: '2026-04-10' });
    });

    it('refuses to convene an assembly dated before the draft it would adopt', () => {
      const late: FoundingEvent = { type: 'CharterDraftRecorded', data: { ...draftRecorded(1, draftText1).data, draftedOn: '2026-05-20' } } as FoundingEvent;
      spec
        .given([...gathering, late])
        .when(command('ConveneFoundingAssembly', convening))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'date', date: '2026-05-15', notBefore: '2026-05-20' });
    });

    it('refuses a draft with no text', () => {
      spec.given(gathering).when(command('RecordCharterDraft', { content: ' \n ' })).thenRejects('CHARTER_DRAFT_EMPTY');
    });

    it('refuses a draft identical to the latest one', () => {
      spec.given(drafting).when(command('RecordCharterDraft', { content: draftText2 })).thenRejects('CHARTER_DRAFT_UNCHANGED');
    });

    it('refuses a draft before the initiative is launched', () => {
      spec.given([]).when(command('RecordCharterDraft', { content: draftText1 })).thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses a draft once the assembly is convened', () => {
      spec.given(convenedHistory).when(command('RecordCharterDraft', { content: 'Редакция 3' })).thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('hashes the text exactly as given, as UTF-8', () => {
      expect(charterDigest('Устав')).toBe(sha256('Устав'));
      expect(charterDigest('Устав ')).not.toBe(charterDigest('Устав'));
    });
  });

  describe('convening the founding assembly', () => {
    it('convenes the assembly when two founders from two states stand and a draft exists', () => {
      spec
        .given([launched, received(ruLetter), received(kzLetter), drafted(1, draftText1)])
        .when(command('ConveneFoundingAssembly', convening))
        .then([convened]);
    });

    it('convenes an online assembly', () => {
      const online = { ...convening, venue: { kind: 'online', url: 'https://meet.example.org/founding' } } as const;
      spec.given(drafting).when(command('ConveneFoundingAssembly', online)).then([{ type: 'FoundingAssemblyConvened', data: online }]);
    });

    it('convenes the assembly again with a new date until it is held', () => {
      const later = { ...convening, date: '2026-05-29', convenedOn: '2026-05-10' };
      spec.given(convenedHistory).when(command('ConveneFoundingAssembly', later)).then([{ type: 'FoundingAssemblyConvened', data: later }]);
    });

    it('refuses to convene before there is a charter draft', () => {
      spec.given(gathering).when(command('ConveneFoundingAssembly', convening)).thenRejects('FOUNDING_STAGE_REQUIRED', {
        required: 'charter_drafting',
        current: 'founders_gathering',
      });
    });

    it('refuses to convene with a single founder (Civil Code art. 123.9 p. 1)', () => {
      spec
        .given([launched, received(ruLetter), drafted(1, draftText1)])
        .when(command('ConveneFoundingAssembly', convening))
        .thenRejects('FOUNDER_RULES_NOT_MET', { founders: 1, states: 1, minFounders: 2, minStates: 2 });
    });

    it('refuses to convene when all the founders come from one state', () => {
      spec
        .given([launched, received(ruLetter), received(ruLetter2), drafted(1, draftText1)])
        .when(command('ConveneFoundingAssembly', convening))
        .thenRejects('FOUNDER_RULES_NOT_MET', { founders: 2, states: 1 });
    });

    it('does not count withdrawn letters as founders', () => {
      spec
        .given([launched, received(ruLetter), received(kzLetter), withdrawn('letter-kz'), drafted(1, draftText1)])
        .when(command('ConveneFoundingAssembly', convening))
        .thenRejects('FOUNDER_RULES_NOT_MET');
    });

    it('applies configured founder rules', () => {
      const stricter = createFoundingDecider({ ...DEFAULT_FOUNDING_RULES, minFounders: 4 });
      deciderSpec(stricter)
        .given(drafting)
        .when(command('ConveneFoundingAssembly', convening))
        .thenRejects('FOUNDER_RULES_NOT_MET', { founders: 3, states: 3, minFounders: 4, minStates: 2 });
    });

    it('convenes with founders from one state when the rules allow it', () => {
      const national = deciderSpec(createFoundingDecider({ ...DEFAULT_FOUNDING_RULES, minStates: 1 }));
      national
        .given([launched, received(ruLetter), received(ruLetter2), drafted(1, draftText1)])
        .when(command('ConveneFoundingAssembly', convening))
        .then([convened]);
    });

    it('refuses an assembly dated before it was convened', () => {
      spec
        .given(drafting)
        .when(command('ConveneFoundingAssembly', { ...convening, date: '2026-04-19' }))
        .thenRejects('DATE_OUT_OF_ORDER');
    });
  });

  describe('holding the founding assembly', () => {
    it('records the assembly on its convened date with the founders present, the adopted draft and the elected bodies', () => {
      spec.given(convenedHistory).when(command('RecordFoundingAssembly', assemblyDecisions)).then([held]);
    });

    it('accepts the draft hash in capitals and records it as the draft has it', () => {
      const charter = { number: 2, sha256: sha256(draftText2).toUpperCase() };
      spec.given(convenedHistory).when(command('RecordFoundingAssembly', { ...assemblyDecisions, charter })).then([held]);
    });

    it('refuses to record an assembly that was not convened', () => {
      spec.given(drafting).when(command('RecordFoundingAssembly', assemblyDecisions)).thenRejects('FOUNDING_STAGE_REQUIRED', {
        required: 'assembly_convened',
        current: 'charter_drafting',
      });
    });

    it('refuses a present founder without a letter of intent', () => {
      const present = [...assemblyDecisions.present, presentFor('letter-xx')];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present }))
        .thenRejects('LETTER_NOT_FOUND');
    });

    it('refuses a present founder whose letter was withdrawn', () => {
      const present = [...assemblyDecisions.present, presentFor('letter-uz')];
      spec
        .given([...convenedHistory, withdrawn('letter-uz', '2026-05-01')])
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present }))
        .thenRejects('LETTER_WITHDRAWN');
    });

    it('refuses a founder listed twice', () => {
      const present = [...assemblyDecisions.present, presentFor('letter-kz')];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present }))
        .thenRejects('FOUNDER_LISTED_TWICE');
    });

    it('refuses an assembly where no more than half of the founders are present', () => {
      const history = [...drafting, received(ruLetter2), convened];
      spec
        .given(history)
        .when(command('RecordFoundingAssembly', assemblyDecisions))
        .thenRejects('ASSEMBLY_QUORUM_NOT_MET', { present: 2, founders: 4, quorum: { numerator: 1, denominator: 2 } });
    });

    it('counts the quorum against the letters that still stand', () => {
      spec
        .given([...drafting, received(ruLetter2), convened, withdrawn('letter-ru-2', '2026-05-01')])
        .when(command('RecordFoundingAssembly', assemblyDecisions))
        .then([held]);
    });

    it('applies a configured quorum', () => {
      const twoThirds = createFoundingDecider({ ...DEFAULT_FOUNDING_RULES, assemblyQuorum: { numerator: 2, denominator: 3 } });
      deciderSpec(twoThirds)
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', assemblyDecisions))
        .thenRejects('ASSEMBLY_QUORUM_NOT_MET',);
    });

    it('refuses to establish when the founders present all come from one state', () => {
      const history = [launched, received(ruLetter), received(ruLetter2), received(kzLetter), drafted(1, draftText1), convened];
      const present = [presentFor('letter-ru'), presentFor('letter-ru-2')];
      const charter = { number: 1, sha256: sha256(draftText1) };
      spec
        .given(history)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present, charter }))
        .thenRejects('FOUNDER_RULES_NOT_MET', { founders: 2, states: 1 });
    });

    it('refuses to establish when a founder present votes against (Civil Code art. 50.1 p. 2)', () => {
      const present = [presentFor('letter-ru'), { ...presentFor('letter-kz'), establishmentVote: 'against' as const }];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present }))
        .thenRejects('ESTABLISHMENT_NOT_UNANIMOUS', { against: ['letter-kz'], abstained: [] });
    });

    it('refuses to establish when a founder present abstains', () => {
      const present = [{ ...presentFor('letter-ru'), establishmentVote: 'abstain' as const }, presentFor('letter-kz')];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, present }))
        .thenRejects('ESTABLISHMENT_NOT_UNANIMOUS', { against: [], abstained: ['letter-ru'] });
    });

    it('refuses to adopt a draft number that does not exist', () => {
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, charter: { number: 3, sha256: sha256(draftText2) } }))
        .thenRejects('CHARTER_DRAFT_NOT_FOUND');
    });

    it('refuses to adopt a draft whose hash differs from the recorded one', () => {
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, charter: { number: 1, sha256: sha256(draftText2) } }))
        .thenRejects('CHARTER_DRAFT_MISMATCH', { number: 1, expected: sha256(draftText1) });
    });

    it('refuses a charter that names no question for unanimity or a qualified majority (art. 123.9 p. 2)', () => {
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, votingRules: [] }))
        .thenRejects('CHARTER_VOTING_RULES_REQUIRED');
    });

    it('refuses a voting rule given twice for the same body and question', () => {
      const twice: CharterVotingRule[] = [...votingRules, { ...votingRules[0], rule: 'unanimity' }];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, votingRules: twice }))
        .thenRejects('VOTING_RULE_DUPLICATED');
    });

    it('accepts one question with different rules for different bodies', () => {
      const councilRule: CharterVotingRule = { ...votingRules[0], body: 'council', rule: 'unanimity' };
      const decisions = { ...assemblyDecisions, votingRules: [...votingRules, councilRule] };
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', decisions))
        .then([{ type: 'FoundingAssemblyHeld', data: { ...assemblyRecord, votingRules: decisions.votingRules } }]);
    });

    it('refuses to elect a person representing a founder who is not present', () => {
      const auditCommission = [{ name: { ru: 'Дилшод Каримов', en: null }, representing: 'letter-uz' }];
      spec
        .given(convenedHistory)
        .when(command('RecordFoundingAssembly', { ...assemblyDecisions, auditCommission }))
        .thenRejects('OFFICER_NOT_FROM_PRESENT_FOUNDER', { letterId: 'letter-uz' });
    });
  });

  describe('state registration', () => {
    it('files the documents for state registration after the assembly', () => {
      spec
        .given(heldHistory)
        .when(command('FileStateRegistration', { authority, filedOn: '2026-05-25', reference: null }))
        .then([filed()]);
    });

    it('refuses to file before the assembly is held', () => {
      spec
        .given(convenedHistory)
        .when(command('FileStateRegistration', { authority, filedOn: '2026-05-25', reference: null }))
        .thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses to file again while a filing awaits its decision', () => {
      const again = command('FileStateRegistration', { authority, filedOn: '2026-05-26', reference: null });
      spec.given(filedHistory).when(again).thenRejects('FOUNDING_STAGE_REQUIRED', { required: 'assembly_held', current: 'registration_filed' });
    });

    it('refuses a filing dated before the assembly', () => {
      spec
        .given(heldHistory)
        .when(command('FileStateRegistration', { authority, filedOn: '2026-05-14', reference: null }))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'filedOn', notBefore: '2026-05-15' });
    });

    it('records a refusal of registration', () => {
      spec.given(filedHistory).when(command('RecordRegistrationRefusal', refusal)).then([refused]);
    });

    it('refuses to record a refusal when nothing was filed', () => {
      spec.given(heldHistory).when(command('RecordRegistrationRefusal', refusal)).thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses a refusal dated before the filing', () => {
      spec
        .given(filedHistory)
        .when(command('RecordRegistrationRefusal', { ...refusal, refusedOn: '2026-05-24' }))
        .thenRejects('DATE_OUT_OF_ORDER');
    });

    it('files again after a refusal', () => {
      const reference = 'вх. 77-1234';
      spec
        .given(refusedHistory)
        .when(command('FileStateRegistration', { authority, filedOn: '2026-06-22', reference }))
        .then([{ type: 'StateRegistrationFiled', data: { authority, filedOn: '2026-06-22', reference } }]);
    });

    it('refuses a new filing dated before the refusal', () => {
      spec
        .given(refusedHistory)
        .when(command('FileStateRegistration', { authority, filedOn: '2026-06-19', reference: null }))
        .thenRejects('DATE_OUT_OF_ORDER', { field: 'filedOn', notBefore: '2026-06-20' });
    });

    it('registers and establishes the Association with the founders present as its founders', () => {
      spec
        .given(filedHistory)
        .when(command('RecordStateRegistration', registration))
        .then([{ type: 'AssociationRegistered', data: registration }, established]);
    });

    it('registers after a second filing', () => {
      spec
        .given([...refusedHistory, filed('2026-06-22')])
        .when(command('RecordStateRegistration', registration))
        .then([{ type: 'AssociationRegistered', data: registration }, established]);
    });

    it('refuses to register after a refusal without a new filing', () => {
      spec.given(refusedHistory).when(command('RecordStateRegistration', registration)).thenRejects('FOUNDING_STAGE_REQUIRED');
    });

    it('refuses a registration dated before the filing', () => {
      spec
        .given(filedHistory)
        .when(command('RecordStateRegistration', { ...registration, registeredOn: '2026-05-20' }))
        .thenRejects('DATE_OUT_OF_ORDER');
    });

    it('refuses to register the Association twice', () => {
      spec.given(establishedHistory).when(command('RecordStateRegistration', registration)).thenRejects('FOUNDING_STAGE_REQUIRED', {
        required: 'registration_filed',
        current: 'established',
      });
    });
  });

  describe('dates', () => {
    it.each<[string, readonly FoundingEvent[], FoundingCommand]>([
      ['launchedOn', [], command('LaunchFoundingInitiative', { ...initiative, launchedOn: '2026-3-2' })],
      ['receivedOn', [launched], command('ReceiveLetterOfIntent', { ...ruLetter, receivedOn: '2026-02-30' })],
      ['withdrawnOn', gathering, command('WithdrawLetterOfIntent', { letterId: 'letter-uz', withdrawnOn: '01.04.2026', reason: null })],
      ['date', drafting, command('ConveneFoundingAssembly', { ...convening, date: '2026-05-32' })],
      ['convenedOn', drafting, command('ConveneFoundingAssembly', { ...convening, convenedOn: '' })],
      ['filedOn', heldHistory, command('FileStateRegistration', { authority, filedOn: '2026-05-25T10:00:00Z', reference: null })],
      ['refusedOn', filedHistory, command('RecordRegistrationRefusal', { ...refusal, refusedOn: 'tomorrow' })],
      ['registeredOn', filedHistory, command('RecordStateRegistration', { ...registration, registeredOn: '2026-13-01' })],
    ])('refuses %s that is not an ISO calendar date', (field, history, attempted) => {
      spec.given(history).when(attempted).thenRejects('INVALID_CALENDAR_DATE', { field });
    });
  });

  describe('state', () => {
    it('folds the stages in order', () => {
      const stages = [[], gathering, drafting, convenedHistory, heldHistory, filedHistory, refusedHistory, establishedHistory].map(
        (history) => fold(foundingDecider, history).stage,
      );
      expect(stages).toEqual([
        'not_started',
        'founders_gathering',
        'charter_drafting',
        'assembly_convened',
        'assembly_held',
        'registration_filed',
        'registration_refused',
        'established',
      ]);
    });

    it('keeps a withdrawn letter with its withdrawal date', () => {
      const state = fold(foundingDecider, [...gathering, withdrawn('letter-uz')]);
      expect(state.stage !== 'not_started' && state.letters.find((item) => item.letterId === 'letter-uz')?.withdrawnOn).toBe(
        '2026-04-01',
      );
    });

    it('clears the refusal once the documents are filed again', () => {
      expect(fold(foundingDecider, [...refusedHistory, filed('2026-06-22')])).not.toHaveProperty('refusal');
    });
  });
});
