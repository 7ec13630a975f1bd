import { unreachable, type BilingualText } from '#accord/kernel';
import type { LetterOfIntent } from './founding.events.js';
import { countFounders, DEFAULT_FOUNDING_RULES, founderRulesMet, type FoundingRules } from './founding.rules.js';
import { activeLetters, type FoundingStage, type FoundingState } from './founding.state.js';

export type FoundingStep =
  | 'initiative_launched'
  | 'founders_gathering'
  | 'charter_drafting'
  | 'assembly_convened'
  | 'assembly_held'
  | 'registration_filed'
  | 'registered'
  | 'established';

export interface ChecklistBlocker {
  readonly code: string;
  readonly text: BilingualText;
}

export interface ChecklistItem {
  readonly step: FoundingStep;
  readonly title: BilingualText;
  readonly done: boolean;
  /** ISO calendar date on which the step was done; null while it is not. */
  readonly date: string | null;
  /** What keeps the step from being done; empty once it is. */
  readonly blockers: readonly ChecklistBlocker[];
}

export interface FoundingChecklist {
  readonly stage: FoundingStage;
  readonly steps: readonly ChecklistItem[];
  /** The first step not done yet; null once the Association is established. */
  readonly next: FoundingStep | null;
  readonly blockers: readonly ChecklistBlocker[];
}

type Progress = Pick<ChecklistItem, 'done' | 'date' | 'blockers'>;

const doneOn = (date: string): Progress => ({ done: true, date, blockers: [] });
const blockedBy = (...blockers: ChecklistBlocker[]): Progress => ({ done: false, date: null, blockers });

/** The day the standing letters first met the founder rules, taking the letters in the order they came. */
function foundersGatheredOn(letters: readonly LetterOfIntent[], rules: FoundingRules): string | null {
  const byDate = [...letters].sort((left, right) => left.receivedOn.localeCompare(right.receivedOn));
  const completing = byDate.find((_, index) => founderRulesMet(countFounders(byDate.slice(0, index + 1)), rules));
  return completing?.receivedOn ?? null;
}

function foundersGathering(state: FoundingState, rules: FoundingRules): Progress {
  const letters = activeLetters(state);
  const gatheredOn = foundersGatheredOn(letters, rules);
  if (gatheredOn !== null) return doneOn(gatheredOn);
  const { founders, states } = countFounders(letters);
  const blockers: ChecklistBlocker[] = [];
  if (founders < rules.minFounders) {
    blockers.push({
      code: 'FOUNDERS_MISSING',
      text: {
        ru: `Учредителей: ${founders}, нужно не менее ${rules.minFounders} (ст. 123.9 ГК РФ)`,
        en: `Founders: ${founders}; at least ${rules.minFounders} are needed (Civil Code art. 123.9)`,
      },
    });
  }
  if (states < rules.minStates) {
    blockers.push({
      code: 'STATES_MISSING',
      text: {
        ru: `Государств учредителей: ${states}, нужно не менее ${rules.minStates}`,
        en: `States of the founders: ${states}; at least ${rules.minStates} are needed`,
      },
    });
  }
  return blockedBy(...blockers);
}

