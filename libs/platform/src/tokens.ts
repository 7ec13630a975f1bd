/** Nest injection tokens of the platform's shared parts. */
export const ACCORD_CONFIG = Symbol('AccordConfig');
export const DATABASE = Symbol('Database');
