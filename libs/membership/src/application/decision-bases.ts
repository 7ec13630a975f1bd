import { DomainRuleViolation, type AssociationCalendar, type BilingualText } from '#accord/kernel';
import { requireDecisionDate, requireResolutionBasis, type DecidedAct, type ResolutionBasis } from '../domain/decision-basis.js';
import type { BodyDecision, DecidingBody } from '../domain/member.events.js';

/**
 * The port to the resolutions (implemented by the voting context, which depends on this one, never
 * the other way round). Both answers come from the ledger, never from a read model.
 */
export interface ResolutionRecords {
  /** The resolution as its stream stands now (`status: 'none'` when there is none). */
  basisOf(resolutionId: string): Promise<ResolutionBasis>;
  /** The rule of competence a body breaks by deciding the act, or null when it may decide it. */
  competenceRefusalOf(body: DecidingBody, act: DecidedAct['kind']): Promise<{ code: string; text: BilingualText } | null>;
}

/** The port to the founding (implemented by the founding context): the day the Association was established. */
export interface EstablishmentRecord {
  establishedOn(): Promise<string | null>;
}

/**
 * Checks the decision an act cites before the act is recorded: a resolution must be a real, adopted,
 * competent resolution carrying that motion; a decision recorded in minutes must come from a body
 * competent for the act, on a day that has come and not before the Association was established.
 * The contexts that know resolutions and the founding plug their answers in when they are loaded.
 */
export class DecisionBases {
  private resolutions: ResolutionRecords | null = null;
  private establishment: EstablishmentRecord | null = null;

  constructor(private readonly calendar: AssociationCalendar) {}

  answerResolutionsWith(records: ResolutionRecords): void {
    this.resolutions = records;
  }

  answerEstablishmentWith(record: EstablishmentRecord): void {
    this.establishment = record;
  }

  /** @throws DomainRuleViolation with the code of the rule the decision breaks */
  async verify(decision: BodyDecision, act: DecidedAct): Promise<void> {
    if (decision.kind === 'resolution') {
      if (!this.resolutions) throw unverifiable(decision.resolutionId);
      requireResolutionBasis(act, await this.resolutions.basisOf(decision.resolutionId));
      return;
    }
    requireDecisionDate(decision.date, this.calendar.today(), (await this.establishment?.establishedOn()) ?? null);
    const refusal = await this.resolutions?.competenceRefusalOf(decision.body, act.kind);
    if (refusal) {
      throw new DomainRuleViolation(
        'DECISION_BODY_NOT_COMPETENT',
        { ru: `Орган, принявший решение, не вправе его принимать: ${refusal.text.ru}`, en: `The body that decided may not decide this: ${refusal.text.en}` },
        { body: decision.body, act: act.kind, rule: refusal.code },
      );
    }
  }
}

function unverifiable(resolutionId: string): DomainRuleViolation {
  return new DomainRuleViolation(
    'RESOLUTION_BASIS_UNVERIFIABLE',
    {
      ru: 'Решения собраний здесь не ведутся, поэтому ссылку на решение проверить нельзя: укажите протокол',
      en: 'Resolutions are not kept here, so a resolution cannot be checked as the decision: cite the minutes instead',
    },
    { resolutionId },
  );
}
