export * from './command-digest.js';
export * from './command-processor.js';
export * from './deterministic-id.js';
export * from './record-not-found.js';
export * from './request-context.js';
