import { nameBasedUuid, runAsSystem } from '#accord/eventsourcing';
import { DomainRuleViolation } from '#accord/kernel';
import { PeriodicJob } from '#accord/platform';
import type { ProjectionRunner } from '#accord/projections';
import type { DataSource } from 'typeorm';
import type { ResolutionVoting } from './resolution-voting.js';
import { resolutionsProjection, ResolutionRow } from './resolutions.projection.js';

export interface AutomaticClosingOptions {
  /** How often to look for votes whose closing time has passed. */
  readonly intervalMilliseconds?: number;
  /**
   * How long after the closing time a vote is closed automatically. The secretariat closing it by
   * hand at that moment goes first; closing a little later changes nothing, since the decider
   * refuses every ballot from the closing time on and the outcome is counted from the ballots alone.
   */
  readonly delayMilliseconds?: number;
}

const COMPONENT = 'automatic_closing';

/** Closes every vote whose closing time has passed, as `system:automatic_closing`. */
export class AutomaticClosing {
  private readonly delayMilliseconds: number;
  private readonly job: PeriodicJob;

  constructor(
    private readonly voting: ResolutionVoting,
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    options: AutomaticClosingOptions = {},
  ) {
    this.delayMilliseconds = options.delayMilliseconds ?? 5_000;
    this.job = new PeriodicJob('AutomaticClosing', options.intervalMilliseconds ?? 1_000, () => this.closeDueVotes());
  }

  start(): void {
    this.job.start();
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** Closes the votes that are due; a vote closed or withdrawn meanwhile is left as it is. */
  async closeDueVotes(now = new Date()): Promise<string[]> {
    // Processes that do not keep the read models live (one-shot commands, a server that follows a worker) close nothing.
    if (!this.runner.applies(resolutionsProjection.name)) return [];
    const due: { id: string }[] = await this.dataSource
      .getRepository(ResolutionRow)
      .createQueryBuilder('resolution')
      .select('resolution.id', 'id')
      .where('resolution.status = :status', { status: 'voting' })
      .andWhere(`CAST(resolution.voting ->> 'closesAt' AS timestamptz) <= :dueBefore`, {
        dueBefore: new Date(now.getTime() - this.delayMilliseconds),
      })
      .orderBy('resolution.id')
      .getRawMany();
    const closed: string[] = [];
    for (const { id } of due) {
      try {
        await runAsSystem(COMPONENT, () => this.voting.close(id, { commandId: nameBasedUuid(`${id}:automatic-closing`) }));
        closed.push(id);
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
      }
    }
    return closed;
  }
}
