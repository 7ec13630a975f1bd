import { fold } from '#accord/kernel';
import { foundingChecklist, type FoundingStep } from './founding-checklist.js';
import { foundingDecider } from './founding.decide.js';
import type { FoundingEvent } from './founding.events.js';
import { DEFAULT_FOUNDING_RULES } from './founding.rules.js';
import {
  convenedHistory,
  drafted,
  draftText1,
  drafting,
  establishedHistory,
  filedHistory,
  gathering,
  heldHistory,
  kzLetter,
  launched,
  received,
  refusedHistory,
  registration,
  ruLetter,
  sha256,
  ruLetter2,
  uzLetter,
  withdrawn,
} from './testing/founding-history.js';

const checklistOf = (history: readonly FoundingEvent[], rules = DEFAULT_FOUNDING_RULES) =>
  foundingChecklist(fold(foundingDecider, history), rules);
const step = (history: readonly FoundingEvent[], name: FoundingStep) =>
  checklistOf(history).steps.find((item) => item.step === name);
const codes = (history: readonly FoundingEvent[]) => checklistOf(history).blockers.map((blocker) => blocker.code);

describe('founding checklist', () => {
  it('lists every step, none done, before the initiative is launched', () => {
    const checklist = checklistOf([]);
    expect(checklist.stage).toBe('not_started');
    expect(checklist.steps.map((item) => [item.step, item.done])).toEqual([
      ['initiative_launched', false],
      ['founders_gathering', false],
      ['charter_drafting', false],
      ['assembly_convened', false],
      ['assembly_held', false],
      ['registration_filed', false],
      ['registered', false],
      ['established', false],
    ]);
    expect(checklist.next).toBe('initiative_launched');
    expect(codes([])).toEqual(['INITIATIVE_NOT_LAUNCHED']);
  });

  it('dates the launch and says how many founders and states are missing', () => {
    const checklist = checklistOf([launched, received(ruLetter)]);
    expect(checklist.steps[0]).toMatchObject({ done: true, date: '2026-03-02', blockers: [] });
    expect(checklist.next).toBe('founders_gathering');
    expect(checklist.blockers).toEqual([
      {
        code: 'FOUNDERS_MISSING',
        text: { ru: 'Учредителей: 1, нужно не менее 2 (ст. 123.9 ГК РФ)', en: 'Founders: 1; at least 2 are needed (Civil Code art. 123.9)' },
      },
      {
        code: 'STATES_MISSING',
        text: { ru: 'Государств учредителей: 1, нужно не менее 2', en: 'States of the founders: 1; at least 2 are needed' },
      },
    ]);
  });

  it('names only the missing states when there are enough founders', () => {
    expect(codes([launched, received(ruLetter), received(ruLetter2)])).toEqual(['STATES_MISSING']);
  });

  it('names only the missing founders when the rules ask for more founders than states', () => {
    const rules = { ...DEFAULT_FOUNDING_RULES, minFounders: 4 };
    expect(checklistOf(gathering, rules).blockers.map((blocker) => blocker.code)).toEqual(['FOUNDERS_MISSING']);
  });

  it('dates the gathering of founders by the letter that first met the rules', () => {
    const lateFirst = { ...uzLetter, receivedOn: '2026-03-01' };
    expect(step([launched, received(ruLetter), received(kzLetter), received(lateFirst)], 'founders_gathering')).toMatchObject({
      done: true,
      date: '2026-03-10',
    });
  });

  it('asks for a charter draft once the founders are gathered', () => {
    expect(checklistOf(gathering).next).toBe('charter_drafting');
    expect(codes(gathering)).toEqual(['CHARTER_DRAFT_MISSING']);
  });

  it('puts the founders first when neither they nor a draft are there', () => {
    expect(checklistOf([launched, received(ruLetter), drafted(1, draftText1)]).next).toBe('founders_gathering');
  });

  it('dates the charter drafting by the latest draft’s own date, not by when it was entered', () => {
    const enteredLate: FoundingEvent = {
      type: 'CharterDraftRecorded',
      data: { number: 1, content: draftText1, sha256: sha256(draftText1), recordedAt: '2026-12-01T10:00:00.000Z', draftedOn: '2026-04-05' },
    };
    expect(step([...gathering, enteredLate], 'charter_drafting')).toMatchObject({ done: true, date: '2026-04-05' });
  });

  it('dates the charter drafting by the latest draft and asks for the assembly to be convened', () => {
    expect(step(drafting, 'charter_drafting')).toMatchObject({ done: true, date: '2026-04-02' });
    expect(checklistOf(drafting).next).toBe('assembly_convened');
    expect(codes(drafting)).toEqual(['ASSEMBLY_NOT_CONVENED']);
  });

  it('gives the date the assembly is set for', () => {
    const checklist = checklistOf(convenedHistory);
    expect(step(convenedHistory, 'assembly_convened')).toMatchObject({ done: true, date: '2026-04-20' });
    expect(checklist.next).toBe('assembly_held');
    expect(checklist.blockers).toEqual([
      {
        code: 'ASSEMBLY_NOT_HELD',
        text: { ru: 'Учредительное собрание назначено на 2026-05-15', en: 'The founding assembly is set for 2026-05-15' },
      },
    ]);
  });

  it('says the assembly is not held, without a date, before it is convened', () => {
    expect(step(drafting, 'assembly_held')?.blockers).toEqual([
      { code: 'ASSEMBLY_NOT_HELD', text: { ru: 'Учредительное собрание не проведено', en: 'The founding assembly has not been held' } },
    ]);
  });

  it('reopens the gathering of founders when a withdrawal breaks the rules before the assembly', () => {
    const history = [...convenedHistory, withdrawn('letter-kz', '2026-05-01'), withdrawn('letter-uz', '2026-05-02')];
    expect(checklistOf(history).next).toBe('founders_gathering');
    expect(codes(history)).toEqual(['FOUNDERS_MISSING', 'STATES_MISSING']);
  });

  it('asks for the filing after the assembly', () => {
    expect(step(heldHistory, 'assembly_held')).toMatchObject({ done: true, date: '2026-05-15' });
    expect(codes(heldHistory)).toEqual(['REGISTRATION_NOT_FILED']);
  });

  it('waits for the authority after the filing', () => {
    const checklist = checklistOf(filedHistory);
    expect(step(filedHistory, 'registration_filed')).toMatchObject({ done: true, date: '2026-05-25' });
    expect(checklist.next).toBe('registered');
    expect(checklist.blockers).toEqual([
      {
        code: 'REGISTRATION_PENDING',
        text: {
          ru: 'Документы поданы 2026-05-25 в Министерство юстиции Российской Федерации; решение ожидается',
          en: 'Filed on 2026-05-25 with Ministry of Justice of the Russian Federation; the decision is awaited',
        },
      },
    ]);
  });

  it('says the Association is not registered before anything is filed', () => {
    expect(step(heldHistory, 'registered')?.blockers).toEqual([
      { code: 'ASSOCIATION_NOT_REGISTERED', text: { ru: 'Объединение не зарегистрировано', en: 'The Association is not registered' } },
    ]);
  });

  it('gives the reason of a refusal and asks for a new filing', () => {
    const checklist = checklistOf(refusedHistory);
    expect(checklist.next).toBe('registration_filed');
    expect(checklist.blockers).toEqual([
      {
        code: 'REGISTRATION_REFUSED',
        text: {
          ru: 'В регистрации отказано 2026-06-20: Ошибка в заявлении. Документы можно подать снова',
          en: 'Registration was refused on 2026-06-20: An error in the application. The documents may be filed again',
        },
      },
    ]);
  });

  it('explains that establishment follows the registration', () => {
    const registeredOnly = [...filedHistory, { type: 'AssociationRegistered', data: registration } as const];
    expect(checklistOf(registeredOnly).next).toBe('established');
    expect(codes(registeredOnly)).toEqual(['ESTABLISHMENT_PENDING']);
  });

  it('has every step done and dated, and nothing next, once the Association is established', () => {
    const checklist = checklistOf(establishedHistory);
    expect(checklist.steps.map((item) => [item.step, item.date])).toEqual([
      ['initiative_launched', '2026-03-02'],
      ['founders_gathering', '2026-03-12'],
      ['charter_drafting', '2026-04-02'],
      ['assembly_convened', '2026-04-20'],
      ['assembly_held', '2026-05-15'],
      ['registration_filed', '2026-05-25'],
      ['registered', '2026-06-25'],
      ['established', '2026-06-25'],
    ]);
    expect(checklist).toMatchObject({ stage: 'established', next: null, blockers: [] });
  });
});
