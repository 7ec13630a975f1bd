export * from './application/working-group-departures.js';
export * from './application/working-group-roster.js';
export * from './application/working-groups.projection.js';
export * from './domain/working-group.events.js';
export * from './domain/working-group.state.js';
export * from './domain/working-group.decide.js';
export * from './working-groups.module.js';
