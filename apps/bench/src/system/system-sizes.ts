/** How big the system figures' workloads are. */
export interface SystemSizes {
  /** Member organizations voting at once in `http_ballots`, and how many ballots each casts in a round. */
  readonly voters: number;
  readonly ballotsPerVoter: number;
  /** The record counts (members, appeals, ballots of the tallied resolution) of the small and the large read figures. */
  readonly records: readonly [small: number, large: number];
  /** Appeals dispatched in the year before the small and the large `http_dispatch`. */
  readonly dispatched: readonly [small: number, large: number];
  /** Dispatches timed in one round of `http_dispatch`. */
  readonly timedDispatches: number;
  /** GET requests in one round of a read figure, by `readers` clients at once. */
  readonly reads: number;
  readonly readers: number;
  /** Ballots followed in one round of each latency figure. */
  readonly latencySamples: number;
  readonly rounds: number;
  /** No load loop issues requests for longer than this. */
  readonly maxLoadSeconds: number;
}

/**
 * The full run, at the sizes the targets are set for: 1k and 100k records, 1k and 10k appeals
 * dispatched in the year. The records are made through the API's commands, some 430k of them at
 * full size (members registered and admitted, a ballot each, appeals drafted, the dispatched ones
 * approved and signed first), which took 12 to 16 minutes on a shared 2-core machine; every load
 * loop stops at 20 s.
 */
export const FULL_SIZES: SystemSizes = {
  voters: 300,
  ballotsPerVoter: 5,
  records: [1_000, 100_000],
  dispatched: [1_000, 10_000],
  timedDispatches: 200,
  reads: 1_000,
  readers: 16,
  latencySamples: 50,
  rounds: 3,
  maxLoadSeconds: 20,
};

export const QUICK_SIZES: SystemSizes = {
  voters: 60,
  ballotsPerVoter: 3,
  records: [100, 1_000],
  dispatched: [100, 300],
  timedDispatches: 30,
  reads: 300,
  readers: 16,
  latencySamples: 20,
  rounds: 3,
  maxLoadSeconds: 10,
};
