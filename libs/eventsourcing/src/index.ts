// Framework-free building blocks of the domains, re-exported while domains move to `#accord/kernel`.
export * from '#accord/kernel';
export * from './command-processor.js';
export * from './deterministic-id.js';
export * from './record-not-found.js';
export * from './request-context.js';
