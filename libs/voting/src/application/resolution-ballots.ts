import type { DataSource } from 'typeorm';
import { historyEntryOf, ResolutionBallotHistoryRow, ResolutionBallotRow, type BallotHistoryEntry } from './resolutions.projection.js';

/** An organization's ballot that counts now, with every cast and change of it, oldest first. */
export type BallotWithHistory = ResolutionBallotRow & { readonly history: readonly BallotHistoryEntry[] };

/** The ballots of a resolution by organization, each with its history read from the rows appended for it. */
export async function ballotsWithHistory(dataSource: DataSource, resolutionId: string): Promise<BallotWithHistory[]> {
  const [ballots, entries] = await Promise.all([
    dataSource.getRepository(ResolutionBallotRow).find({ where: { resolutionId }, order: { organizationId: 'ASC' } }),
    dataSource.getRepository(ResolutionBallotHistoryRow).find({ where: { resolutionId }, order: { organizationId: 'ASC', version: 'ASC' } }),
  ]);
  const historyOf = new Map<string, BallotHistoryEntry[]>();
  for (const entry of entries) historyOf.set(entry.organizationId, [...(historyOf.get(entry.organizationId) ?? []), historyEntryOf(entry)]);
  return ballots.map((ballot) => ({ ...ballot, history: historyOf.get(ballot.organizationId) ?? [] }));
}
