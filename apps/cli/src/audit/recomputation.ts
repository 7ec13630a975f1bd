import { assessDeadlines, deadlineStatus, type AppealEvent } from '#accord/appeals';
import { canonicalJson, type ExportedEvent } from '#accord/ledger';
import { tally, type BallotRecord, type VotingArrangements, type VotingResult } from '#accord/voting';

/** One recomputed fact that disagrees with what the ledger recorded. */
export interface Disagreement {
  readonly eventId: string;
  readonly streamId: string;
  readonly position: string;
  readonly recorded: unknown;
  readonly recomputed: unknown;
}

export interface RecomputationReport {
  readonly checked: number;
  readonly disagreements: readonly Disagreement[];
}

const RESOLUTION_STREAM = 'resolution-';
const APPEAL_STREAM = 'appeal-';

/**
 * Recounts every closed vote from the exported ballots with the voting domain's own `tally`: the
 * electorate, rule and quorum frozen when voting opened, the last ballot of each organization of
 * that electorate recorded before the close. The whole recorded result, reason included, must match.
 */
export class TallyRecomputation {
  private readonly openings = new Map<string, VotingArrangements>();
  private readonly ballots = new Map<string, BallotRecord[]>();
  private checked = 0;
  private readonly disagreements: Disagreement[] = [];

  observe(event: ExportedEvent): void {
    if (event.type === 'BallotCast' || event.type === 'BallotChanged') {
      const ballot = { eventId: event.eventId, type: event.type, data: event.data } as BallotRecord;
      const resolutionId = ballot.data.resolutionId;
      this.ballots.set(resolutionId, [...(this.ballots.get(resolutionId) ?? []), ballot]);
      return;
    }
    if (!event.streamId.startsWith(RESOLUTION_STREAM)) return;
    const resolutionId = event.streamId.slice(RESOLUTION_STREAM.length);
    if (event.type === 'VotingOpened') this.openings.set(resolutionId, event.data as VotingArrangements);
    if (event.type === 'VotingClosed') this.recount(resolutionId, event);
  }

  report(): RecomputationReport {
    return { checked: this.checked, disagreements: this.disagreements };
  }

  private recount(resolutionId: string, closing: ExportedEvent): void {
    this.checked += 1;
    const { closedAt, ...recorded } = closing.data as VotingResult;
    void closedAt;
    const opening = this.openings.get(resolutionId);
    const electorate = new Set(opening?.electorate ?? []);
    const ballots = (this.ballots.get(resolutionId) ?? []).filter((ballot) => electorate.has(ballot.data.organizationId));
    const recomputed = opening ? tally({ electorate: opening.electorate, rule: opening.rule, quorum: opening.quorum, ballots }) : null;
    if (canonicalJson(recomputed) !== canonicalJson(recorded)) {
      this.disagreements.push({ eventId: closing.eventId, streamId: closing.streamId, position: closing.position, recorded, recomputed });
    }
  }
}

/**
 * Recomputes every appeal's due dates with the appeals deadline engine (`assessDeadlines`, the
 * policy table and holiday calendars the server uses) and checks each recorded reminder against
 * them: the due date it names, and that the appeal really was due soon or overdue on that day.
 */
export class DeadlineRecomputation {
  private readonly histories = new Map<string, AppealEvent[]>();
  private checked = 0;
  private readonly disagreements: Disagreement[] = [];

  observe(event: ExportedEvent): void {
    if (!event.streamId.startsWith(APPEAL_STREAM)) return;
    const history = this.histories.get(event.streamId) ?? [];
    const appealEvent = { type: event.type, data: event.data } as AppealEvent;
    if (appealEvent.type === 'AppealDeadlineReminderRecorded') this.checkReminder(event, appealEvent, history);
    history.push(appealEvent);
    this.histories.set(event.streamId, history);
  }

  /** `checked` counts reminders; `appeals` the dispatched appeals whose due dates were recomputed. */
  report(): RecomputationReport & { readonly appeals: number } {
    const appeals = [...this.histories.values()].filter((history) => history.some((event) => event.type === 'AppealDispatched')).length;
    return { appeals, checked: this.checked, disagreements: this.disagreements };
  }

  private checkReminder(event: ExportedEvent, reminder: Extract<AppealEvent, { type: 'AppealDeadlineReminderRecorded' }>, history: readonly AppealEvent[]): void {
    this.checked += 1;
    const assessment = assessDeadlines(history);
    const status = deadlineStatus(assessment, reminder.data.recordedOn);
    const warranted = reminder.data.kind === 'due_soon' ? status === 'due_soon' : status === 'overdue' || status === 'very_overdue';
    if (assessment.dueOn !== reminder.data.dueOn || !warranted) {
      this.disagreements.push({
        eventId: event.eventId,
        streamId: event.streamId,
        position: event.position,
        recorded: reminder.data,
        recomputed: { dueOn: assessment.dueOn, status },
      });
    }
  }
}
