import { calendarDateOf, legalDateOfDecision } from '#accord/kernel';
import type { MemberEvent } from './member.events.js';

/**
 * The legal (effective) date of an act on a member's record, beside the moment it was recorded:
 * an admission on its `admittedOn` (the decision's date, the adoption of the resolution, or the
 * establishment for a founder), a suspension, reinstatement or expulsion on the date of the
 * recorded decision that made it, a withdrawal on its notice date. Where the act names no date of
 * its own (an application, a rejection, an act by a resolution before `admittedOn` existed), the
 * day it was recorded is its date.
 */
export function legalDateOf(event: MemberEvent, recordedAt: Date): string {
  const recordedOn = calendarDateOf(recordedAt);
  switch (event.type) {
    case 'MemberAdmitted':
      return event.data.admittedOn ?? legalDateOfDecision(event.data.decision, recordedAt);
    case 'MemberSuspended':
    case 'MemberReinstated':
    case 'MemberExpelled':
      return legalDateOfDecision(event.data.decision, recordedAt);
    case 'MembershipWithdrawn':
      return event.data.noticeDate;
    default:
      return recordedOn;
  }
}
