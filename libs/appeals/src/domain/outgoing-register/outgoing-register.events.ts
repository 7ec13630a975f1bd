import type { DomainEvent } from '#accord/kernel';

/**
 * The secretariat's numbered register of outgoing letters, one stream per year: a number belongs to
 * one appeal, and the stream's version check makes two dispatches racing for a number take turns.
 */
export type OutgoingRegisterEvent = DomainEvent<
  'OutgoingNumberAssigned',
  {
    appealId: string;
    outgoingNumber: string;
    /** The platform's running number within the year; `null` for a number the secretariat gave by hand. */
    sequence: number | null;
    /** The letter's date (its legal date); absent in numbers assigned before the register kept it. */
    dispatchedOn?: string;
  }
>;
