import { nameBasedUuid, RecordNotFound, type CommandOptions, type CommandProcessor, type CommandResult } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { resolutionAggregate } from '#accord/voting';
import { appealAggregate, type AppealCommand } from '../domain/appeal/appeal.decide.js';
import type { AppealContent, DispatchChannel } from '../domain/appeal/appeal.events.js';
import type { RecordedAppeal } from '../domain/appeal/appeal.state.js';
import { outgoingRegisterAggregate } from '../domain/outgoing-register/outgoing-register.decide.js';
import { addresseeAggregate } from '../domain/addressee/addressee.decide.js';
import type { AddresseeDetails } from '../domain/addressee/addressee.events.js';

export interface DispatchRequest {
  readonly dispatchedOn: string;
  readonly channel: DispatchChannel;
  /** A number the secretariat already used; the platform gives the year's next number otherwise. */
  readonly outgoingNumber: string | null;
  readonly expectedAnswerOn: string | null;
}

export interface ForwardingRequest {
  readonly forwardedOn: string;
  readonly addresseeId: string;
  readonly expectedAnswerOn: string | null;
}

type Step<Type extends AppealCommand['type']> = Extract<AppealCommand, { type: Type }>['data'];

/** A step of one command derived from the client's commandId, so a repeated request repeats none of them. */
const stepOptions = (options: CommandOptions, step: string): CommandOptions =>
  options.commandId ? { commandId: nameBasedUuid(`${options.commandId}:${step}`) } : {};

interface KnownAddressee extends AddresseeDetails {
  readonly id: string;
  readonly retired: boolean;
}

/**
 * The steps of an appeal that need more than its own stream: the addressee's record (which body,
 * under which jurisdiction policy), the resolution that authorized it, and the year's register of
 * outgoing numbers. Each is read from the ledger, so a body registered a moment ago is known.
 */
export class AppealCorrespondence {
  constructor(private readonly processor: CommandProcessor) {}

  /** Drafts an appeal; `draftedOn` is the draft's legal date, the day it is recorded when `null`. */
  async draft(appealId: string, content: AppealContent, draftedOn: string | null, options: CommandOptions = {}): Promise<CommandResult> {
    await this.checkContent(content);
    return this.processor.execute(appealAggregate, appealId, { type: 'DraftAppeal', data: { ...content, followUpOf: null, draftedOn } }, options);
  }

  async revise(appealId: string, content: AppealContent, options: CommandOptions = {}): Promise<CommandResult> {
    await this.existing(appealId);
    await this.checkContent(content);
    return this.processor.execute(appealAggregate, appealId, { type: 'ReviseAppeal', data: content }, options);
  }

  /**
   * Takes the outgoing number first, then records the dispatch. A crash between the two leaves the
   * number with the appeal, and the repeated dispatch finds it again rather than taking another.
   */
  async dispatch(appealId: string, request: DispatchRequest, options: CommandOptions = {}): Promise<CommandResult> {
    const appeal = await this.existing(appealId);
    const addressee = await this.addressee(appeal.content.addresseeId);
    const data: Step<'DispatchAppeal'> = {
      addresseeId: addressee.id,
      policyId: addressee.policyId,
      expectedAnswerOn: request.expectedAnswerOn,
      dispatchedOn: request.dispatchedOn,
      channel: request.channel,
      outgoingNumber: '',
    };
    // A repeated dispatch finds its first answer, a refused one is refused, before a number is taken.
    if (appeal.stage !== 'signed') {
      return this.processor.execute(appealAggregate, appealId, { type: 'DispatchAppeal', data }, options);
    }
    await this.processor.preview(appealAggregate, appealId, { type: 'DispatchAppeal', data }, options);
    const year = Number(request.dispatchedOn.slice(0, 4));
    await this.processor.execute(
      outgoingRegisterAggregate,
      String(year),
      { type: 'AssignOutgoingNumber', data: { appealId, year, requested: request.outgoingNumber, dispatchedOn: request.dispatchedOn } },
      stepOptions(options, 'outgoing-number'),
    );
    const { state } = await this.processor.load(outgoingRegisterAggregate, String(year));
    const outgoingNumber = state.numbers.get(appealId);
    if (outgoingNumber === undefined) throw new Error(`no outgoing number was assigned to appeal ${appealId}`);
    return this.processor.execute(appealAggregate, appealId, { type: 'DispatchAppeal', data: { ...data, outgoingNumber } }, options);
  }

  async forward(appealId: string, request: ForwardingRequest, options: CommandOptions = {}): Promise<CommandResult> {
    await this.existing(appealId);
    const addressee = await this.addressee(request.addresseeId);
    const data: Step<'RecordForwarding'> = {
      addresseeId: addressee.id,
      policyId: addressee.policyId,
      expectedAnswerOn: request.expectedAnswerOn,
      forwardedOn: request.forwardedOn,
    };
    return this.processor.execute(appealAggregate, appealId, { type: 'RecordForwarding', data }, options);
  }

  /**
   * Links the follow-up to the original first: the original's rules decide whether a follow-up may
   * be opened, and a repeated request finds the link and drafts the same follow-up.
   */
  async openFollowUp(originalId: string, followUpId: string, content: AppealContent, options: CommandOptions = {}): Promise<CommandResult> {
    await this.existing(originalId);
    await this.checkContent(content);
    await this.processor.execute(
      appealAggregate,
      originalId,
      { type: 'OpenFollowUp', data: { followUpAppealId: followUpId } },
      { ...stepOptions(options, 'follow-up-link'), expectedVersion: options.expectedVersion },
    );
    const draft = { type: 'DraftAppeal' as const, data: { ...content, followUpOf: originalId } };
    return this.processor.execute(appealAggregate, followUpId, draft, { commandId: options.commandId });
  }

  private async existing(appealId: string): Promise<RecordedAppeal> {
    const { state } = await this.processor.load(appealAggregate, appealId);
    if (state.stage === 'none') throw new RecordNotFound('appeal', appealId);
    return state;
  }

  private async checkContent(content: AppealContent): Promise<void> {
    const addressee = await this.addressee(content.addresseeId);
    if (addressee.retired) {
      throw new DomainRuleViolation(
        'ADDRESSEE_RETIRED',
        { ru: 'Адресат исключён из реестра: новые обращения к нему не направляются', en: 'The addressee is retired: no new appeals go to it' },
        { addresseeId: addressee.id },
      );
    }
    if (content.resolutionId !== null) await this.checkAuthorizingResolution(content.resolutionId);
  }

  /** An appeal names as its authority only a resolution the members adopted. */
  private async checkAuthorizingResolution(resolutionId: string): Promise<void> {
    const { state } = await this.processor.load(resolutionAggregate, resolutionId);
    if (state.status !== 'closed' || state.result.outcome !== 'adopted') {
      throw new DomainRuleViolation(
        'RESOLUTION_NOT_ADOPTED',
        { ru: 'Обращение может ссылаться только на принятую резолюцию', en: 'An appeal can cite only an adopted resolution' },
        { resolutionId, status: state.status },
      );
    }
  }

  private async addressee(addresseeId: string): Promise<KnownAddressee> {
    const { state } = await this.processor.load(addresseeAggregate, addresseeId);
    if (state.status === 'none') {
      throw new DomainRuleViolation(
        'UNKNOWN_ADDRESSEE',
        { ru: 'Адресат не найден в реестре адресатов', en: 'The addressee is not in the register of addressees' },
        { addresseeId },
      );
    }
    return { ...state.details, id: addresseeId, retired: state.status === 'retired' };
  }
}
