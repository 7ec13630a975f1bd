import { runAsSystem, type CommandProcessor } from '#accord/eventsourcing';
import { DomainRuleViolation, type AssociationCalendar } from '#accord/kernel';
import { PeriodicJob } from '#accord/platform';
import type { ProjectionRunner } from '#accord/projections';
import type { DataSource } from 'typeorm';
import { appealAggregate } from '../domain/appeal/appeal.decide.js';
import type { ReminderKind } from '../domain/appeal/appeal.events.js';

export interface DeadlineRemindersOptions {
  /** How often to look for appeals that became due soon or overdue; 0 leaves the job off. */
  readonly intervalSeconds: number;
}

export interface RecordedReminder {
  readonly appealId: string;
  readonly kind: ReminderKind;
  readonly dueOn: string;
}

const COMPONENT = 'deadline_reminders';
const PROJECTION = 'appeals';

/**
 * Records on an appeal, as `system:deadline_reminders`, that it became due soon or overdue, so the
 * history shows when the secretariat was warned. The decider records each kind once per due date;
 * the read model only narrows down which appeals to ask about.
 */
export class DeadlineReminders {
  private readonly job: PeriodicJob;

  constructor(
    private readonly processor: CommandProcessor,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    private readonly calendar: AssociationCalendar,
    options: DeadlineRemindersOptions,
  ) {
    this.job = new PeriodicJob('DeadlineReminders', options.intervalSeconds * 1_000, () => this.remind());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Records the reminders due on `today`; an appeal answered meanwhile is left as it is. */
  async remind(today: string = this.calendar.today()): Promise<RecordedReminder[]> {
    // Processes that do not keep the read models live (one-shot commands, a server that follows a worker) remind nobody.
    if (!this.runner.applies(PROJECTION)) return [];
    const candidates: { id: string; due_on: string }[] = await this.dataSource.query(
      `SELECT id, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM appeals
        WHERE stage IN ('dispatched', 'registered') AND due_soon_from <= $1
          AND NOT (reminders ? ((CASE WHEN due_on < $1 THEN 'overdue' ELSE 'due_soon' END) || ':' || due_on))
        ORDER BY due_on, id`,
      [today],
    );
    const recorded: RecordedReminder[] = [];
    for (const { id, due_on: dueOn } of candidates) {
      const kind: ReminderKind = dueOn < today ? 'overdue' : 'due_soon';
      try {
        const result = await runAsSystem(COMPONENT, () =>
          this.processor.execute(appealAggregate, id, { type: 'RecordDeadlineReminder', data: { kind, today } }),
        );
        if (result.events.length > 0) recorded.push({ appealId: id, kind, dueOn });
      } catch (error) {
        // The read model lagged behind an answer or an extension: the decider had the last word.
        if (!(error instanceof DomainRuleViolation)) throw error;
      }
    }
    return recorded;
  }
}
