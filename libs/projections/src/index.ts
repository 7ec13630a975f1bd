export * from './point-in-time.js';
export * from './process-manager.js';
export * from './projection.js';
export * from './projection-rebuilder.js';
export * from './projection-runner.js';
export * from './read-model.migrations.js';
export * from './read-model-data-source.js';
export * from './read-models-advanced.js';
