/** Nest injection token of the founding rules this deployment runs with (`FoundingRules`). */
export const FOUNDING_RULES = Symbol('FoundingRules');

/** Nest injection token of the founding aggregate under those rules. */
export const FOUNDING_AGGREGATE = Symbol('FoundingAggregate');
