export * from './command-processor.js';
export * from './decider.js';
export * from './deterministic-id.js';
export * from './domain-rule-violation.js';
export * from './request-context.js';