function progressOf(step: FoundingStep, state: FoundingState, rules: FoundingRules): Progress {
  switch (step) {
    case 'initiative_launched':
      return state.stage === 'not_started'
        ? blockedBy({
            code: 'INITIATIVE_NOT_LAUNCHED',
            text: { ru: 'Инициатива учреждения не объявлена', en: 'The founding initiative has not been launched' },
          })
        : doneOn(state.initiative.launchedOn);
    case 'founders_gathering':
      return foundersGathering(state, rules);
    case 'charter_drafting': {
      const latest = state.stage === 'not_started' ? undefined : state.drafts.at(-1);
      return latest
        ? doneOn(latest.draftedOn ?? latest.recordedAt.slice(0, 10))
        : blockedBy({ code: 'CHARTER_DRAFT_MISSING', text: { ru: 'Нет ни одного проекта устава', en: 'There is no charter draft yet' } });
    }
    case 'assembly_convened':
      return 'convening' in state
        ? doneOn(state.convening.convenedOn)
        : blockedBy({
            code: 'ASSEMBLY_NOT_CONVENED',
            text: { ru: 'Учредительное собрание не созвано', en: 'The founding assembly has not been convened' },
          });
    case 'assembly_held':
      if ('assembly' in state) return doneOn(state.assembly.date);
      return blockedBy({
        code: 'ASSEMBLY_NOT_HELD',
        text:
          'convening' in state
            ? {
                ru: `Учредительное собрание назначено на ${state.convening.date}`,
                en: `The founding assembly is set for ${state.convening.date}`,
              }
            : { ru: 'Учредительное собрание не проведено', en: 'The founding assembly has not been held' },
      });
    case 'registration_filed':
      if (state.stage === 'registration_refused') {
        const { refusedOn, reason } = state.refusal;
        return blockedBy({
          code: 'REGISTRATION_REFUSED',
          text: {
            ru: `В регистрации отказано ${refusedOn}: ${reason.ru}. Документы можно подать снова`,
            en: `Registration was refused on ${refusedOn}: ${reason.en ?? reason.ru}. The documents may be filed again`,
          },
        });
      }
      return 'filing' in state
        ? doneOn(state.filing.filedOn)
        : blockedBy({
            code: 'REGISTRATION_NOT_FILED',
            text: {
              ru: 'Документы не поданы на государственную регистрацию',
              en: 'The documents have not been filed for state registration',
            },
          });
    case 'registered':
      if ('registration' in state) return doneOn(state.registration.registeredOn);
      if (state.stage === 'registration_filed') {
        const { filedOn, authority } = state.filing;
        return blockedBy({
          code: 'REGISTRATION_PENDING',
          text: {
            ru: `Документы поданы ${filedOn} в ${authority.ru}; решение ожидается`,
            en: `Filed on ${filedOn} with ${authority.en ?? authority.ru}; the decision is awaited`,
          },
        });
      }
      return blockedBy({
        code: 'ASSOCIATION_NOT_REGISTERED',
        text: { ru: 'Объединение не зарегистрировано', en: 'The Association is not registered' },
      });
    case 'established':
      return state.stage === 'established'
        ? doneOn(state.registration.registeredOn)
        : blockedBy({
            code: 'ESTABLISHMENT_PENDING',
            text: {
              ru: 'Объединение считается созданным со дня государственной регистрации (п. 8 ст. 51 ГК РФ)',
              en: 'The Association exists from the day of its state registration (Civil Code art. 51 p. 8)',
            },
          });
    default:
      return unreachable(step);
  }
}

const STEPS: readonly { readonly step: FoundingStep; readonly title: BilingualText }[] = [
  { step: 'initiative_launched', title: { ru: 'Инициатива объявлена', en: 'Initiative launched' } },
  { step: 'founders_gathering', title: { ru: 'Учредители собраны', en: 'Founders gathered' } },
  { step: 'charter_drafting', title: { ru: 'Проект устава подготовлен', en: 'Charter drafted' } },
  { step: 'assembly_convened', title: { ru: 'Учредительное собрание созвано', en: 'Founding assembly convened' } },
  { step: 'assembly_held', title: { ru: 'Учредительное собрание проведено', en: 'Founding assembly held' } },
  { step: 'registration_filed', title: { ru: 'Документы поданы на регистрацию', en: 'State registration filed' } },
  { step: 'registered', title: { ru: 'Объединение зарегистрировано', en: 'Association registered' } },
  { step: 'established', title: { ru: 'Объединение создано', en: 'Association established' } },
];

/** Where the founding stands, step by step, for a read model. */
export function foundingChecklist(state: FoundingState, rules: FoundingRules = DEFAULT_FOUNDING_RULES): FoundingChecklist {
  const steps = STEPS.map(({ step, title }) => ({ step, title, ...progressOf(step, state, rules) }));
  const next = steps.find((item) => !item.done);
  return { stage: state.stage, steps, next: next?.step ?? null, blockers: next?.blockers ?? [] };
}
