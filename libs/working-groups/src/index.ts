export * from './domain/working-group.events.js';
export * from './domain/working-group.state.js';
export * from './domain/working-group.decide.js';
